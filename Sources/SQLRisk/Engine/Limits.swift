/// Bounds on what one classification may consume. Input above a bound is `critical` with a finding
/// that names the bound; it is never parsed and never crashes the process.
public struct Limits: Sendable, Equatable {
    /// Largest input, in bytes.
    public var maxInputBytes: Int
    /// Longest single statement, in bytes: it sets the stack a parse may need (see `LargeStack`).
    public var maxStatementBytes: Int
    /// Deepest nesting of the parse tree (JSON containers as libpg_query prints them, about three per
    /// expression level). PostgreSQL itself refuses far shallower trees (`max_stack_depth` = 2 MB).
    public var maxNestingDepth: Int
    /// Most statements in one input.
    public var maxStatements: Int
    /// Deepest nesting of bodies inside bodies (a function whose body runs `EXECUTE` of a `DO` ...).
    public var maxBodyNesting: Int

    public init(maxInputBytes: Int = 32 << 20, maxStatementBytes: Int = 8 << 20, maxNestingDepth: Int = 30_000,
                maxStatements: Int = 1_000_000, maxBodyNesting: Int = 8) {
        self.maxInputBytes = maxInputBytes
        self.maxStatementBytes = maxStatementBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxStatements = maxStatements
        self.maxBodyNesting = maxBodyNesting
    }

    public static let `default` = Limits()
}
