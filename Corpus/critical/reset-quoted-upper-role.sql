-- rules: role-change
-- RESET of a quoted ROLE is RESET ROLE.
RESET "ROLE";
