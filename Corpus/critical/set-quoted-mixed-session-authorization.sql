-- rules: role-change
-- Setting names compare without regard to case.
SET "Session_Authorization" = postgres;
