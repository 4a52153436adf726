-- rules: delete-without-where, schema-change
CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ DELETE FROM carts $$;
