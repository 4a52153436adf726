-- rules: always-true-where
DELETE FROM audit_log WHERE ((1 = 1));
