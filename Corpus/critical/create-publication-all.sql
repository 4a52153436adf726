-- rules: replication-change
CREATE PUBLICATION everything FOR ALL TABLES;
