-- rules: drop-column
-- Every value of the attribute is gone.
ALTER TYPE address DROP ATTRIBUTE zip;
