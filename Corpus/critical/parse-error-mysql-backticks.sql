-- rules: parse-error
SELECT * FROM `users` WHERE `id` = 1;
