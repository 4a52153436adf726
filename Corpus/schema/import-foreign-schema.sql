-- rules: schema-change
IMPORT FOREIGN SCHEMA public LIMIT TO (customers, orders) FROM SERVER warehouse INTO staging;
