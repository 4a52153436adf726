-- rules: privilege-change
GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC;
