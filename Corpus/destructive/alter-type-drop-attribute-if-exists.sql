-- rules: drop-column
-- With IF EXISTS and CASCADE.
ALTER TYPE address DROP ATTRIBUTE IF EXISTS zip CASCADE;
