-- rules: explain-analyze, update-without-where
EXPLAIN (ANALYZE) UPDATE users SET admin = true;
