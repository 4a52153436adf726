-- rules: none
-- The safe value spelled as a quoted boolean.
SET standard_conforming_strings TO 'true';
