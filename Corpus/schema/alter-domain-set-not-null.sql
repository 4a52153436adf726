-- rules: schema-change
ALTER DOMAIN email_address SET NOT NULL;
