-- rules: schema-change
CREATE CAST (text AS email_address) WITH INOUT AS IMPLICIT;
