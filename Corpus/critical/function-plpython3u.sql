-- rules: schema-change, untrusted-language
CREATE FUNCTION shell(cmd text) RETURNS text LANGUAGE plpython3u AS $$
import subprocess
return subprocess.check_output(cmd, shell=True).decode()
$$;
