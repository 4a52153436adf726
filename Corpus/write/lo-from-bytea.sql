-- rules: side-effect-function
SELECT lo_from_bytea(0, '\x48656c6c6f'::bytea);
