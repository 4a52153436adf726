-- rules: create-extension, untrusted-language
CREATE EXTENSION plpython3u;
