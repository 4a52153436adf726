-- rules: none
SET search_path = app, public;
