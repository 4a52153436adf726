-- rules: write-statement
-- WHERE false matches no row; it is not an always-true condition.
UPDATE users SET admin = true WHERE false;
