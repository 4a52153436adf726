-- rules: server-function
-- set_config reaches the same setting.
SELECT set_config('standard_conforming_strings', 'off', false);
