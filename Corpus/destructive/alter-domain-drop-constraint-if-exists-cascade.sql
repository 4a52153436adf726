-- rules: drop-constraint, schema-change
-- With IF EXISTS and CASCADE.
ALTER DOMAIN public.email DROP CONSTRAINT IF EXISTS email_check CASCADE;
