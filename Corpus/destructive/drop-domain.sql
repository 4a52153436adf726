-- rules: drop-object
DROP DOMAIN email_address CASCADE;
