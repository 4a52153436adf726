-- rules: privilege-change
ALTER TABLE orders OWNER TO agent;
