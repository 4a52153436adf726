-- rules: drop-object
DROP COLLATION german_ci;
