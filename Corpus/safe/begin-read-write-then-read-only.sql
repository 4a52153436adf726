-- rules: none
-- Repeated transaction mode: the last (READ ONLY) wins.
BEGIN READ WRITE, READ ONLY;
