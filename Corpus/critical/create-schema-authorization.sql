-- rules: privilege-change, schema-change
CREATE SCHEMA IF NOT EXISTS tenant_42 AUTHORIZATION tenant_42_owner;
