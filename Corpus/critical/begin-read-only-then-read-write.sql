-- rules: guard-setting
-- Repeated transaction mode: the last (READ WRITE) wins.
BEGIN READ ONLY, READ WRITE;
