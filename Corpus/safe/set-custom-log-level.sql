-- rules: none
-- A custom setting in the app namespace, not a server log_* setting.
SET app.log_level = 'debug';
