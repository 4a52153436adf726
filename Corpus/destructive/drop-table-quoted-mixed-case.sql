-- rules: drop-table
DROP TABLE "Users";
