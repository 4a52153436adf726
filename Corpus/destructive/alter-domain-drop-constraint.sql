-- rules: drop-constraint, schema-change
-- Values the check kept out may now enter.
ALTER DOMAIN positive_int DROP CONSTRAINT positive_int_check;
