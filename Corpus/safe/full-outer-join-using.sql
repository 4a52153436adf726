-- rules: none
SELECT * FROM inventory_a a FULL OUTER JOIN inventory_b b USING (sku) WHERE a.qty IS DISTINCT FROM b.qty;
