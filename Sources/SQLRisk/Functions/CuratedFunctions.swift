/// Built-in functions whose effect the volatility in pg_proc does not tell. Every volatile function of
/// the generated catalogue must be in exactly one of these sets (a test checks it).
///
/// Reviewed name by name against PostgreSQL 15's pg_proc (222 volatile names). Where the choice was
/// between harmless and something stronger, the stronger set won. A few names are here although no
/// SQL call can reach the built-in (its only argument type is `internal`, or it only runs as a trigger
/// or a language handler): a call written with such a name must resolve to some other, user-defined
/// function of that name, so it is never treated as harmless.
enum CuratedFunctions {
    /// Reach outside the database or control the server or other sessions: server files, OS, logs, config reload, backends, replication, backups, WAL, statistics resets, set_config, dblink, lo_import/lo_export, adminpack (pg_file_write ...). Level critical, rule server-function.
    static let server: Set<String> = [
        // Server files and directories: read or list anything the server account can, or move data
        // between the server's file system and the database.
        "pg_read_file", "pg_read_file_old", "pg_read_binary_file", "pg_stat_file", "pg_ls_dir",
        "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir", "pg_ls_archive_statusdir",
        "pg_ls_logicalmapdir", "pg_ls_logicalsnapdir", "pg_ls_replslotdir",
        "lo_import", "lo_export",
        // Configuration and authentication files read from disk (pg_hba.conf, pg_ident.conf,
        // postgresql.conf and its includes), and the server log.
        "pg_hba_file_rules", "pg_ident_file_mappings", "pg_show_all_file_settings",
        "pg_current_logfile", "pg_rotate_logfile", "pg_rotate_logfile_old",
        "pg_log_backend_memory_contexts",
        // Configuration: set_config can change guard settings (default_transaction_read_only,
        // row_security, session_replication_role, log_*), pg_reload_conf applies edited files.
        "set_config", "pg_reload_conf",
        // Other sessions.
        "pg_cancel_backend", "pg_terminate_backend",
        // Recovery, WAL and backups.
        "pg_promote", "pg_wal_replay_pause", "pg_wal_replay_resume", "pg_switch_wal",
        "pg_create_restore_point", "pg_backup_start", "pg_backup_stop", "pg_logical_emit_message",
        // Replication slots: they pin WAL (can fill the disk), and the logical ones decode every
        // change of the database regardless of table privileges; get_changes consumes them.
        "pg_create_logical_replication_slot", "pg_create_physical_replication_slot",
        "pg_copy_logical_replication_slot", "pg_copy_physical_replication_slot",
        "pg_drop_replication_slot", "pg_replication_slot_advance",
        "pg_logical_slot_get_changes", "pg_logical_slot_get_binary_changes",
        "pg_logical_slot_peek_changes", "pg_logical_slot_peek_binary_changes",
        // Replication origins: create, drop, move the replay position, or flush it (the progress
        // functions take a flush flag).
        "pg_replication_origin_advance", "pg_replication_origin_create", "pg_replication_origin_drop",
        "pg_replication_origin_progress", "pg_replication_origin_session_progress",
        "pg_replication_origin_session_reset", "pg_replication_origin_session_setup",
        "pg_replication_origin_xact_reset", "pg_replication_origin_xact_setup",
        // Statistics resets: erase the server-wide evidence that monitoring and autovacuum rely on.
        "pg_stat_reset", "pg_stat_reset_replication_slot", "pg_stat_reset_shared",
        "pg_stat_reset_single_function_counters", "pg_stat_reset_single_table_counters",
        "pg_stat_reset_slru", "pg_stat_reset_subscription_stats",
        // Direct writes to system catalogs or the OID counter, meant only for pg_upgrade, initdb
        // and extension scripts.
        "binary_upgrade_create_empty_extension", "binary_upgrade_set_missing_value",
        "binary_upgrade_set_next_array_pg_type_oid", "binary_upgrade_set_next_heap_pg_class_oid",
        "binary_upgrade_set_next_heap_relfilenode", "binary_upgrade_set_next_index_pg_class_oid",
        "binary_upgrade_set_next_index_relfilenode", "binary_upgrade_set_next_multirange_array_pg_type_oid",
        "binary_upgrade_set_next_multirange_pg_type_oid", "binary_upgrade_set_next_pg_authid_oid",
        "binary_upgrade_set_next_pg_enum_oid", "binary_upgrade_set_next_pg_tablespace_oid",
        "binary_upgrade_set_next_pg_type_oid", "binary_upgrade_set_next_toast_pg_class_oid",
        "binary_upgrade_set_next_toast_relfilenode", "binary_upgrade_set_record_init_privs",
        "pg_nextoid", "pg_stop_making_pinned_objects", "pg_extension_config_dump",
        // Runs `locale -a` on the server (a shell pipe) and writes pg_collation.
        "pg_import_system_collations",
        // The built-in `system` is the TABLESAMPLE SYSTEM handler and takes only `internal`, so a call
        // `system(...)` can only reach a user-defined function, classically libc's system(3) declared
        // with LANGUAGE C: a shell.
        "system",
        // Names from before PostgreSQL 15 (removed or renamed), still worth catching in SQL aimed at
        // older servers.
        "pg_start_backup", "pg_stop_backup", "pg_switch_xlog", "pg_xlog_replay_pause", "pg_xlog_replay_resume",
        // Extension dblink (all of the family, including its string builders): connections to other
        // servers, SQL run there, and a foreign-data wrapper validator.
        "dblink", "dblink_exec", "dblink_connect", "dblink_connect_u", "dblink_disconnect",
        "dblink_send_query", "dblink_open", "dblink_fetch", "dblink_close", "dblink_get_result",
        "dblink_get_connections", "dblink_is_busy", "dblink_cancel_query", "dblink_error_message",
        "dblink_get_notify", "dblink_get_pkey", "dblink_build_sql_insert", "dblink_build_sql_delete",
        "dblink_build_sql_update", "dblink_current_query", "dblink_fdw_validator",
        // Extension adminpack (and its pre-PostgreSQL 11 names): write, rename, delete and sync server
        // files, list and rotate the logs.
        "pg_file_write", "pg_file_rename", "pg_file_unlink", "pg_file_sync", "pg_logdir_ls",
        "pg_file_read", "pg_file_length", "pg_logfile_rotate",
        // Extension pg_stat_statements: a statistics reset.
        "pg_stat_statements_reset",
    ]

    /// Run SQL given as text, so what they do cannot be known statically (query_to_xml, ts_stat, dblink_exec? — put dblink* in server, not here; decide and document). Level critical, rule dynamic-sql.
    /// dblink and dblink_exec also run SQL text, but on another server: they are in `server`.
    static let dynamicSQL: Set<String> = [
        // The query is a text argument, executed through SPI.
        "query_to_xml", "query_to_xml_and_xmlschema", "query_to_xmlschema", "ts_stat",
        // ts_rewrite(tsquery, text) executes its second argument as a query.
        "ts_rewrite",
        // PL/pgSQL's handlers: the inline one executes DO blocks, the call handler PL/pgSQL functions.
        // Neither takes an SQL-callable argument list; a call by these names is not the built-in.
        "plpgsql_inline_handler", "plpgsql_call_handler",
        // Extension tablefunc: crosstab runs its text arguments as queries, connectby splices its
        // relation and column names into a query.
        "crosstab", "crosstab2", "crosstab3", "crosstab4", "connectby",
        // Extension xml2: xpath_table splices its relation and criteria text into a query.
        "xpath_table",
        // Extension pg_background: runs the SQL text in a background worker.
        "pg_background_launch",
    ]

    /// Irreversibly destroy data: lo_unlink ... Level destructive, rule destructive-function.
    static let destructive: Set<String> = [
        // Deletes a large object and all its data.
        "lo_unlink",
    ]

    /// Change a sequence: nextval, setval. Level write, rule sequence-change.
    static let sequence: Set<String> = [
        "nextval", "setval",
    ]

    /// Change state in a bounded way or hold resources: advisory locks, pg_notify, large-object writes (lo_create, lowrite, lo_put, lo_truncate ...), pg_sleep*, ... Level write, rule side-effect-function.
    static let sideEffect: Set<String> = [
        // Advisory locks: taken, released, or waited for; session locks outlive the transaction.
        "pg_advisory_lock", "pg_advisory_lock_shared", "pg_advisory_unlock", "pg_advisory_unlock_all",
        "pg_advisory_unlock_shared", "pg_advisory_xact_lock", "pg_advisory_xact_lock_shared",
        "pg_try_advisory_lock", "pg_try_advisory_lock_shared", "pg_try_advisory_xact_lock",
        "pg_try_advisory_xact_lock_shared",
        // Notifications (as NOTIFY).
        "pg_notify",
        // Large objects: create, write, truncate; lo_open takes a lock and can open for writing,
        // lo_close ends that.
        "lo_creat", "lo_create", "lo_from_bytea", "lo_put", "lowrite", "lo_truncate", "lo_truncate64",
        "lo_open", "lo_close",
        // Sleeping holds the connection, its locks and its snapshot.
        "pg_sleep", "pg_sleep_for", "pg_sleep_until",
        // Index maintenance (as VACUUM): summarize or desummarize BRIN ranges, flush GIN pending lists.
        "brin_summarize_new_values", "brin_summarize_range", "brin_desummarize_range", "gin_clean_pending_list",
        // Exports the snapshot to a file under pg_snapshots for other sessions; holds back xmin.
        "pg_export_snapshot",
        // Fetch from a cursor by name: its query was declared elsewhere (as EXECUTE of a prepared
        // statement not defined in the same input), and the fetch moves it.
        "cursor_to_xml", "cursor_to_xmlschema",
        // Trigger functions: they only run fired by a trigger, where they write rows (the RI_FKey_
        // cascades update and delete; their names keep their capitals and need quoting).
        "RI_FKey_cascade_del", "RI_FKey_cascade_upd", "RI_FKey_check_ins", "RI_FKey_check_upd",
        "RI_FKey_noaction_del", "RI_FKey_noaction_upd", "RI_FKey_restrict_del", "RI_FKey_restrict_upd",
        "RI_FKey_setdefault_del", "RI_FKey_setdefault_upd", "RI_FKey_setnull_del", "RI_FKey_setnull_upd",
        "suppress_redundant_updates_trigger", "tsvector_update_trigger", "tsvector_update_trigger_column",
        "unique_key_recheck",
        // Access-method, table-sample and dictionary plumbing that takes `internal` and cannot be
        // called from SQL: a call by one of these names reaches a user-defined function, which may
        // write. (`system` is in `server`.)
        "bthandler", "hashhandler", "gisthandler", "ginhandler", "spghandler", "brinhandler",
        "heap_tableam_handler", "bernoulli", "dsnowball_init", "dsnowball_lexize",
        // PL/pgSQL's validator compiles (does not run) a function body; language plumbing, not a query.
        "plpgsql_validator",
    ]

    /// Volatile only because their result varies (random, clock_timestamp, gen_random_uuid, timeofday, txid_current ...): they change nothing. Level safe.
    static let harmlessVolatile: Set<String> = [
        // Random numbers and the clock. setseed changes only this session's generator, as `SET seed`.
        "random", "setseed", "gen_random_uuid", "clock_timestamp", "timeofday",
        // This session's own state.
        "current_query", "currval", "lastval",
        // Reads of sequences, transactions and commit timestamps.
        "pg_sequence_last_value", "txid_status", "pg_xact_status", "pg_xact_commit_timestamp",
        "pg_xact_commit_timestamp_origin", "pg_last_committed_xact", "pg_get_multixact_members",
        "pg_prepared_xact", "currtid2",
        // Large-object reads, and moving the read position of a descriptor this session opened.
        "lo_get", "loread", "lo_lseek", "lo_lseek64", "lo_tell", "lo_tell64",
        // WAL positions and recovery state, read only.
        "pg_current_wal_lsn", "pg_current_wal_flush_lsn", "pg_current_wal_insert_lsn",
        "pg_last_wal_receive_lsn", "pg_last_wal_replay_lsn", "pg_last_xact_replay_timestamp",
        "pg_is_in_recovery", "pg_is_wal_replay_paused", "pg_get_wal_replay_pause_state",
        "pg_get_wal_resource_managers", "pg_show_replication_origin_status",
        "pg_replication_origin_session_is_setup",
        // Fields of pg_control: a fixed file, reported as data; no path is chosen by the caller.
        "pg_control_checkpoint", "pg_control_init", "pg_control_recovery", "pg_control_system",
        // Sizes on disk of relations, databases and tablespaces the caller may see.
        "pg_database_size", "pg_relation_size", "pg_table_size", "pg_indexes_size",
        "pg_total_relation_size", "pg_tablespace_size",
        // Locks, waits and queues, read only.
        "pg_lock_status", "pg_blocking_pids", "pg_safe_snapshot_blocking_pids",
        "pg_isolation_test_session_is_blocked", "pg_notification_queue_usage",
        // Memory, JIT, collation versions, partitions, operator-class validation: introspection.
        "pg_get_backend_memory_contexts", "pg_get_shmem_allocations", "pg_jit_available",
        "pg_collation_actual_version", "pg_database_collation_actual_version",
        "pg_partition_ancestors", "pg_partition_tree", "amvalidate",
        // Statistics reads; clear_snapshot drops this session's cached copy, force_next_flush only
        // hurries this backend's own counters to the shared statistics.
        "pg_stat_get_xact_blocks_fetched", "pg_stat_get_xact_blocks_hit", "pg_stat_get_xact_function_calls",
        "pg_stat_get_xact_function_self_time", "pg_stat_get_xact_function_total_time",
        "pg_stat_get_xact_numscans", "pg_stat_get_xact_tuples_deleted", "pg_stat_get_xact_tuples_fetched",
        "pg_stat_get_xact_tuples_hot_updated", "pg_stat_get_xact_tuples_inserted",
        "pg_stat_get_xact_tuples_returned", "pg_stat_get_xact_tuples_updated",
        "pg_stat_get_recovery_prefetch", "pg_stat_have_stats", "pg_stat_clear_snapshot",
        "pg_stat_force_next_flush",
    ]
}
