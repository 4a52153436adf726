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
        // libpg_query's JSON averages 6.8 bytes per value (keys included): room for 1 per 6 bytes
        // makes the buffer grow only for unusually dense trees.
        var reader = Reader(capacity: json.count / 6 + 16)
        defer { reader.deallocate() }
        try json.withUnsafeBufferPointer { try reader.read($0) }
        self.entries = Array(UnsafeBufferPointer(start: reader.entries, count: reader.count))
        self.maxDepth = reader.maxDepth
    }

    /// The one-pass reader. It keeps its entries in a buffer of its own (an `Array.append` per JSON
    /// value, with its uniqueness and capacity checks, made this reader slower than libpg_query's
    /// parse), chains the containers still open through their `next` fields (no stack to allocate),
    /// and touches nothing but its own stored state, so there are no run-time exclusivity checks.
    private struct Reader {
        var entries: UnsafeMutablePointer<Entry>
        var count = 0
        var capacity: Int
        /// The innermost container not yet closed, or -1; its `next` holds the one around it until it closes.
        var top = -1
        var depth = 0
        var maxDepth = 0
        var i = 0

        init(capacity: Int) {
            self.capacity = capacity
            entries = .allocate(capacity: capacity)
        }

        func deallocate() { entries.deallocate() }

        mutating func grow() {
            let larger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: entries, count: count)
            entries.deallocate()
            entries = larger
            capacity *= 2
        }

        @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

        @inline(__always) mutating func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>) {
            while i < bytes.count, Self.isSpace(bytes[i]) { i &+= 1 }
        }

        /// Appends a value; a leaf's `next` is the entry after it, a container's is set when it closes.
        @inline(__always) mutating func append(_ kind: ValueKind, isTrue: Bool = false, _ start: Int, _ end: Int, next: Int) {
            if count == capacity { grow() }
            (entries + count).initialize(to: Entry(kind: kind, isTrue: isTrue, start: Int32(truncatingIfNeeded: start),
                                                   end: Int32(truncatingIfNeeded: end), next: Int32(truncatingIfNeeded: next)))
            count += 1
        }

        @inline(__always) mutating func appendLeaf(_ kind: ValueKind, isTrue: Bool = false, _ start: Int, _ end: Int) {
            append(kind, isTrue: isTrue, start, end, next: count + 1)
        }

        /// A string or key starting at the quote under `i`.
        @inline(__always) mutating func readString(_ bytes: UnsafeBufferPointer<UInt8>, kind: ValueKind) throws {
            i += 1
            let start = i
            let n = bytes.count
            let base = UnsafeRawPointer(bytes.baseAddress!)
            // Eight bytes at a time: the lowest byte of the word that is `"` or `\` (the classic
            // has-zero-byte test on the word xor'ed with each; a borrow only marks bytes above a match).
            while i &+ 8 <= n {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let quote = word ^ 0x2222_2222_2222_2222, backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
                let found = ((quote &- 0x0101_0101_0101_0101) & ~quote | (backslash &- 0x0101_0101_0101_0101) & ~backslash)
                    & 0x8080_8080_8080_8080
                if found == 0 { i &+= 8; continue }
                i &+= found.trailingZeroBitCount >> 3
                if bytes[i] == 0x22 { break }
                i &+= 2   // an escape: skip the backslash and the byte it escapes
            }
            // `&+`: an index below `bytes.count` cannot overflow, and the trap check costs a quarter of the loop.
            while i < n, bytes[i] != 0x22 {
                if bytes[i] == 0x5C { i &+= 1 }
                i &+= 1
            }
            guard i < n else { throw MalformedJSON(offset: start) }
            appendLeaf(kind, start, i)
            i += 1
        }

        /// A member's key and its colon.
        @inline(__always) mutating func readKey(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            try readString(bytes, kind: .key)
            skipSpace(bytes)
            guard i < bytes.count, bytes[i] == 0x3A else { throw MalformedJSON(offset: i) }
            i += 1
        }

        mutating func closeContainer(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            guard top >= 0 else { throw MalformedJSON(offset: i) }
            depth -= 1
            let index = top
            top = Int(entries[index].next)
            entries[index].next = Int32(truncatingIfNeeded: count)
            // A node wrapper is an object whose only member has a capitalised key and an object value.
            if entries[index].kind == .object, index + 2 < count, entries[index + 1].kind == .key,
               entries[index + 2].kind == .object, entries[index + 2].next == Int32(truncatingIfNeeded: count) {
                let key = entries[index + 1]
                let first = bytes[Int(key.start)]
                if first >= 0x41 && first <= 0x5A {
                    entries[index + 2].type = NodeType(bytes: UnsafeBufferPointer(rebasing: bytes[Int(key.start)..<Int(key.end)]))
                }
            }
        }

        /// The reader alternates: expect a value (or a closing bracket), then a separator.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            let n = bytes.count
            while true {
                skipSpace(bytes)
                guard i < n else { break }
                let c = bytes[i]
                switch c {
                case 0x7B, 0x5B: // { [
                    let opened = count
                    append(c == 0x7B ? .object : .array, i, i, next: top)
                    top = opened
                    depth += 1
                    if depth > maxDepth { maxDepth = depth }
                    i += 1
                    skipSpace(bytes)
                    if c == 0x7B, i < n, bytes[i] == 0x22 { try readKey(bytes) }
                    continue
                case 0x7D, 0x5D: // } ]
                    try closeContainer(bytes)
                    i += 1
                case 0x22:
                    try readString(bytes, kind: .string)
                case 0x74: // true
                    appendLeaf(.bool, isTrue: true, i, i + 4)
                    i += 4
                case 0x66: // false
                    appendLeaf(.bool, i, i + 5)
                    i += 5
                case 0x6E: // null
                    appendLeaf(.null, i, i + 4)
                    i += 4
                default:
                    guard c == 0x2D || (c >= 0x30 && c <= 0x39) else { throw MalformedJSON(offset: i) }
                    let start = i
                    i += 1
                    while i < n {
                        let d = bytes[i]
                        guard (d >= 0x30 && d <= 0x39) || d == 0x2E || d == 0x65 || d == 0x45 || d == 0x2B || d == 0x2D else { break }
                        i &+= 1
                    }
                    appendLeaf(.number, start, i)
                }
                // After a value: a comma (then, inside an object, the next key) or a closing bracket.
                skipSpace(bytes)
                guard i < n else { break }
                let separator = bytes[i]
                if separator == 0x2C {
                    i += 1
                    if top >= 0, entries[top].kind == .object {
                        skipSpace(bytes)
                        guard i < n, bytes[i] == 0x22 else { throw MalformedJSON(offset: i) }
                        try readKey(bytes)
                    }
                } else if separator != 0x7D && separator != 0x5D {
                    throw MalformedJSON(offset: i)
                }
            }
            guard top < 0, count > 0 else { throw MalformedJSON(offset: n) }
        }
    }

    // MARK: Reading values

    func keyEquals(_ index: Int, _ name: StaticString) -> Bool {
        json.withUnsafeBufferPointer { bytes in Self.keyEquals(entries[index], name, bytes) }
    }

    @inline(__always) private static func keyEquals(_ key: Entry, _ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(key.end &- key.start)
        guard length == name.utf8CodeUnitCount else { return false }
        let base = name.utf8Start, start = Int(key.start)
        var k = 0
        while k < length, bytes[start &+ k] == base[k] { k &+= 1 }
        return k == length
    }

    /// The value entry of member `name` of the object at `index`, if present. Rules look fields up by
    /// name all the time, so this scans the object's keys with one buffer access for the whole scan.
    func member(_ index: Int, _ name: StaticString) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            guard entries[index].kind == .object else { return nil }
            return json.withUnsafeBufferPointer { bytes in
                var cursor = index + 1
                let end = Int(entries[index].next)
                while cursor < end {
                    if Self.keyEquals(entries[cursor], name, bytes) { return cursor + 1 }
                    cursor = Int(entries[cursor + 1].next)
                }
                return nil
            }
        }
    }

    /// The number of elements of the array at `index` (0 for anything else).
    func elementCount(_ index: Int) -> Int {
        guard entries[index].kind == .array else { return 0 }
        var count = 0
        var cursor = index + 1
        let end = Int(entries[index].next)
        while cursor < end {
            count += 1
            cursor = Int(entries[cursor].next)
        }
        return count
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
