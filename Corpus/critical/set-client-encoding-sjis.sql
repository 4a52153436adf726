-- rules: guard-setting
-- In SJIS a backslash can be the second byte of a character.
SET client_encoding = 'SJIS';
