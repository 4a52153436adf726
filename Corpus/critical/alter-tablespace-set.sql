-- rules: tablespace-change
ALTER TABLESPACE fast_space SET (random_page_cost = 1.1);
