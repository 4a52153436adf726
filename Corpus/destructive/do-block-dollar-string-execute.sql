-- rules: drop-object
DO $do$ BEGIN EXECUTE $q$DROP VIEW IF EXISTS report_v$q$; END $do$;
