-- rules: none
SELECT * FROM logs WHERE message ~* 'error|fatal' AND path LIKE '/api/%' AND host NOT ILIKE '%test%' AND code SIMILAR TO '5[0-9]{2}';
