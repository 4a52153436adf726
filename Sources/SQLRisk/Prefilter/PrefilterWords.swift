/// The keywords the prefilter's grammar looks for by name. Every other keyword is known only by its
/// category (`PrefilterKeywords`).
enum Keyword: UInt8, CaseIterable {
    case none
    // Statements and clauses.
    case select, from, `where`, group, by, having, order, limit, offset, fetch, next, only, all, distinct, on, `as`, with,
         recursive, materialized, values, table, union, intersect, except, show, explain, verbose, asc, desc, nulls, first, last
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

    var keyword: Keyword { Keyword(rawValue: UInt8(truncatingIfNeeded: raw)) ?? .none }
    var category: KeywordCategory { KeywordCategory(rawValue: UInt8(truncatingIfNeeded: raw >> 8) & 7) ?? .reserved }
    /// A call `name(...)`, unqualified or in `pg_catalog`, is known to change nothing.
    var isReadOnlyFunction: Bool { raw & Self.readOnlyFunctionBit != 0 }
    /// A function that does more than read. The full pipeline flags the name even when it is not
    /// called (attribute notation `t.pg_read_file` calls it), so the prefilter refuses it anywhere.
    var isDangerousName: Bool { raw & Self.dangerousBit != 0 }
    /// A word that belongs to a statement or clause that writes or runs something (INSERT, INTO, SET,
    /// COPY ...). The grammar would refuse most of them anyway; refusing them outright keeps a grammar
    /// slip from ever letting one through.
    var isRisky: Bool { raw & Self.riskyBit != 0 }

    static let readOnlyFunctionBit: UInt32 = 1 << 16
    static let dangerousBit: UInt32 = 1 << 17
    static let riskyBit: UInt32 = 1 << 18
}

/// Words that make the prefilter answer "don't know" wherever they appear unquoted.
enum RiskyWords {
    static let list = """
        insert update delete merge into copy execute set call do grant revoke truncate drop create alter lock
        vacuum analyze analyse notify listen unlisten prepare deallocate refresh reindex cluster checkpoint load
        import discard reset begin commit rollback savepoint release declare move close comment security
        returning nowait skip locked share
        """
}

/// The words of the prefilter's lexicon in one open-addressing hash table over their bytes, so the
/// scanner learns everything about a word with one probe: keywords (folded to lower case) and function
/// names from `FunctionCatalogue` (exact bytes, as PostgreSQL compares them after folding).
final class WordTable: @unchecked Sendable {
    // Immutable after init; the storage is never freed (one table per process).
    private let hashes: UnsafeMutablePointer<UInt64>
    private let infos: UnsafeMutablePointer<UInt32>
    private let starts: UnsafeMutablePointer<UInt32>
    private let lengths: UnsafeMutablePointer<UInt8>
    private let pool: UnsafeMutablePointer<UInt8>
    private let mask: Int
    /// The scanner's byte classes (`CharacterClass`), kept here so that they too are built once.
    let classes = CharacterClass.makeTable()

    static let shared = WordTable()

    /// FNV-1a, one byte at a time: the scanner folds and hashes in the same loop.
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    private init() {
        var entries: [[UInt8]: UInt32] = [:]
        func add(_ word: String, _ bits: UInt32) { entries[Array(word.utf8), default: 0] |= bits }
        let categories: [(String, KeywordCategory)] = [
            (PrefilterKeywords.unreserved, .unreserved), (PrefilterKeywords.columnName, .columnName),
            (PrefilterKeywords.typeOrFunctionName, .typeOrFunctionName), (PrefilterKeywords.reserved, .reserved),
        ]
        for (list, category) in categories {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { add(String(word), UInt32(category.rawValue) << 8) }
        }
        for keyword in Keyword.allCases where keyword != .none && !keyword.isLookahead { add(keyword.name, UInt32(keyword.rawValue)) }
        for word in RiskyWords.list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { add(String(word), WordInfo.riskyBit) }
        for name in FunctionNames.all {
            switch FunctionCatalogue.effect(of: name, schema: nil) {
            case .readOnly: add(name, WordInfo.readOnlyFunctionBit)
            case .unknown: break
            default: add(name, WordInfo.dangerousBit)
            }
        }
        var capacity = 1024
        while capacity < entries.count * 4 { capacity *= 2 }
        mask = capacity - 1
        hashes = .allocate(capacity: capacity)
        hashes.initialize(repeating: 0, count: capacity)
        infos = .allocate(capacity: capacity)
        infos.initialize(repeating: 0, count: capacity)
        starts = .allocate(capacity: capacity)
        starts.initialize(repeating: 0, count: capacity)
        lengths = .allocate(capacity: capacity)
        lengths.initialize(repeating: 0, count: capacity)
        let poolSize = entries.keys.reduce(0) { $0 + $1.count }
        pool = .allocate(capacity: poolSize)
        var used = 0
        for (word, info) in entries.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) where word.count <= Self.maxLength {
            let hash = word.reduce(Self.seed, Self.step)
            var slot = Self.slot(hash, mask)
            while lengths[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            infos[slot] = info
            starts[slot] = UInt32(used)
            lengths[slot] = UInt8(word.count)
            for byte in word { pool[used] = byte; used += 1 }
        }
    }

    /// PostgreSQL truncates names to 63 bytes; longer words are never looked up (the scanner refuses them).
    static let maxLength = 63

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The entry for the `length` bytes at `bytes`, compared after ASCII lower-casing when `fold`.
    @inline(__always) func lookup(_ bytes: UnsafePointer<UInt8>, length: Int, hash: UInt64, fold: Bool) -> WordInfo {
        var slot = Self.slot(hash, mask)
        while true {
            let stored = Int(lengths[slot])
            if stored == 0 { return .plain }
            if hashes[slot] == hash, stored == length, matches(bytes, pool + Int(starts[slot]), length, fold: fold) {
                return WordInfo(raw: infos[slot])
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private func matches(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> Bool {
        for i in 0..<length {
            var c = a[i]
            if fold, c >= 0x41, c <= 0x5A { c |= 0x20 }
            if c != b[i] { return false }
        }
        return true
    }
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
