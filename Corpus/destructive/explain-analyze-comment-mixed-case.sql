-- rules: delete-without-where, explain-analyze
explain/**/AnAlYzE DELETE FROM sessions;
