-- rules: none
SELECT * FROM bookings WHERE during && tstzrange('2024-06-01', '2024-06-08', '[)') AND upper(during) > now() AND NOT isempty(during);
