-- rules: privilege-change
GRANT admin TO agent WITH ADMIN OPTION;
