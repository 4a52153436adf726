-- rules: drop-table
DROP TABLE "DROP TABLE; SELECT 1";
