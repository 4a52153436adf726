-- rules: none
SELECT current_role, current_user, session_user;
