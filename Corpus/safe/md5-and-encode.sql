-- rules: none
SELECT encode(sha256(convert_to(email, 'UTF8')), 'hex'), md5(email), encode(decode('aGk=', 'base64'), 'escape') FROM users LIMIT 1;
