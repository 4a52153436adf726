-- rules: none
SELECT 'pg_read_file(''/etc/passwd'')' AS looks_dangerous, 'COPY t TO PROGRAM ''curl x''' AS also_text;
