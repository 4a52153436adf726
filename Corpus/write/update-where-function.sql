-- rules: write-statement
-- Function calls are not folded.
UPDATE coupons SET expired = true WHERE now() > '2020-01-01';
