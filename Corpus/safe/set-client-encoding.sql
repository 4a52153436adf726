-- rules: none
SET client_encoding TO 'LATIN1';
