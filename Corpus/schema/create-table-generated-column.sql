-- rules: schema-change
CREATE TABLE people (
  id serial PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
  email_lower text GENERATED ALWAYS AS (lower(email)) STORED,
  email text
);
