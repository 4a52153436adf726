-- rules: role-change
-- A role default that changes lexing.
ALTER ROLE app SET standard_conforming_strings = off;
