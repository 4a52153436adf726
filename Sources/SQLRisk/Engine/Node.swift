/// A read-only view of one node of a parsed statement: its type and its fields, looked up by name
/// as libpg_query's JSON spells them (`whereClause`, `relname`, `removeType` ...).
struct Node: Sendable {
    let tape: SyntaxTape
    /// Index of the node's field object in the tape.
    let index: Int

    var type: NodeType { tape.entries[index].type }
    /// The wrapper key as printed, also for node types outside PostgreSQL's list (`PLpgSQL_stmt_if`).
    var typeName: String {
        guard type != .none, index >= 1, tape.entries[index - 1].kind == .key else { return "" }
        return type == .unknown ? tape.string(index - 1) : type.name
    }
    /// Index just past this node's subtree in the tape.
    var subtreeEnd: Int { Int(tape.entries[index].next) }

    /// The value of field `name`; a node wrapper (`{"A_Expr": {...}}`) is looked through to the node.
    func field(_ name: StaticString) -> Node? {
        tape.member(index, name).map { Node(tape: tape, index: unwrap($0)) }
    }

    func string(_ name: StaticString) -> String? {
        guard let value = tape.member(index, name), tape.entries[value].kind == .string else { return nil }
        return tape.string(value)
    }

    func int(_ name: StaticString) -> Int? {
        tape.member(index, name).flatMap { tape.integer($0) }
    }

    /// A boolean field; libpg_query leaves out fields that are false.
    func bool(_ name: StaticString) -> Bool {
        guard let value = tape.member(index, name) else { return false }
        return tape.entries[value].kind == .bool && tape.entries[value].isTrue
    }

    func has(_ name: StaticString) -> Bool { tape.member(index, name) != nil }

    /// The elements of list field `name` (empty when absent); libpg_query prints a NULL element as `{}`.
    func list(_ name: StaticString) -> [Node] {
        guard let value = tape.member(index, name) else { return [] }
        return elements(ofArray: value)
    }

    /// The elements of this node when it is itself a list (`{"List": {"items": [...]}}` or a JSON array).
    var items: [Node] {
        if tape.entries[index].kind == .array { return elements(ofArray: index) }
        return list("items")
    }

    /// The unwrapped elements of the JSON array at `array`, built in one exactly sized allocation
    /// (none for an empty list): rules ask for lists at almost every node.
    private func elements(ofArray array: Int) -> [Node] {
        let count = tape.elementCount(array)
        guard count > 0 else { return [] }
        var result: [Node] = []
        result.reserveCapacity(count)
        var cursor = array + 1
        for _ in 0..<count {
            result.append(Node(tape: tape, index: unwrap(cursor)))
            cursor = Int(tape.entries[cursor].next)
        }
        return result
    }

    /// The byte offset libpg_query recorded for this node, if any.
    var location: Int? { int("location") }

    /// The text of a `String` node (`{"String": {"sval": "users"}}`).
    var stringValue: String? { type == .string ? string("sval") : nil }

    /// Dotted name from a list of `String` nodes (`["public", "users"]` → `public.users`).
    var dottedName: String { items.compactMap(\.stringValue).joined(separator: ".") }

    /// Every typed node inside this one, in pre-order (this node excluded).
    var descendants: some Sequence<Node> {
        let tape = self.tape
        return (index + 1 ..< subtreeEnd).lazy.filter { tape.entries[$0].type != .none }.map { Node(tape: tape, index: $0) }
    }

    private func unwrap(_ value: Int) -> Int {
        let entries = tape.entries
        guard entries[value].kind == .object, value + 2 < entries.count,
              entries[value + 1].kind == .key, entries[value + 2].type != .none,
              entries[value + 2].next == entries[value].next else { return value }
        return value + 2
    }
}

extension NodeType {
    static let string = NodeType("String")
}
