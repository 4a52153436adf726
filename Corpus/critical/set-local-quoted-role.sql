-- rules: role-change
-- SET LOCAL with a mixed-case quoted name.
SET LOCAL "Role" TO admin;
