-- rules: none
SELECT rolname, rolsuper, rolcanlogin FROM pg_roles ORDER BY rolname;
