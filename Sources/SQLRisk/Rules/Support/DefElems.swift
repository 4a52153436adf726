/// Reading `DefElem` option lists (`EXPLAIN (ANALYZE true)`, `BEGIN READ WRITE`, `LANGUAGE sql`).
enum DefElems {
    /// The occurrence of option `name` that PostgreSQL obeys: the last one. `EXPLAIN (ANALYZE false, ANALYZE)`
    /// analyzes; `BEGIN READ ONLY, READ WRITE` is read-write. (Where PostgreSQL rejects a repeated option,
    /// nothing runs, so the last one is as good a reading as any.)
    static func find(_ name: String, in options: [Node]) -> Node? {
        options.last { $0.string("defname") == name }
    }

    /// Every occurrence of option `name`, for the places that must take the worst of them.
    static func all(_ name: String, in options: [Node]) -> [Node] {
        options.filter { $0.string("defname") == name }
    }

    /// The option's value read the way PostgreSQL's `defGetBoolean` does: no value means true;
    /// a value it does not recognise counts as true (the stronger reading).
    static func boolean(_ option: Node) -> Bool {
        guard let arg = option.field("arg") else { return true }
        switch arg.type.name {
        case "String":
            switch (arg.stringValue ?? "").lowercased() {
            case "false", "off", "no", "0", "f", "n": return false
            default: return true
            }
        case "Integer":
            return (arg.int("ival") ?? 0) != 0
        case "Boolean":
            return arg.bool("boolval")
        case "A_Const":
            if let ival = arg.field("ival") { return (ival.int("ival") ?? 0) != 0 }
            if let bval = arg.field("boolval") { return bval.bool("boolval") }
            if let sval = arg.field("sval") { return !["false", "off", "no", "0"].contains((sval.string("sval") ?? "").lowercased()) }
            return true
        default:
            return true
        }
    }

    /// A string-valued option (`LANGUAGE plpgsql` → "plpgsql").
    static func string(_ option: Node) -> String? {
        guard let arg = option.field("arg") else { return nil }
        if let value = arg.stringValue { return value }
        return arg.items.compactMap(\.stringValue).first
    }

    /// True for `READ WRITE` among transaction options (`transaction_read_only` = false).
    static func setsReadWrite(_ options: [Node]) -> Bool { readWriteOption(options) != nil }

    /// The `READ WRITE` option that decides the transaction's mode, if the last mode given is `READ WRITE`.
    static func readWriteOption(_ options: [Node]) -> Node? {
        guard let option = find("transaction_read_only", in: options), !boolean(option) else { return nil }
        return option
    }
}
