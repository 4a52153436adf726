-- rules: unknown-function
-- uuid-ossp is an extension; its functions are not known to be read-only.
SELECT uuid_generate_v4();
