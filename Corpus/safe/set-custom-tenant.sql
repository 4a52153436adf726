-- rules: none
-- Custom app.* settings are ordinary: row security policies read them.
SET app.current_tenant = '42';
