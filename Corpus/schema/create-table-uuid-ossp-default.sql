-- rules: schema-change, unknown-function
-- uuid_generate_v4() comes from an extension: not known to be read-only.
CREATE TABLE devices (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), name text);
