-- rules: schema-change, untrusted-language
CREATE PROCEDURE py_job() LANGUAGE plpython3u AS $$ plpy.execute("DELETE FROM jobs") $$;
