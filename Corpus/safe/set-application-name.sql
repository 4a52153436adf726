-- rules: none
SET application_name = 'billing-worker';
