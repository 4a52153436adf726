-- rules: write-statement
UPDATE profiles SET data = jsonb_set(data, '{settings,theme}', '"dark"', true) WHERE user_id = 9;
