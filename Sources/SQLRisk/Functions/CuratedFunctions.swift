// Placeholder until the curated table is written.
enum CuratedFunctions {
    static let server: Set<String> = ["pg_read_file", "set_config", "dblink", "dblink_exec", "pg_terminate_backend"]
    static let dynamicSQL: Set<String> = ["query_to_xml"]
    static let destructive: Set<String> = ["lo_unlink"]
    static let sequence: Set<String> = ["nextval", "setval"]
    static let sideEffect: Set<String> = ["pg_advisory_lock", "pg_sleep"]
    static let harmlessVolatile: Set<String> = ["random"]
}
