-- rules: privilege-change
GRANT SELECT ON orders TO reporting;
