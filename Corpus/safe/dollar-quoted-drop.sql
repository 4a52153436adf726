-- rules: none
SELECT $$DROP DATABASE production$$;
