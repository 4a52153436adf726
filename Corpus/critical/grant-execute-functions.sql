-- rules: privilege-change
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO app_user;
