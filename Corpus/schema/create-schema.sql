-- rules: schema-change
CREATE SCHEMA IF NOT EXISTS reporting;
