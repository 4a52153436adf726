-- rules: privilege-change
REVOKE INSERT, UPDATE, DELETE ON orders FROM app_readonly;
