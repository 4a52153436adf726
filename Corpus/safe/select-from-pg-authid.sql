-- rules: none
-- Reading a catalog (even one only superusers may read) writes nothing.
SELECT rolname, rolsuper FROM pg_catalog.pg_authid;
