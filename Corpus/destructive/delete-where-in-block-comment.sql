-- rules: delete-without-where
DELETE FROM carts /* WHERE id = 42 */;
