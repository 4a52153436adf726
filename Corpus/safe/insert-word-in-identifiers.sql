-- rules: none
SELECT insert_count, update_count, delete_count FROM table_stats WHERE table_name = 'orders';
