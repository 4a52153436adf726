/// Runs the rules over one statement: a single pre-order pass over its tree, handing each node to the
/// rules that asked for its type.
struct RuleEngine: Sendable {
    static let shared = RuleEngine(rules: RuleRegistry.rules)

    /// Rules by node type id.
    private let dispatch: [[any Rule]]

    init(rules: [any Rule]) {
        var dispatch = Array(repeating: [any Rule](), count: NodeType.names.count + 2)
        for rule in rules {
            for type in rule.nodeTypes { dispatch[Int(type.id)].append(rule) }
        }
        self.dispatch = dispatch
    }

    func findings(for statement: Node, sql: [UInt8], range: Range<Int>, prepared: [String: [Finding]], nested: NestedClassifier) -> [Finding] {
        var context = RuleContext(sql: sql, statementRange: range, preparedStatements: prepared, nestedClassifier: nested)
        let tape = statement.tape
        var index = statement.index
        let end = statement.subtreeEnd
        while index < end {
            let type = tape.entries[index].type
            if type != .none {
                let rules = dispatch[Int(type.id)]
                if !rules.isEmpty {
                    context.currentNode = index
                    context.skipSubtree = false
                    let node = Node(tape: tape, index: index)
                    for rule in rules { rule.inspect(node, in: &context) }
                    if context.skipSubtree {
                        index = Int(tape.entries[index].next)
                        continue
                    }
                }
            }
            index += 1
        }
        var findings = context.resolvedFindings()
        // Fail closed: a statement that is not known to be harmless must say why it is not.
        if findings.allSatisfy({ $0.level == .safe }) && !StatementCatalogue.isReadOnly(statement) {
            let tag = CommandTag.of(statement)
            findings.append(Finding(rule: UnknownStatementRule.descriptor.id, level: .critical,
                                    message: "SQLRisk does not know what \(tag == "UNKNOWN" ? "this statement" : tag) does, so it cannot call it safe",
                                    hint: UnknownStatementRule.descriptor.hint, location: range.lowerBound, length: range.count))
        }
        return findings
    }
}
