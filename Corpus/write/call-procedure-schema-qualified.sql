-- rules: write-statement
CALL billing.close_period('2024-05', true);
