-- rules: drop-object
DROP OWNED BY departed_contractor CASCADE;
