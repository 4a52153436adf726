-- rules: schema-change
CREATE TABLE api_tokens (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), token_hash bytea NOT NULL, expires_at timestamptz);
