-- rules: drop-table
DROP TABLE U&"d\0061ta";
