/// The result of classifying one input (SPEC §2). The same value backs the Swift API,
/// the command line's JSON and the C ABI; field names are part of the contract.
public struct Report: Sendable, Codable, Equatable {
    /// Version of the report format.
    public var version: Int
    /// The highest level among the statements (`safe` for an input with no statements).
    public var level: RiskLevel
    public var statements: [StatementReport]
    /// When a policy was applied (SPEC §6): what to do with the input, under which profile, and why.
    public var decision: Decision?
    public var profile: String?
    public var reasons: [DecisionReason]?

    public init(version: Int = Report.formatVersion, level: RiskLevel, statements: [StatementReport],
                decision: Decision? = nil, profile: String? = nil, reasons: [DecisionReason]? = nil) {
        self.version = version
        self.level = level
        self.statements = statements
        self.decision = decision
        self.profile = profile
        self.reasons = reasons
    }

    public static let formatVersion = 1

    /// A report whose level is the highest of its statements'.
    public init(statements: [StatementReport]) {
        self.init(level: statements.reduce(.safe) { max($0, $1.level) }, statements: statements)
    }

    /// Every finding of every statement, in order.
    public var findings: [Finding] { statements.flatMap(\.findings) }

    /// The distinct rule ids that fired, sorted.
    public var ruleIDs: [String] { Array(Set(findings.map(\.rule))).sorted() }
}

/// One statement of the input.
public struct StatementReport: Sendable, Codable, Equatable {
    /// 0-based position of the statement in the input.
    public var index: Int
    /// Byte offset (UTF-8, 0-based) of the statement's first token.
    public var location: Int
    /// Bytes from the first token to the end of the last one (a trailing `;` excluded).
    public var length: Int
    /// PostgreSQL's command tag: `SELECT`, `DELETE`, `DROP TABLE` ...
    public var kind: String
    public var level: RiskLevel
    public var findings: [Finding]
    /// 1-based line and column (in Unicode scalar values) of `location`.
    public var line: Int
    public var column: Int
    /// libpg_query's fingerprint of the statement's text (16 hex digits, as `pg_query_fingerprint`
    /// prints it); nil for a statement that does not parse, or when `Classifier.Options.fingerprints`
    /// is off (computing it parses the statement once more).
    public var fingerprint: String?
    /// Relations the statement reads, sorted, quoted as PostgreSQL prints them (`QuotedName`), as
    /// qualified as the SQL wrote them.
    public var reads: [String]
    /// Objects the statement changes (rows, definitions, locks), spelled like `reads`.
    public var writes: [String]

    public init(index: Int, location: Int, length: Int, kind: String, level: RiskLevel, findings: [Finding],
                line: Int = 0, column: Int = 0, fingerprint: String? = nil, reads: [String] = [], writes: [String] = []) {
        self.index = index
        self.location = location
        self.length = length
        self.kind = kind
        self.level = level
        self.findings = findings
        self.line = line
        self.column = column
        self.fingerprint = fingerprint
        self.reads = reads
        self.writes = writes
    }
}

/// Why a statement got its level: one rule that fired.
public struct Finding: Sendable, Codable, Equatable {
    /// The rule's stable kebab-case id.
    public var rule: String
    public var level: RiskLevel
    /// What would happen, naming the objects involved.
    public var message: String
    /// The safer alternative.
    public var hint: String
    /// Byte offset (UTF-8, 0-based) of the construct that triggered the rule.
    public var location: Int
    /// Length in bytes of that construct (0 when only its start is known).
    public var length: Int
    /// Names of the objects involved (tables, functions, settings, roles ...), identifiers quoted as
    /// PostgreSQL prints them.
    public var objects: [String]
    /// 1-based line and column (in Unicode scalar values) of `location`.
    public var line: Int = 0
    public var column: Int = 0
    /// For a finding whose level is that of what it runs (a data-modifying CTE, `EXPLAIN ANALYZE`):
    /// indices, in the same statement's `findings`, of the findings that raised it. Accepting those
    /// causes accepts this finding too.
    public var derivedFrom: [Int]?
    /// The allowlist entry that accepted this finding (`file:line (reason)`); an accepted finding
    /// stays in the report but no longer decides the level.
    public var allowedBy: String?

    public init(rule: String, level: RiskLevel, message: String, hint: String, location: Int, length: Int, objects: [String] = [],
                derivedFrom: [Int]? = nil, allowedBy: String? = nil) {
        self.rule = rule
        self.level = level
        self.message = message
        self.hint = hint
        self.location = location
        self.length = length
        self.objects = objects
        self.derivedFrom = derivedFrom
        self.allowedBy = allowedBy
    }

    enum CodingKeys: String, CodingKey {
        case rule, level, message, hint, location, length, objects, line, column
        case derivedFrom = "derived_from"
        case allowedBy = "allowed_by"
    }
}

/// A finding that decided a policy's answer: `reasons` of a report (SPEC §2).
public struct DecisionReason: Sendable, Codable, Equatable {
    public var rule: String
    public var level: RiskLevel
    /// Index of the statement it belongs to.
    public var statement: Int
    public var message: String
    public var hint: String

    public init(rule: String, level: RiskLevel, statement: Int, message: String, hint: String) {
        self.rule = rule
        self.level = level
        self.statement = statement
        self.message = message
        self.hint = hint
    }
}
