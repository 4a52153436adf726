-- rules: drop-table
DROP TABLE IF EXISTS sessions, carts, cart_items CASCADE;
