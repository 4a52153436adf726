-- rules: schema-change
SELECT id, email INTO TEMP TABLE tmp_emails FROM users WHERE active;
