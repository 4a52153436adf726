-- rules: privilege-change
REVOKE ALL ON FUNCTION run_sql(text) FROM PUBLIC;
