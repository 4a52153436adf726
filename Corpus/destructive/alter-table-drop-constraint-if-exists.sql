-- rules: drop-constraint
ALTER TABLE ONLY accounts DROP CONSTRAINT IF EXISTS balance_non_negative;
