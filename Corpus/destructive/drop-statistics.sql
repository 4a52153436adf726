-- rules: drop-object
DROP STATISTICS orders_city_zip;
