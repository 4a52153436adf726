-- rules: none
-- Reading a setting is not set_config.
SELECT current_setting('search_path'), current_setting('app.current_tenant', true);
