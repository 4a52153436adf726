-- rules: guard-setting
-- Afterwards the server ends 'x\'' elsewhere than SQLRisk does.
SET standard_conforming_strings = off;
