-- rules: server-function
SELECT set_config('search_path', 'evil, public', false);
