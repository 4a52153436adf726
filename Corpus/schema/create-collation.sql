-- rules: schema-change
CREATE COLLATION german_ci (provider = icu, locale = 'de-u-ks-level2', deterministic = false);
