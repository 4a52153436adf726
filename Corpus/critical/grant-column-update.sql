-- rules: privilege-change
GRANT UPDATE (email, name) ON users TO support_staff;
