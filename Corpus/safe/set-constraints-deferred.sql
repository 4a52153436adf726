-- rules: none
-- Deferring constraints postpones checks; it does not switch them off.
SET CONSTRAINTS ALL DEFERRED;
