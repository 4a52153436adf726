-- rules: none
-- Plain EXPLAIN only plans the DELETE; nothing is removed.
EXPLAIN DELETE FROM users;
