-- rules: none
COMMIT AND CHAIN;
