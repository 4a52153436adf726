-- rules: write-statement
INSERT INTO invoices (id, amount) OVERRIDING SYSTEM VALUE VALUES (1001, 99.95);
