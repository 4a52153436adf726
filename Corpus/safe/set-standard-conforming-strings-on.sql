-- rules: none
-- The safe value, as Rails and pg_dump send it.
SET standard_conforming_strings = on;
