-- rules: role-change
DROP USER departed_contractor;
