-- rules: always-true-where
UPDATE accounts SET frozen = true WHERE NOT false;
