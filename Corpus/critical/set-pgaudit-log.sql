-- rules: guard-setting
SET pgaudit.log = 'none';
