-- rules: privilege-change
REVOKE admin FROM alice;
