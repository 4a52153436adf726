-- rules: destructive-function
SELECT lo_unlink(16401);
