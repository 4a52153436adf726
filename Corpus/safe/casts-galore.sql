-- rules: none
SELECT '2024-02-29'::date, CAST('12.50' AS numeric(10,2)), '1 day'::interval * 3, '42'::text::int, 'on'::boolean, 3.7::int, array['1','2']::int[];
