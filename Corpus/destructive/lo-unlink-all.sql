-- rules: destructive-function
SELECT lo_unlink(oid) FROM pg_largeobject_metadata;
