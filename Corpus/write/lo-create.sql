-- rules: side-effect-function
SELECT lo_create(0);
