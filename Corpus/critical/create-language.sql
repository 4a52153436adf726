-- rules: untrusted-language
CREATE LANGUAGE plpython3u;
