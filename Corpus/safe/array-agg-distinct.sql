-- rules: none
SELECT user_id, array_agg(DISTINCT role ORDER BY role) FROM memberships GROUP BY user_id HAVING count(*) > 1;
