-- rules: always-true-where
UPDATE users SET admin = true WHERE 2 > 1;
