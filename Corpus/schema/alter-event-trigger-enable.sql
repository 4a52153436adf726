-- rules: schema-change
-- A plain ENABLE switches nothing off.
ALTER EVENT TRIGGER block_drops ENABLE;
