-- rules: none
-- gen_random_uuid() is built in since PostgreSQL 13 and only computes a value.
SELECT gen_random_uuid(), md5('x'), now();
