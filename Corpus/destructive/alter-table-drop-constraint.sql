-- rules: drop-constraint
ALTER TABLE order_items DROP CONSTRAINT order_items_product_fk;
