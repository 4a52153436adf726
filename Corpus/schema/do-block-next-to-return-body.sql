-- rules: schema-change, write-statement
DO $$ BEGIN INSERT INTO deploy_log (note) VALUES ('v2'); END $$;
CREATE FUNCTION version_no() RETURNS int LANGUAGE sql IMMUTABLE RETURN 2;
