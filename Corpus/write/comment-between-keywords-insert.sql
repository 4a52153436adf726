-- rules: write-statement
INSERT/* audit */INTO/**/events (kind) VALUES ('login');
