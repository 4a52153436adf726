-- rules: write-statement
-- ON true with only an INSERT action touches no existing row.
MERGE INTO audit a USING (VALUES (1, 'x')) AS v(id, note) ON true
WHEN NOT MATCHED THEN INSERT (id, note) VALUES (v.id, v.note);
