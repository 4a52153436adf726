-- rules: server-function
SELECT id FROM users ORDER BY set_config('row_security', 'off', false);
