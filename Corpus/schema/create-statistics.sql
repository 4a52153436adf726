-- rules: schema-change
CREATE STATISTICS orders_city_zip (dependencies, ndistinct) ON city, zip FROM addresses;
