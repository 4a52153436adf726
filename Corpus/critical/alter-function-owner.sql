-- rules: privilege-change
ALTER FUNCTION run_sql(text) OWNER TO postgres;
