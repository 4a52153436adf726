-- rules: role-change
RESET SESSION AUTHORIZATION;
