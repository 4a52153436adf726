-- rules: armed-definition, schema-change
-- A type input function that imports server files.
CREATE TYPE leak (INPUT = lo_import, OUTPUT = textout);
