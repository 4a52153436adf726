-- rules: delete-without-where, privilege-change, schema-change
-- A BEGIN ATOMIC body that deletes every row, run as the owner.
CREATE FUNCTION purge_audit() RETURNS void LANGUAGE sql SECURITY DEFINER BEGIN ATOMIC DELETE FROM audit_log; END;
