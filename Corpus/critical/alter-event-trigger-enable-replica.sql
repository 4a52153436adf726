-- rules: guard-setting
-- REPLICA fires only in replica sessions: off for ordinary ones.
ALTER EVENT TRIGGER block_drops ENABLE REPLICA;
