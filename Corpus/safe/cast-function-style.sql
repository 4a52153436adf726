-- rules: none
SELECT int4('42'), text(42), numeric '3.14', timestamp '2024-01-01 00:00', bool 't';
