-- rules: none
SELECT * FROM grants WHERE role = 'admin' AND action = 'GRANT ALL';
