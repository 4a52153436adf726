-- rules: truncate
TRUNCATE ONLY measurements;
