-- rules: none
SET LOCAL application_name = 'report';
RESET application_name;
