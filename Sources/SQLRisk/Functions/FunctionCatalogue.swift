/// What calling a function can do, from PostgreSQL 15's `pg_proc` (generated) and a hand-curated
/// table for the functions whose volatility does not tell.
enum FunctionEffect: Sendable, Equatable {
    /// A built-in that only reads.
    case readOnly
    /// nextval, setval.
    case sequence
    /// Bounded state changes: advisory locks, notifications, large-object writes, sleeping.
    case sideEffect
    /// Irreversible: lo_unlink.
    case destructive
    /// Server files, the OS, other sessions, configuration, replication: critical.
    case server
    /// Runs SQL given as text.
    case dynamicSQL
    /// Not a known built-in: a user-defined function may do anything a write can.
    case unknown
}

enum FunctionCatalogue {
    /// The effect of calling `name` (already folded as PostgreSQL folds it) in `schema` (nil when unqualified).
    /// Curated dangerous names count in any schema (extensions install dblink into `public`);
    /// a built-in is only trusted unqualified or under `pg_catalog`.
    static func effect(of name: String, schema: String?) -> FunctionEffect {
        if CuratedFunctions.server.contains(name) { return .server }
        if CuratedFunctions.dynamicSQL.contains(name) { return .dynamicSQL }
        if CuratedFunctions.destructive.contains(name) { return .destructive }
        guard schema == nil || schema == "pg_catalog" else { return .unknown }
        if CuratedFunctions.sequence.contains(name) { return .sequence }
        if CuratedFunctions.sideEffect.contains(name) { return .sideEffect }
        guard let builtin = builtins[name] else { return .unknown }
        if builtin.volatility == "v" && !CuratedFunctions.harmlessVolatile.contains(name) { return .sideEffect }
        return .readOnly
    }

    /// True when calling `name` unqualified (or in pg_catalog) is known to change nothing.
    static func isReadOnly(_ name: String, schema: String? = nil) -> Bool {
        effect(of: name, schema: schema) == .readOnly
    }

    struct Builtin: Sendable {
        /// `i` immutable, `s` stable, `v` volatile.
        let volatility: Character
        /// `f` function, `a` aggregate, `w` window, `p` procedure.
        let kind: Character
    }

    /// Every pg_catalog function name, parsed once from the generated table.
    static let builtins: [String: Builtin] = {
        var table: [String: Builtin] = [:]
        for line in BuiltinFunctionCatalogue.generatedTable.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let volatility = fields[1].first, let kind = fields[2].first else { continue }
            table[String(fields[0])] = Builtin(volatility: volatility, kind: kind)
        }
        return table
    }()
}

/// The generated half of the catalogue lives in BuiltinFunctionCatalogue.swift.
enum BuiltinFunctionCatalogue {}
