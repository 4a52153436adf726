-- rules: none
-- A T-SQL "GO" on its own line becomes a column alias here: still a plain read.
SELECT 1
GO;
