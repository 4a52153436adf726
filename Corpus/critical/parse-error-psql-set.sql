-- rules: parse-error
\set ON_ERROR_STOP off
