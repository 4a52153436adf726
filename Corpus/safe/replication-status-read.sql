-- rules: none
SELECT * FROM pg_stat_replication;
SELECT pubname, puballtables FROM pg_publication;
