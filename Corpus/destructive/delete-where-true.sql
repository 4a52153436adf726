-- rules: always-true-where
DELETE FROM sessions WHERE true;
