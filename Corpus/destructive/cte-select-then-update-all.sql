-- rules: update-without-where
WITH x AS (SELECT 1) UPDATE t SET a = 1;
