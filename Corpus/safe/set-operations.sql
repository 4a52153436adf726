-- rules: none
(SELECT email FROM users EXCEPT SELECT email FROM unsubscribed) INTERSECT SELECT email FROM newsletter_optins;
