-- rules: schema-change
CREATE TABLE orders_staging (LIKE orders INCLUDING ALL);
