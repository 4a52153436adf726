-- rules: drop-table
DROP /* outer /* inner */ still a comment */ TABLE orders;
