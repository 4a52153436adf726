-- rules: drop-object
DROP OPERATOR === (text, text);
