-- rules: write-statement
REINDEX INDEX users_email_key;
