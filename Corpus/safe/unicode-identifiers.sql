-- rules: none
SELECT "Größe", "prénom" FROM "Bestellungen" WHERE "Größe" > 3;
