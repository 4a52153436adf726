-- rules: always-true-where
-- Parameters in SET do not bound the rows; the WHERE is still constant true.
UPDATE users SET password_hash = $1 WHERE TRUE;
