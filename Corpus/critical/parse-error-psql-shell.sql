-- rules: parse-error
\! rm -rf /
