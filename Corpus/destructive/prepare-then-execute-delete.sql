-- rules: delete-without-where
PREPARE p AS DELETE FROM t;
EXECUTE p;
