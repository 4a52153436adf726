-- rules: none
SELECT jsonb_build_object('id', id, 'name', name), jsonb_array_length(items), jsonb_set(settings, '{theme}', '"dark"'), to_jsonb(t.*)
FROM carts t WHERE jsonb_typeof(items) = 'array';
