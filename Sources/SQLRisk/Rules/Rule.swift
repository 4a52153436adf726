/// What a rule is, for people: its id, level, what it catches, why that matters, what to do instead,
/// and SQL that must and must not trigger it. The examples are run as tests and printed by
/// `classify-sql rules ID`.
public struct RuleDescriptor: Sendable, Equatable {
    /// Stable kebab-case id; never renamed once released.
    public let id: String
    /// The level of its findings (for rules marked `levelFollowsInner`, the least level it reports).
    public let level: RiskLevel
    /// One line: what the rule catches.
    public let summary: String
    /// Why it matters.
    public let rationale: String
    /// The safer alternative.
    public let hint: String
    /// SQL for which the rule must fire.
    public let hits: [String]
    /// SQL for which it must not.
    public let misses: [String]
    /// True for rules that report the level of the statement they expose (a data-modifying CTE takes
    /// the level of its DELETE).
    public let levelFollowsInner: Bool
    /// For rules a policy raises (`protected-object`): the policy its examples are classified under.
    public let examplePolicy: String?

    public init(id: String, level: RiskLevel, summary: String, rationale: String, hint: String,
                hits: [String], misses: [String], levelFollowsInner: Bool = false, examplePolicy: String? = nil) {
        self.id = id
        self.level = level
        self.summary = summary
        self.rationale = rationale
        self.hint = hint
        self.hits = hits
        self.misses = misses
        self.levelFollowsInner = levelFollowsInner
        self.examplePolicy = examplePolicy
    }
}

/// A rule that inspects parse-tree nodes. The engine walks each statement's tree once and hands every
/// node to the rules that listed its type in `nodeTypes`.
protocol Rule: Sendable {
    static var descriptor: RuleDescriptor { get }
    /// The node types this rule wants to see; empty for findings the engine itself raises.
    var nodeTypes: [NodeType] { get }
    func inspect(_ node: Node, in context: inout RuleContext)
}

extension Rule {
    var descriptor: RuleDescriptor { Self.descriptor }
    var nodeTypes: [NodeType] { [] }
    func inspect(_ node: Node, in context: inout RuleContext) {}
}
