-- rules: privilege-change, schema-change
CREATE SCHEMA AUTHORIZATION agent;
