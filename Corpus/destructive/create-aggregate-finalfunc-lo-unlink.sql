-- rules: armed-definition, schema-change
-- A final function that unlinks large objects: the aggregate destroys data when used.
CREATE AGGREGATE unlink_all(oid) (SFUNC = oidlarger, STYPE = oid, FINALFUNC = lo_unlink);
