-- rules: none
-- Reading a guard setting is not changing it.
SHOW log_statement;
