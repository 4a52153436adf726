/// Finds the functions a node calls, or names in attribute notation (`(x).pg_sleep`, `t.pg_read_file`).
enum FunctionCalls {
    struct Call {
        let name: String
        let schema: String?
        let location: Int?
        /// True for `name(...)`; false for a dangerous name written as a column or field.
        let isCall: Bool
        /// As PostgreSQL prints it (`QuotedName`): `pg_catalog.pg_read_file`, `"My Func"`.
        var qualifiedName: String { QuotedName.qualified([schema, name].compactMap { $0 }) }
        /// Looked up once: six rules ask for it (see `RuleContext.functionCall(at:)`).
        let effect: FunctionEffect

        init(name: String, schema: String?, location: Int?, isCall: Bool) {
            self.name = name
            self.schema = schema
            self.location = location
            self.isCall = isCall
            effect = FunctionCatalogue.effect(of: name, schema: schema)
        }
    }

    static let nodeTypes: [NodeType] = ["FuncCall", "ColumnRef", "A_Indirection"].map(NodeType.init)

    /// The call at this node. Attribute notation counts only for curated dangerous names, never as
    /// `unknown-function`: `t.email` is a column.
    static func call(at node: Node) -> Call? {
        switch node.type.name {
        case "FuncCall":
            let parts = node.list("funcname").compactMap(\.stringValue)
            guard let name = parts.last else { return nil }
            return Call(name: name, schema: parts.count > 1 ? parts[parts.count - 2] : nil, location: node.location, isCall: true)
        case "ColumnRef":
            let fields = node.list("fields")
            guard fields.count >= 2, let name = fields.last?.stringValue else { return nil }
            return attribute(name, at: node.location)
        case "A_Indirection":
            guard let name = node.list("indirection").last?.stringValue else { return nil }
            return attribute(name, at: node.field("arg")?.location)
        default:
            return nil
        }
    }

    private static func attribute(_ name: String, at location: Int?) -> Call? {
        let call = Call(name: name, schema: nil, location: location, isCall: false)
        switch call.effect {
        case .readOnly, .unknown: return nil
        default: return call
        }
    }

    /// "calls pg_read_file" or "names pg_sleep in attribute notation, which calls it".
    static func describe(_ call: Call) -> String {
        call.isCall ? "calls \(call.qualifiedName)" : "uses \(call.name) in attribute notation, which calls it"
    }
}

extension RuleContext {
    /// Reports `rule` when the node calls (or names in attribute notation) a function with `effect`:
    /// "The statement calls pg_read_file, <consequence>".
    mutating func reportCall(at node: Node, with effect: FunctionEffect, _ rule: RuleDescriptor, consequence: String) {
        guard let call = functionCall(at: node), call.effect == effect else { return }
        report(rule, "The statement \(FunctionCalls.describe(call)), \(consequence)", location: call.location, objects: [call.qualifiedName])
    }
}
