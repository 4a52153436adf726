-- rules: write-statement
ROLLBACK PREPARED 'transfer-8813';
