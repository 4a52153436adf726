-- rules: create-extension, untrusted-language
CREATE LANGUAGE plpython3u;
