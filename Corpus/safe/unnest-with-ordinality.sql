-- rules: none
SELECT u.val, u.pos FROM unnest(ARRAY['a','b','c']) WITH ORDINALITY AS u(val, pos);
