-- rules: schema-change
CREATE DATABASE analytics TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
