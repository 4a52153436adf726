-- rules: parse-error
-- The inner */ closes only the inner comment; the outer one never ends.
SELECT 1 /* outer /* inner */ DROP TABLE users;
