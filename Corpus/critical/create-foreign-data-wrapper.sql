-- rules: foreign-data-change
CREATE FOREIGN DATA WRAPPER file_wrapper HANDLER file_fdw_handler VALIDATOR file_fdw_validator;
