-- rules: drop-object
DROP CAST IF EXISTS (text AS email_address);
