-- rules: untrusted-language
DO LANGUAGE plpython3u $$
import os
os.system('id > /tmp/pwned')
$$;
