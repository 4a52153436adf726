-- rules: none
-- The simplest read.
SELECT 1;
