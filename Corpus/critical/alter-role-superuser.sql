-- rules: role-change
ALTER ROLE agent SUPERUSER;
