-- rules: schema-change
CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE PLPGSQL IMMUTABLE AS 'BEGIN RETURN i + 1; END';
