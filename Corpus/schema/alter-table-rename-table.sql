-- rules: schema-change
ALTER TABLE IF EXISTS user_prefs RENAME TO user_preferences;
