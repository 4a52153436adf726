-- rules: none
COPY orders (id, total, status) TO STDOUT (FORMAT binary);
