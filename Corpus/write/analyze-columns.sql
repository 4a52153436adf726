-- rules: write-statement
ANALYZE users (email, created_at);
