-- rules: unknown-function
DO $$ BEGIN PERFORM refresh_search_index(); END $$;
