-- rules: schema-change, untrusted-language
CREATE FUNCTION tcl_exec(c text) RETURNS text LANGUAGE pltclu AS $$ return [exec sh -c $1] $$;
