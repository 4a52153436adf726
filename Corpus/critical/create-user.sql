-- rules: role-change
CREATE USER reporting_bot WITH PASSWORD 'changeme' VALID UNTIL '2030-01-01';
