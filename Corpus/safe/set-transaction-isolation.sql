-- rules: none
-- Isolation level is not a guard.
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
