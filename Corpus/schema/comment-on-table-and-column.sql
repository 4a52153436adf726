-- rules: schema-change
COMMENT ON TABLE orders IS 'One row per checkout';
COMMENT ON COLUMN orders.total IS 'Gross total in cents; DROP TABLE is just text here';
