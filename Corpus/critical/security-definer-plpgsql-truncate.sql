-- rules: privilege-change, schema-change, truncate
-- A PL/pgSQL body that truncates, run as the owner.
CREATE FUNCTION purge_audit() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN TRUNCATE audit_log; END $$;
