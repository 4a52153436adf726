-- rules: privilege-change
ALTER SCHEMA public OWNER TO agent;
