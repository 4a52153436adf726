-- rules: write-statement
DELETE FROM "Bestellungen" WHERE "Größe" > 3;
