-- rules: parse-error
\c postgres
