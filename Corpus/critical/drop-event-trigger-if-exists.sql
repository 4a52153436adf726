-- rules: guard-setting
-- The event trigger may be the guard.
DROP EVENT TRIGGER IF EXISTS block_drops;
