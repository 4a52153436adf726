-- rules: update-without-where
UPDATE users SET admin = true;
