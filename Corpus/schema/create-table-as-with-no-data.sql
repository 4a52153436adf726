-- rules: schema-change
CREATE TABLE users_shadow AS TABLE users WITH NO DATA;
