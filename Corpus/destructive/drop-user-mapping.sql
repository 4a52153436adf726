-- rules: drop-object
DROP USER MAPPING IF EXISTS FOR app_user SERVER warehouse;
