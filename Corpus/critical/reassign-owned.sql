-- rules: privilege-change
REASSIGN OWNED BY old_admin TO agent;
