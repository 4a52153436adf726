-- rules: none
SELECT count(*) AS count_1 FROM (SELECT accounts.id AS accounts_id FROM accounts WHERE accounts.balance < $1) AS anon_1;
