-- rules: drop-object
DROP SERVER warehouse CASCADE;
