-- rules: schema-change
CREATE TYPE money_amount AS (currency char(3), cents bigint);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
