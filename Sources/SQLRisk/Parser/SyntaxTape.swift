/// libpg_query's JSON parse tree, read once into a flat tape (one entry per JSON value, in document
/// order), so the tree is walked by index without building a Swift object per node.
///
/// A node wrapper such as `{"DeleteStmt": {...}}` marks its inner object with the node type: walking the
/// tape front to back visits every node of the tree in pre-order, however deep, with no recursion.
final class SyntaxTape: Sendable {
    enum ValueKind: UInt8, Sendable {
        case object, array, string, number, bool, null
        /// The key of an object member; its value is the next entry.
        case key
    }

    struct Entry: Sendable {
        var kind: ValueKind
        var isTrue: Bool = false
        /// For the inner object of a node wrapper: its node type; otherwise `NodeType.none`.
        var type: NodeType = .none
        /// Byte range of a string's contents (quotes excluded) or of a number; unused for containers.
        var start: Int32
        var end: Int32
        /// Index of the entry after this value and everything inside it.
        var next: Int32
    }

    let json: [UInt8]
    let entries: [Entry]
    /// Deepest container nesting seen in the JSON.
    let maxDepth: Int

    struct MalformedJSON: Error { let offset: Int }

    /// Reads the JSON in one pass. Throws only if libpg_query printed something that is not JSON.
    init(json: [UInt8]) throws {
        self.json = json
        var entries: [Entry] = []
        entries.reserveCapacity(json.count / 8)
        var open: [Int32] = []            // indices of the containers not yet closed
        var maxDepth = 0
        try json.withUnsafeBufferPointer { bytes in
            var i = 0
            let n = bytes.count
            func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
            func closeContainer() throws {
                guard let index = open.popLast() else { throw MalformedJSON(offset: i) }
                entries[Int(index)].next = Int32(entries.count)
                // A node wrapper is an object whose only member has a capitalised key and an object value.
                if entries[Int(index)].kind == .object, Int(index) + 2 < entries.count,
                   entries[Int(index) + 1].kind == .key,
                   entries[Int(index) + 2].kind == .object,
                   entries[Int(index) + 2].next == Int32(entries.count) {
                    let key = entries[Int(index) + 1]
                    let first = bytes[Int(key.start)]
                    if first >= 0x41 && first <= 0x5A {
                        entries[Int(index) + 2].type = NodeType(bytes: UnsafeBufferPointer(rebasing: bytes[Int(key.start)..<Int(key.end)]))
                    }
                }
            }
            func readString(kind: ValueKind) throws {
                i += 1
                let start = i
                while i < n, bytes[i] != 0x22 {
                    if bytes[i] == 0x5C { i += 1 }
                    i += 1
                }
                guard i < n else { throw MalformedJSON(offset: start) }
                entries.append(Entry(kind: kind, start: Int32(start), end: Int32(i), next: Int32(entries.count + 1)))
                i += 1
            }
            // The reader alternates: expect a value (or a closing bracket), then a separator.
            while true {
                skipSpace()
                guard i < n else { break }
                let c = bytes[i]
                switch c {
                case 0x7B, 0x5B: // { [
                    open.append(Int32(entries.count))
                    maxDepth = max(maxDepth, open.count)
                    entries.append(Entry(kind: c == 0x7B ? .object : .array, start: Int32(i), end: Int32(i), next: 0))
                    i += 1
                    skipSpace()
                    if i < n, bytes[i] == 0x22, c == 0x7B {
                        try readString(kind: .key)
                        skipSpace()
                        guard i < n, bytes[i] == 0x3A else { throw MalformedJSON(offset: i) }
                        i += 1
                    }
                    continue
                case 0x7D, 0x5D: // } ]
                    try closeContainer()
                    i += 1
                case 0x22:
                    try readString(kind: .string)
                case 0x74: // true
                    entries.append(Entry(kind: .bool, isTrue: true, start: Int32(i), end: Int32(i + 4), next: Int32(entries.count + 1)))
                    i += 4
                case 0x66: // false
                    entries.append(Entry(kind: .bool, start: Int32(i), end: Int32(i + 5), next: Int32(entries.count + 1)))
                    i += 5
                case 0x6E: // null
                    entries.append(Entry(kind: .null, start: Int32(i), end: Int32(i + 4), next: Int32(entries.count + 1)))
                    i += 4
                default:
                    guard c == 0x2D || (c >= 0x30 && c <= 0x39) else { throw MalformedJSON(offset: i) }
                    let start = i
                    i += 1
                    while i < n, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 || bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
                    entries.append(Entry(kind: .number, start: Int32(start), end: Int32(i), next: Int32(entries.count + 1)))
                }
                // After a value: a comma (then, inside an object, the next key) or a closing bracket.
                skipSpace()
                guard i < n else { break }
                if bytes[i] == 0x2C {
                    i += 1
                    if let top = open.last, entries[Int(top)].kind == .object {
                        skipSpace()
                        guard i < n, bytes[i] == 0x22 else { throw MalformedJSON(offset: i) }
                        try readString(kind: .key)
                        skipSpace()
                        guard i < n, bytes[i] == 0x3A else { throw MalformedJSON(offset: i) }
                        i += 1
                    }
                } else if bytes[i] != 0x7D && bytes[i] != 0x5D {
                    throw MalformedJSON(offset: i)
                }
            }
        }
        guard open.isEmpty, !entries.isEmpty else { throw MalformedJSON(offset: json.count) }
        self.entries = entries
        self.maxDepth = maxDepth
    }

    // MARK: Reading values

    func keyEquals(_ index: Int, _ name: StaticString) -> Bool {
        let entry = entries[index]
        let length = Int(entry.end - entry.start)
        guard length == name.utf8CodeUnitCount else { return false }
        return json.withUnsafeBufferPointer { bytes in
            let base = name.utf8Start
            for k in 0..<length where bytes[Int(entry.start) + k] != base[k] { return false }
            return true
        }
    }

    /// The value entry of member `name` of the object at `index`, if present.
    func member(_ index: Int, _ name: StaticString) -> Int? {
        guard entries[index].kind == .object else { return nil }
        var cursor = index + 1
        let end = Int(entries[index].next)
        while cursor < end {
            if keyEquals(cursor, name) { return cursor + 1 }
            cursor = Int(entries[cursor + 1].next)
        }
        return nil
    }

    /// The members of the object at `index` as (key index, value index) pairs.
    func members(_ index: Int) -> [(key: Int, value: Int)] {
        guard entries[index].kind == .object else { return [] }
        var result: [(Int, Int)] = []
        var cursor = index + 1
        let end = Int(entries[index].next)
        while cursor < end {
            result.append((cursor, cursor + 1))
            cursor = Int(entries[cursor + 1].next)
        }
        return result
    }

    /// The element indices of the array at `index`.
    func elements(_ index: Int) -> [Int] {
        guard entries[index].kind == .array else { return [] }
        var result: [Int] = []
        var cursor = index + 1
        let end = Int(entries[index].next)
        while cursor < end {
            result.append(cursor)
            cursor = Int(entries[cursor].next)
        }
        return result
    }

    /// Decodes the JSON string at `index` (a `.string` or `.key` entry).
    func string(_ index: Int) -> String {
        let entry = entries[index]
        let start = Int(entry.start), end = Int(entry.end)
        return json.withUnsafeBufferPointer { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !slice.contains(0x5C) { return String(decoding: slice, as: UTF8.self) }
            return Self.unescape(slice)
        }
    }

    func integer(_ index: Int) -> Int? {
        guard entries[index].kind == .number else { return nil }
        var value = 0, negative = false
        for k in Int(entries[index].start)..<Int(entries[index].end) {
            let c = json[k]
            if c == 0x2D { negative = true; continue }
            guard c >= 0x30 && c <= 0x39 else { return nil }
            value = value &* 10 &+ Int(c - 0x30)
        }
        return negative ? -value : value
    }

    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func hexValue(_ c: UInt8) -> UInt32 {
            switch c {
            case 0x30...0x39: UInt32(c - 0x30)
            case 0x41...0x46: UInt32(c - 0x41 + 10)
            case 0x61...0x66: UInt32(c - 0x61 + 10)
            default: 0
            }
        }
        while i < bytes.count {
            let c = bytes[i]
            guard c == 0x5C, i + 1 < bytes.count else { out.append(c); i += 1; continue }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x75 where i + 4 <= bytes.count:
                let scalar = (0..<4).reduce(UInt32(0)) { $0 << 4 | hexValue(bytes[i + $1]) }
                i += 4
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
