-- rules: none
SET TIME ZONE 'UTC';
