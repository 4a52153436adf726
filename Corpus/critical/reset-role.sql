-- rules: role-change
RESET ROLE;
