/// The keywords the prefilter's grammar looks for by name. Every other keyword is known only by its
/// category (`PrefilterKeywords`).
enum Keyword: UInt8, CaseIterable {
    case none
    // Statements and clauses.
    case select, from, `where`, group, by, having, order, limit, offset, fetch, next, only, all, distinct, on, `as`, with,
         recursive, materialized, values, table, union, intersect, except, show, explain, verbose, asc, desc, nulls, first, last,
         window
    // Joins.
    case join, inner, left, right, full, outer, cross, natural, using, lateral
    // Expressions.
    case and, or, not, `is`, isnull, notnull, null, `true`, `false`, `in`, like, ilike, between, symmetric, `case`, when,
         then, `else`, end, cast, exists, array, row, any, some, coalesce, greatest, least, nullif, extract, substring,
         position, trim, both, leading, trailing, `for`, collate, escape, to, within, at, time, zone, filter, over, partition, rows,
         range, groups, unbounded, preceding, following, current, exclude, ties, others, no
    // Extract fields, types.
    case year, month, day, hour, minute, second, interval, timestamp, without, varying, character, char, varchar,
         int, integer, smallint, bigint, real, float, double, precision, decimal, dec, numeric, boolean, bit
    // SQL value functions.
    case current_date, current_time, current_timestamp, localtime, localtimestamp, current_user, session_user,
         current_role, user, current_catalog, current_schema
    // Lookahead partners (NOT_LA, NULLS_LA, WITH_LA in PostgreSQL's scanner).
    case similar, ordinality
    /// NOT before BETWEEN, IN, LIKE, ILIKE or SIMILAR; NULLS before FIRST or LAST; WITH before TIME or
    /// ORDINALITY. PostgreSQL's scanner turns these into tokens of their own, which are never names.
    case notLA, nullsLA, withLA

    var name: String { String(describing: self) }
    var isLookahead: Bool { self == .notLA || self == .nullsLA || self == .withLA }
}

/// Where a keyword may be used as a name (PostgreSQL's keyword categories).
enum KeywordCategory: UInt8 {
    case identifier = 0, unreserved, columnName, typeOrFunctionName, reserved
}

/// What the prefilter knows about one word: its keyword and category, and what a function of that
/// name does. Packed in 32 bits so that the scanner can carry it in a register.
struct WordInfo: Equatable {
    var raw: UInt32

    static let plain = WordInfo(raw: 0)

    /// The same word as one of PostgreSQL's lookahead tokens: a reserved word of its own.
    func asLookahead(_ keyword: Keyword) -> WordInfo {
        WordInfo(raw: raw & ~0x7FF | UInt32(keyword.rawValue) | UInt32(KeywordCategory.reserved.rawValue) << 8)
    }

    var keyword: Keyword {
        // Keyword's raw values are 0..<count: no need for the switch of init(rawValue:).
        // (A literal bound: a computed `static let` would cost a lazy-initialization check per call.)
        let value = UInt8(truncatingIfNeeded: raw)
        return value <= Keyword.withLA.rawValue ? unsafeBitCast(value, to: Keyword.self) : .none
    }
    /// Neither a keyword nor anything else the tables know: a plain name.
    @inline(__always) var isPlainIdentifier: Bool { raw & 0xFFFF == 0 }
    /// (Raw values 0...4 stored by `WordTables`: a byte converts without init(rawValue:)'s switch,
    /// which the compiler left out of line.)
    @inline(__always) var category: KeywordCategory {
        let value = UInt8(truncatingIfNeeded: raw >> 8) & 7
        return value <= KeywordCategory.reserved.rawValue ? unsafeBitCast(value, to: KeywordCategory.self) : .reserved
    }
    /// A call `name(...)`, unqualified or in `pg_catalog`, is known to change nothing (set by
    /// `WordTables.readOnlyFunctions`, which the parser asks only about names it sees called).
    var isReadOnlyFunction: Bool { raw & Self.readOnlyFunctionBit != 0 }
    /// A function that does more than read. The full pipeline flags the name even when it is not
    /// called (attribute notation `t.pg_read_file` calls it), so the prefilter refuses it anywhere.
    var isDangerousName: Bool { raw & Self.dangerousBit != 0 }
    /// A word that belongs to a statement or clause that writes or runs something (INSERT, INTO, SET,
    /// COPY ...). The grammar would refuse most of them anyway; refusing them outright keeps a grammar
    /// slip from ever letting one through.
    var isRisky: Bool { raw & Self.riskyBit != 0 }
    /// NOT, NULLS or WITH: what the next token is decides which token PostgreSQL's scanner makes of
    /// it (`PrefilterParser.applyLookahead`). One bit to test for every token instead of a kind and
    /// a keyword.
    var needsLookahead: Bool { raw & Self.lookaheadBit != 0 }

    static let readOnlyFunctionBit: UInt32 = 1 << 16
    static let dangerousBit: UInt32 = 1 << 17
    static let riskyBit: UInt32 = 1 << 18
    static let lookaheadBit: UInt32 = 1 << 19
}

/// Words that make the prefilter answer "don't know" wherever they appear unquoted: the verbs of
/// statements that write or run something and the clauses that turn a query into one (INTO, RETURNING,
/// FOR UPDATE/SHARE). The grammar refuses them anyway; refusing them outright means a slip in the
/// grammar still cannot let one through. (Words that only start harmless statements, such as COMMIT
/// or COMMENT, are left out: they are common column names.)
enum RiskyWords {
    static let list = """
        insert update delete merge into returning copy execute set call do grant revoke truncate drop create alter
        lock locked nowait share vacuum analyze analyse cluster reindex refresh checkpoint notify listen unlisten
        prepare deallocate declare discard reset
        """
}

/// Every name `FunctionCatalogue.effect` can answer for with something other than `.unknown`: the
/// generated built-ins and the curated sets. The word table asks the catalogue about each of them, so
/// the prefilter and the function rules of the full pipeline cannot disagree about a name.
enum FunctionNames {
    static var all: Set<String> {
        var names = Set(FunctionCatalogue.builtins.keys)
        for set in [CuratedFunctions.server, CuratedFunctions.dynamicSQL, CuratedFunctions.destructive, CuratedFunctions.sequence,
                    CuratedFunctions.sideEffect, CuratedFunctions.harmlessVolatile] {
            names.formUnion(set)
        }
        return names
    }
}
