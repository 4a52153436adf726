-- rules: schema-change
CREATE TEMP TABLE import_rows (line int, raw text) ON COMMIT DROP;
