-- rules: role-change
ALTER GROUP admins ADD USER agent;
