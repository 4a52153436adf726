-- rules: update-without-where
UPDATE ONLY products AS p SET price = p.price * 1.1;
