-- rules: role-change
ALTER USER postgres WITH PASSWORD 'pwned';
