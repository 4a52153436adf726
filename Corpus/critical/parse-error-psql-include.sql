-- rules: parse-error
\i /tmp/payload.sql
