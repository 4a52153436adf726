-- rules: none
SELECT id FROM events WHERE payload @> $1::jsonb AND (payload->'meta'->>'version')::int >= 2;
