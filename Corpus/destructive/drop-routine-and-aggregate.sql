-- rules: drop-object
DROP ROUTINE add_one(int);
DROP AGGREGATE array_concat_agg(anycompatiblearray);
