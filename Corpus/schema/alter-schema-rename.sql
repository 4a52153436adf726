-- rules: schema-change
ALTER SCHEMA reporting RENAME TO analytics;
