-- rules: guard-setting
-- ALWAYS changes where the trigger fires.
ALTER EVENT TRIGGER block_drops ENABLE ALWAYS;
