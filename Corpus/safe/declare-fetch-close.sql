-- rules: none
BEGIN;
DECLARE big_scan CURSOR FOR SELECT id, payload FROM events ORDER BY id;
FETCH 100 FROM big_scan;
MOVE FORWARD 50 IN big_scan;
FETCH NEXT FROM big_scan;
CLOSE big_scan;
COMMIT;
