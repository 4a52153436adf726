-- rules: none
DEALLOCATE PREPARE fetch_user;
