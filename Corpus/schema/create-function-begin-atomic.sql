-- rules: schema-change
CREATE OR REPLACE FUNCTION full_name(p people) RETURNS text LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT p.first_name || ' ' || p.last_name;
END;
