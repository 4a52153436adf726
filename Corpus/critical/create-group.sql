-- rules: role-change
CREATE GROUP auditors;
