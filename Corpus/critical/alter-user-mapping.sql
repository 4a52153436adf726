-- rules: foreign-data-change
ALTER USER MAPPING FOR app_user SERVER warehouse OPTIONS (SET password 'new-secret');
