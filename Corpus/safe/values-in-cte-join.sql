-- rules: none
WITH wanted(id, label) AS (VALUES (1, 'a'), (2, 'b')) SELECT w.label, u.email FROM wanted w JOIN users u ON u.id = w.id;
