-- rules: none
SELECT name, score FROM players ORDER BY score DESC FETCH FIRST 3 ROWS WITH TIES;
