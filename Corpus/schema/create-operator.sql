-- rules: schema-change
CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq, COMMUTATOR = ===);
