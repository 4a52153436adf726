-- rules: side-effect-function
SELECT lo_put(24528, 0, 'patch'::bytea);
