-- rules: none
SELECT 1; SELECT 2; SELECT 'three'; VALUES (4);
