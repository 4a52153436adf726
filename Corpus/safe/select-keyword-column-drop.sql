-- rules: none
-- "drop" is an unreserved keyword, usable as a column name.
SELECT drop, "delete", "truncate" FROM moderation_flags;
