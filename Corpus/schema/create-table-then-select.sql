-- rules: schema-change
CREATE TEMP TABLE seen (id int); SELECT * FROM seen;
