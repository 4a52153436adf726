-- rules: replication-change
CREATE SUBSCRIPTION pull_prod CONNECTION 'host=prod.internal dbname=shop user=replicator password=x' PUBLICATION everything WITH (copy_data = true);
