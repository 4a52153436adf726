-- rules: foreign-data-change
CREATE USER MAPPING FOR PUBLIC SERVER warehouse OPTIONS (user 'postgres', password 'postgres');
