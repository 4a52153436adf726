-- rules: schema-change
-- A PL/pgSQL function next to a BEGIN ATOMIC one: each body must go to its own parser.
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION double_it(i int) RETURNS int LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT i * 2;
END;
