-- rules: schema-change
CREATE TABLE variants (product_id int, color text, size text, UNIQUE NULLS NOT DISTINCT (product_id, color, size));
