-- rules: role-change
-- A quoted setting name still names the role setting.
SET "ROLE" = admin;
