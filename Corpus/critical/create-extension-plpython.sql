-- rules: create-extension
CREATE EXTENSION plpython3u;
