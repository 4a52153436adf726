-- rules: schema-change
CREATE TABLE room_bookings (room_id int, during tstzrange, EXCLUDE USING gist (room_id WITH =, during WITH &&));
