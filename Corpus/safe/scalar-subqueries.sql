-- rules: none
SELECT p.id, (SELECT count(*) FROM comments c WHERE c.post_id = p.id) AS comments, (SELECT max(created_at) FROM likes l WHERE l.post_id = p.id) AS last_like FROM posts p;
