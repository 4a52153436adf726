/// What a rule sees while the engine walks one statement: the input, and a place to report findings.
struct RuleContext {
    let sql: [UInt8]
    /// Byte range of the statement being classified, where findings without a node location point.
    let statementRange: Range<Int>
    /// Prepared statements defined earlier in the same input, by name, with their findings.
    let preparedStatements: [String: [Finding]]
    /// Parses and classifies SQL found inside the statement (function bodies, `EXECUTE 'constant'`).
    let nestedClassifier: NestedClassifier

    private(set) var findings: [Finding] = []
    /// Findings whose level is raised, after the walk, to the highest level found in a subtree.
    /// With a `threshold`, the finding keeps its own level and is dropped unless the subtree reaches it.
    private(set) var levelFromSubtree: [(finding: Int, start: Int, end: Int, threshold: RiskLevel?)] = []
    /// Tape index of each finding, so that subtree levels can be resolved.
    private(set) var findingNodes: [Int] = []
    /// Set by a rule to keep the walk out of the current node's subtree (a plain EXPLAIN runs nothing).
    var skipSubtree = false
    /// The node being inspected.
    var currentNode = 0
    /// The `FuncCall` of a `CALL` statement, which `write-statement` already reports.
    var procedureCall: Int?
    /// The function call at the node most recently asked about: six rules inspect every `FuncCall`,
    /// `ColumnRef` and `A_Indirection` node one after the other, and working the call out (names,
    /// catalogue lookups) six times was a third of the time spent on application queries.
    private var lastFunctionCallNode: (tape: ObjectIdentifier, index: Int)?
    private var lastFunctionCall: FunctionCalls.Call?

    init(sql: [UInt8], statementRange: Range<Int>, preparedStatements: [String: [Finding]], nestedClassifier: NestedClassifier) {
        self.sql = sql
        self.statementRange = statementRange
        self.preparedStatements = preparedStatements
        self.nestedClassifier = nestedClassifier
    }

    /// `FunctionCalls.call(at: node)`, worked out once per node.
    mutating func functionCall(at node: Node) -> FunctionCalls.Call? {
        let tape = ObjectIdentifier(node.tape)
        if let last = lastFunctionCallNode, last.index == node.index, last.tape == tape { return lastFunctionCall }
        lastFunctionCall = FunctionCalls.call(at: node)
        lastFunctionCallNode = (tape, node.index)
        return lastFunctionCall
    }

    /// Reports a finding of `rule` at a node (or explicit location).
    /// Without a node or location the finding covers the whole statement.
    mutating func report(_ rule: RuleDescriptor, _ message: String, at node: Node? = nil, location: Int? = nil,
                         length: Int? = nil, objects: [String] = [], level: RiskLevel? = nil) {
        let span = self.span(at: location ?? node?.location, length: length)
        findings.append(Finding(rule: rule.id, level: level ?? rule.level, message: message, hint: rule.hint,
                                location: span.lowerBound, length: span.count, objects: objects))
        findingNodes.append(currentNode)
    }

    /// What a finding covers: the construct at `location` (or `length` bytes of it), else the statement.
    /// Never empty for a non-empty statement (SPEC §2).
    func span(at location: Int?, length: Int? = nil) -> Range<Int> {
        guard let location, statementRange.contains(location) || location == statementRange.lowerBound else { return statementRange }
        if let length, length > 0 { return location..<min(location + length, max(statementRange.upperBound, location + 1)) }
        let construct = ConstructSpan.at(location, in: sql, limit: statementRange.upperBound)
        return construct.isEmpty ? statementRange : construct
    }

    /// Reports a finding whose level becomes that of the worst finding inside `subtree` (at least `rule.level`);
    /// dropped if that is `safe`.
    mutating func reportWithSubtreeLevel(_ rule: RuleDescriptor, _ message: String, subtree: Node, location: Int?, objects: [String] = []) {
        report(rule, message, location: location, objects: objects)
        levelFromSubtree.append((findings.count - 1, subtree.index, subtree.subtreeEnd, nil))
    }

    /// Reports a finding at its rule's level only if something inside `subtree` (a body included from
    /// it) reaches `threshold`: a SECURITY DEFINER function is critical when its body is destructive.
    mutating func reportWhenSubtreeReaches(_ threshold: RiskLevel, _ rule: RuleDescriptor, _ message: String, subtree: Node,
                                           objects: [String] = []) {
        report(rule, message, objects: objects)
        levelFromSubtree.append((findings.count - 1, subtree.index, subtree.subtreeEnd, threshold))
    }

    /// Adds findings produced elsewhere (a nested body, a prepared statement). Findings from a body
    /// are placed on `span` (the body literal, or the statement), so that each covers what caused it;
    /// their links to their causes move with them.
    mutating func include(_ nested: [Finding], covering span: Range<Int>? = nil) {
        let offset = findings.count
        findings.append(contentsOf: nested.map { finding in
            var moved = finding
            if let span {
                moved.location = span.lowerBound
                moved.length = span.count
            }
            moved.derivedFrom = finding.derivedFrom?.map { $0 + offset }
            return moved
        })
        findingNodes.append(contentsOf: repeatElement(currentNode, count: nested.count))
    }

    /// The findings with subtree levels resolved; each such finding names the findings inside its
    /// subtree in `derivedFrom`, so that a policy that accepts them can lower it again.
    func resolvedFindings() -> [Finding] {
        guard !levelFromSubtree.isEmpty else { return findings }
        var result = findings
        var dropped = Set<Int>()
        for pending in levelFromSubtree {
            var level = RiskLevel.safe
            var causes: [Int] = []
            for (k, node) in findingNodes.enumerated() where node >= pending.start && node < pending.end && k != pending.finding {
                level = max(level, findings[k].level)
                if findings[k].level > .safe { causes.append(k) }
            }
            if let threshold = pending.threshold {
                if level < threshold { dropped.insert(pending.finding) } else { result[pending.finding].derivedFrom = causes }
            } else if level == .safe {
                dropped.insert(pending.finding)
            } else {
                result[pending.finding].level = max(level, result[pending.finding].level)
                result[pending.finding].derivedFrom = causes
            }
        }
        guard !dropped.isEmpty else { return result }
        // Renumber the links past the findings that were dropped.
        var newIndex = [Int](repeating: -1, count: result.count)
        var next = 0
        for k in result.indices where !dropped.contains(k) {
            newIndex[k] = next
            next += 1
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map { _, finding in
            var kept = finding
            kept.derivedFrom = finding.derivedFrom?.compactMap { newIndex[$0] >= 0 ? newIndex[$0] : nil }
            return kept
        }
    }

    /// The source text of `start..<end`, clamped to the input.
    func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, sql.count)), e = max(s, min(end, sql.count))
        return String(decoding: sql[s..<e], as: UTF8.self)
    }
}

/// Classifies SQL text found inside a statement; findings are placed at `location` in the outer input.
struct NestedClassifier: Sendable {
    let classify: @Sendable (_ sql: String, _ location: Int, _ depth: Int) -> [Finding]
    let depth: Int
}
