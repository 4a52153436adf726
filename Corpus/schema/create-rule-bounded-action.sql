-- rules: schema-change, write-statement
CREATE RULE log_price_change AS ON UPDATE TO products WHERE NEW.price <> OLD.price
DO ALSO INSERT INTO price_history (product_id, old_price, new_price) VALUES (OLD.id, OLD.price, NEW.price);
