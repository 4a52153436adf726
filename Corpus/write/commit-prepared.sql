-- rules: write-statement
COMMIT PREPARED 'transfer-8812';
