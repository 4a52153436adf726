/// A TOML 1.0 parser that keeps the line and column of every key and value, and needs no Foundation
/// (the library and the C ABI stay Foundation-free). See Documentation/Policy.md for why it is our own.
///
/// ```swift
/// let table = try TOMLParser.parse("version = 1\n[profile.dev]\nask = \"destructive\"\n")
/// table["version"]?.node.value      // .integer(1)
/// ```
public enum TOMLParser {
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        var parser = DocumentParser(scanner: TOMLScanner(text))
        try parser.parseDocument()
        return parser.root.frozen()
    }
}

/// A table while the document is read: how it came to exist decides what may still be added to it.
private final class TableBuilder {
    enum Origin {
        /// Created as the parent of a `[a.b]` header; `[a]` may still define it once.
        case implicit
        /// Defined by a `[header]` (or the root).
        case header
        /// Created by a dotted key `a.b = 1`; no `[a]` header may follow.
        case dotted
        /// `{ ... }`: closed once written.
        case inline
    }

    enum Member {
        case value(TOMLNode)
        case table(TableBuilder)
        /// `[[x]]` entries; `static` arrays written inline cannot be extended.
        case tables([TableBuilder])
    }

    var origin: Origin
    let position: TOMLPosition
    var order: [String] = []
    var members: [String: (keyPosition: TOMLPosition, member: Member)] = [:]

    init(origin: Origin, at position: TOMLPosition) {
        self.origin = origin
        self.position = position
    }

    func set(_ key: String, at position: TOMLPosition, _ member: Member) {
        if members[key] == nil { order.append(key) }
        members[key] = (position, member)
    }

    func frozen() -> TOMLTable {
        TOMLTable(entries: order.map { key in
            let (keyPosition, member) = members[key]!
            let node: TOMLNode = switch member {
            case .value(let node): node
            case .table(let table): TOMLNode(.table(table.frozen()), at: table.position)
            case .tables(let tables):
                TOMLNode(.array(tables.map { TOMLNode(.table($0.frozen()), at: $0.position) }), at: tables.first?.position ?? keyPosition)
            }
            return TOMLEntry(key: key, keyPosition: keyPosition, node: node)
        })
    }
}

private struct DocumentParser {
    var scanner: TOMLScanner
    let root = TableBuilder(origin: .header, at: TOMLPosition(line: 1, column: 1))
    /// The table that `key = value` lines go into.
    lazy var current: TableBuilder = root

    init(scanner: TOMLScanner) {
        self.scanner = scanner
    }

    mutating func parseDocument() throws(TOMLError) {
        while true {
            scanner.skipSpaces()
            try scanner.skipComment()
            if scanner.atEnd { return }
            if scanner.newline() { continue }
            if scanner.current == 0x5B {
                try header()
            } else {
                try keyValue(into: current)
            }
            try scanner.endOfLine()
        }
    }

    private func path(_ key: [(String, TOMLPosition)]) -> String {
        key.map { name, _ in
            name.isEmpty || !name.utf8.allSatisfy(TOMLScanner.isBareKeyByte) ? "\"" + name + "\"" : name
        }.joined(separator: ".")
    }

    /// `[a.b]` or `[[a.b]]`.
    private mutating func header() throws(TOMLError) {
        let start = scanner.position
        scanner.advance()
        let isArray = scanner.current == 0x5B
        if isArray { scanner.advance() }
        let key = try scanner.key()
        guard scanner.current == 0x5D, !isArray || scanner.peek() == 0x5D else {
            throw scanner.error("expected '\(isArray ? "]]" : "]")' to close the table header, found \(scanner.describeCurrent())")
        }
        scanner.advance(isArray ? 2 : 1)
        var table = root
        for (index, (name, position)) in key.dropLast().enumerated() {
            table = try descend(table, name, at: position, path: path(Array(key[...index])))
        }
        let (name, position) = key.last!
        let fullPath = path(key)
        if isArray {
            let entry = TableBuilder(origin: .header, at: start)
            switch table.members[name]?.member {
            case nil: table.set(name, at: position, .tables([entry]))
            case .tables(let tables): table.set(name, at: table.members[name]!.keyPosition, .tables(tables + [entry]))
            default: throw scanner.error("'\(fullPath)' is already defined and is not an array of tables", at: position)
            }
            current = entry
            return
        }
        switch table.members[name]?.member {
        case nil:
            let defined = TableBuilder(origin: .header, at: start)
            table.set(name, at: position, .table(defined))
            current = defined
        case .table(let existing) where existing.origin == .implicit:
            existing.origin = .header
            current = existing
        default:
            throw scanner.error("table [\(fullPath)] is defined twice", at: position)
        }
    }

    /// The sub-table `name` of `table` for a header path, created implicitly if absent; the last
    /// table of an array of tables when `name` is one.
    private func descend(_ table: TableBuilder, _ name: String, at position: TOMLPosition, path: String) throws(TOMLError) -> TableBuilder {
        switch table.members[name]?.member {
        case nil:
            let created = TableBuilder(origin: .implicit, at: position)
            table.set(name, at: position, .table(created))
            return created
        case .table(let existing) where existing.origin != .inline:
            return existing
        case .tables(let tables):
            return tables.last!
        default:
            throw scanner.error("'\(path)' is already defined as a value, not a table", at: position)
        }
    }

    /// `a.b.c = value` into `table`.
    private mutating func keyValue(into table: TableBuilder) throws(TOMLError) {
        let key = try scanner.key()
        guard scanner.current == 0x3D else {
            throw scanner.error("expected '=' after the key '\(path(key))', found \(scanner.describeCurrent())")
        }
        scanner.advance()
        scanner.skipSpaces()
        var target = table
        for (index, (name, position)) in key.dropLast().enumerated() {
            switch target.members[name]?.member {
            case nil:
                let created = TableBuilder(origin: .dotted, at: position)
                target.set(name, at: position, .table(created))
                target = created
            case .table(let existing) where existing.origin == .dotted:
                target = existing
            default:
                throw scanner.error("'\(path(Array(key[...index])))' is already defined; dotted keys cannot extend it", at: position)
            }
        }
        let (name, position) = key.last!
        if target.members[name] != nil {
            throw scanner.error("duplicate key '\(path(key))'", at: position)
        }
        let valueStart = scanner.position
        let value = try self.value()
        if case .table(let inline) = value {
            target.set(name, at: position, .table(inline))
        } else if case .array(let nodes) = value {
            target.set(name, at: position, .value(TOMLNode(.array(nodes), at: valueStart)))
        } else if case .scalar(let scalar) = value {
            target.set(name, at: position, .value(TOMLNode(scalar, at: valueStart)))
        }
    }

    private enum ParsedValue {
        case scalar(TOMLValue)
        case array([TOMLNode])
        case table(TableBuilder)
    }

    private mutating func value() throws(TOMLError) -> ParsedValue {
        switch scanner.current {
        case 0x22, 0x27:
            return .scalar(.string(try scanner.string()))
        case 0x5B:
            return .array(try array())
        case 0x7B:
            return .table(try inlineTable())
        case nil, 0x0A, 0x0D, 0x23:
            throw scanner.error("expected a value after '='")
        default:
            return .scalar(try scanner.bareValue())
        }
    }

    private mutating func node() throws(TOMLError) -> TOMLNode {
        let start = scanner.position
        switch try value() {
        case .scalar(let value): return TOMLNode(value, at: start)
        case .array(let nodes): return TOMLNode(.array(nodes), at: start)
        case .table(let table): return TOMLNode(.table(table.frozen()), at: start)
        }
    }

    private mutating func array() throws(TOMLError) -> [TOMLNode] {
        scanner.advance()
        var nodes: [TOMLNode] = []
        while true {
            try scanner.skipBlank()
            if scanner.current == 0x5D {
                scanner.advance()
                return nodes
            }
            nodes.append(try node())
            try scanner.skipBlank()
            switch scanner.current {
            case 0x2C: scanner.advance()
            case 0x5D:
                scanner.advance()
                return nodes
            default: throw scanner.error("expected ',' or ']' in an array, found \(scanner.describeCurrent())")
            }
        }
    }

    private mutating func inlineTable() throws(TOMLError) -> TableBuilder {
        let table = TableBuilder(origin: .dotted, at: scanner.position)
        scanner.advance()
        scanner.skipSpaces()
        if scanner.current == 0x7D {
            scanner.advance()
            table.origin = .inline
            return table
        }
        while true {
            try keyValue(into: table)
            scanner.skipSpaces()
            switch scanner.current {
            case 0x2C:
                scanner.advance()
                scanner.skipSpaces()
                if scanner.current == 0x7D { throw scanner.error("an inline table cannot end with a trailing comma") }
            case 0x7D:
                scanner.advance()
                seal(table)
                return table
            default:
                throw scanner.error("expected ',' or '}' in an inline table, found \(scanner.describeCurrent()); inline tables stay on one line")
            }
        }
    }

    /// An inline table and the dotted-key tables inside it are closed once written.
    private func seal(_ table: TableBuilder) {
        table.origin = .inline
        for (_, entry) in table.members {
            if case .table(let inner) = entry.member { seal(inner) }
        }
    }
}
