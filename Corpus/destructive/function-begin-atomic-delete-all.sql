-- rules: delete-without-where, schema-change
CREATE FUNCTION purge_sessions() RETURNS void LANGUAGE sql
BEGIN ATOMIC
  DELETE FROM sessions;
END;
