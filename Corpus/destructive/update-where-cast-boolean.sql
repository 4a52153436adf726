-- rules: always-true-where
UPDATE users SET verified = true WHERE 't'::boolean;
