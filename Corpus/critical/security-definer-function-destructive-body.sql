-- rules: delete-without-where, privilege-change, schema-change
-- Every caller may run the destructive body with the owner's privileges.
CREATE FUNCTION purge_audit() RETURNS void LANGUAGE sql SECURITY DEFINER AS 'DELETE FROM audit_log';
