-- rules: schema-change
CREATE FUNCTION recent_users() RETURNS SETOF users LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE 'SELECT * FROM users WHERE created_at > now() - interval ''1 day''';
END
$$;
