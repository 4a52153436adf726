-- rules: none
SELECT p.id, kv.key, kv.value FROM profiles p, jsonb_each_text(p.data) AS kv WHERE kv.key LIKE 'pref_%';
