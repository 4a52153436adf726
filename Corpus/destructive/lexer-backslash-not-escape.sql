-- rules: drop-table
-- With standard_conforming_strings on, '\' is a complete one-character string.
SELECT '\'; DROP TABLE users; --';
