-- rules: schema-change, unknown-function
CREATE INDEX customers_name_unaccent_idx ON customers (immutable_unaccent(name));
