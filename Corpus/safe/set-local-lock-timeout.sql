-- rules: none
SET LOCAL lock_timeout TO '2s';
