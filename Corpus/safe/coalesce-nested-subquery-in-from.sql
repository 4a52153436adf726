-- rules: none
SELECT s.* FROM (SELECT u.id, coalesce(p.nickname, u.name) AS display FROM users u LEFT JOIN profiles p ON p.user_id = u.id) s WHERE s.display <> '';
