/// The prefilter's lexicon in two hash tables over the words' bytes. The scanner looks every word up
/// in the small one (keywords, risky words, names of functions that do more than read); only a name
/// about to be called is looked up among the read-only functions. Function names are stored exactly
/// (as PostgreSQL compares them after folding), keywords in lower case. Separate global constants of
/// plain pointers: reaching them costs neither reference counting nor copying.
enum WordTables {
    /// Keywords with their categories, risky words, dangerous function names.
    static let words = built.words
    /// Functions `FunctionCatalogue` knows to be read-only.
    static let readOnlyFunctions = built.functions
    /// The scanner's byte classes (`CharacterClass`).
    static let classes = WordLookup.Pointer(CharacterClass.makeTable())

    private static let built: (words: WordLookup, functions: WordLookup) = {
        var entries: [[UInt8]: UInt32] = [:]
        var functions: [[UInt8]: UInt32] = [:]
        func add(_ word: String, _ bits: UInt32) { entries[Array(word.utf8), default: 0] |= bits }
        let categories: [(String, KeywordCategory)] = [
            (PrefilterKeywords.unreserved, .unreserved), (PrefilterKeywords.columnName, .columnName),
            (PrefilterKeywords.typeOrFunctionName, .typeOrFunctionName), (PrefilterKeywords.reserved, .reserved),
        ]
        for (list, category) in categories {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { add(String(word), UInt32(category.rawValue) << 8) }
        }
        for keyword in Keyword.allCases where keyword != .none && !keyword.isLookahead { add(keyword.name, UInt32(keyword.rawValue)) }
        for word in RiskyWords.list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { add(String(word), WordInfo.riskyBit) }
        for keyword in [Keyword.not, .nulls, .with] { add(keyword.name, WordInfo.lookaheadBit) }
        for name in FunctionNames.all where name.utf8.count <= WordLookup.maxLength {
            switch FunctionCatalogue.effect(of: name, schema: nil) {
            case .readOnly: functions[Array(name.utf8)] = WordInfo.readOnlyFunctionBit
            case .unknown: break
            default: add(name, WordInfo.dangerousBit)
            }
        }
        return (WordLookup(entries.filter { $0.key.count <= WordLookup.maxLength }), WordLookup(functions))
    }()

    /// Everything both tables know about a word (for tests).
    static func info(of bytes: UnsafePointer<UInt8>, length: Int, fold: Bool) -> WordInfo {
        let info = words.lookup(bytes, length: length, limit: length, fold: fold)
        return WordInfo(raw: info.raw | readOnlyFunctions.lookup(bytes, length: length, limit: length, fold: fold).raw)
    }
}

/// One table's storage, built once and never freed or written after. Words of up to eight bytes (the
/// vast majority) are keyed by those bytes as one 64-bit integer, so a probe is one comparison; longer
/// ones are probed by a 32-bit tag and compared eight bytes at a time in a pool padded for that.
struct WordLookup: @unchecked Sendable {
    /// A pointer that may be shared: the memory behind it never changes.
    struct Pointer<Element>: @unchecked Sendable {
        let base: UnsafePointer<Element>
        init(_ base: UnsafePointer<Element>) { self.base = base }
    }

    struct Entry {
        var info: UInt32 = 0
        var start: UInt32 = 0
        var length: UInt32 = 0
    }

    /// PostgreSQL truncates names to 63 bytes; longer words are never looked up (the scanner refuses them).
    static let maxLength = 63

    /// The words of up to eight bytes and the filter of the longer ones: all the scanner needs to
    /// carry for the common cases.
    struct ShortWords {
        fileprivate let keys: UnsafeMutablePointer<UInt64>
        fileprivate let infos: UnsafeMutablePointer<UInt32>
        fileprivate let shift: UInt64
        fileprivate let mask: Int
        fileprivate let longFilter: UnsafeMutablePointer<UInt64>

        /// False when no word longer than eight bytes in the table starts with the eight bytes of
        /// `first` (folded as the table's words are) and has `length` bytes: most long names.
        @inline(__always) func mayHoldLong(_ first: UInt64, length: Int) -> Bool {
            let bit = WordLookup.filterBit(first, length: length)
            return longFilter[bit >> 6] & (1 &<< UInt64(truncatingIfNeeded: bit & 63)) != 0
        }

        /// The entry for a word of at most eight bytes given as its little-endian key. Every word
        /// is in one of its two slots (cuckoo hashing): two probes and no loop. With linear probing
        /// the loop's exit, as hard to predict as whether a word is a keyword, cost 8% of the
        /// prefilter's time in mispredicted branches (A/B runs of sqlrisk-prefilter-timing).
        @inline(__always) func lookup(_ key: UInt64) -> WordInfo {
            let (first, second) = WordLookup.slots(key, shift: shift, mask: mask)
            let firstInfo = keys[first] == key ? infos[first] : 0
            let secondInfo = keys[second] == key ? infos[second] : 0
            return WordInfo(raw: firstInfo | secondInfo)
        }
    }

    let short: ShortWords
    /// One bit per (first eight bytes, length) of the long words: most long names are in no table,
    /// and this tells so without hashing all their bytes.
    private var longFilter: UnsafeMutablePointer<UInt64> { short.longFilter }
    /// The hash's upper half with the low bit set (0 marks an empty slot).
    private let tags: UnsafeMutablePointer<UInt32>
    private let entries: UnsafeMutablePointer<Entry>
    private let pool: UnsafeMutablePointer<UInt8>
    private let mask: Int

    fileprivate init(_ words: [[UInt8]: UInt32]) {
        let short = words.filter { $0.key.count <= 8 }, long = words.filter { $0.key.count > 8 }
        let shortKeys = short.map { word, info in
            (key: word.withUnsafeBufferPointer { Self.chunk($0.baseAddress!, $0.count, available: $0.count) }, info: info)
        }.sorted { $0.key < $1.key }
        var bits = 8
        while 1 << bits < short.count * 4 { bits += 1 }
        var table = Self.cuckooTable(shortKeys, bits: bits)
        while table == nil {
            bits += 1
            table = Self.cuckooTable(shortKeys, bits: bits)
        }
        let (keys, infos) = table!
        let longFilter = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
        longFilter.initialize(repeating: 0, count: 64)
        for word in long.keys {
            let bit = word.withUnsafeBufferPointer { Self.filterBit(Self.chunk($0.baseAddress!, 8, available: $0.count), length: $0.count) }
            longFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.short = ShortWords(keys: keys, infos: infos, shift: UInt64(64 - bits), mask: (1 << bits) - 1, longFilter: longFilter)
        var capacity = 64
        while capacity < long.count * 2 { capacity *= 2 }
        mask = capacity - 1
        tags = .allocate(capacity: capacity)
        tags.initialize(repeating: 0, count: capacity)
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry(), count: capacity)
        let poolSize = long.keys.reduce(0) { $0 + $1.count } + 8
        pool = .allocate(capacity: poolSize)
        pool.initialize(repeating: 0, count: poolSize)
        var used = 0
        for (word, info) in long.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let hash = word.withUnsafeBufferPointer { Self.hash($0.baseAddress!, length: $0.count, limit: $0.count, fold: false) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while tags[slot] != 0 { slot = (slot + 1) & mask }
            tags[slot] = Self.tag(hash)
            entries[slot] = Entry(info: info, start: UInt32(used), length: UInt32(word.count))
            for byte in word { pool[used] = byte; used += 1 }
        }
    }

    fileprivate static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A key's two slots in a table of `mask + 1` (a power of two, `64 - shift` bits) slots: two bit
    /// ranges of one product.
    @inline(__always) fileprivate static func slots(_ key: UInt64, shift: UInt64, mask: Int) -> (Int, Int) {
        let product = key &* multiplier
        return (Int(truncatingIfNeeded: product &>> shift), Int(truncatingIfNeeded: product &>> (shift &- (64 &- shift))) & mask)
    }

    /// A cuckoo table of `entries` in 2^`bits` slots, or nil when one key keeps displacing others.
    private static func cuckooTable(_ entries: [(key: UInt64, info: UInt32)], bits: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt32>)? {
        let size = 1 << bits, shift = UInt64(64 - bits), mask = size - 1
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        let infos = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
        infos.initialize(repeating: 0, count: size)
        for entry in entries {
            var (key, info) = entry
            var slot = slots(key, shift: shift, mask: mask).0
            var placed = false
            for _ in 0..<64 {
                if keys[slot] == 0 {
                    keys[slot] = key
                    infos[slot] = info
                    placed = true
                    break
                }
                // Take the slot, and move its key to that key's other slot.
                swap(&key, &keys[slot])
                swap(&info, &infos[slot])
                let (first, second) = slots(key, shift: shift, mask: mask)
                slot = slot == first ? second : first
            }
            if !placed {
                keys.deallocate()
                infos.deallocate()
                return nil
            }
        }
        return (keys, infos)
    }

    @inline(__always) private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) | 1 }

    /// What the table knows about the `length` bytes at `bytes` (of which `limit` may be read),
    /// compared after ASCII lower-casing when `fold` (the bytes are then all ASCII).
    @inline(__always) func lookup(_ bytes: UnsafePointer<UInt8>, length: Int, limit: Int, fold: Bool) -> WordInfo {
        guard length <= 8 else { return lookupLong(bytes, length: length, limit: limit, fold: fold) }
        let key = Self.chunk(bytes, length, available: limit)
        return short.lookup(fold ? Self.folded(key) : key)
    }

    /// The filter bit of a long word: 12 bits of a hash of its first eight bytes and its length.
    @inline(__always) fileprivate static func filterBit(_ first: UInt64, length: Int) -> Int {
        Int(truncatingIfNeeded: ((first ^ UInt64(truncatingIfNeeded: length)) &* multiplier) >> 52)
    }

    func lookupLong(_ bytes: UnsafePointer<UInt8>, length: Int, limit: Int, fold: Bool) -> WordInfo {
        var first = Self.chunk(bytes, 8, available: limit)
        if fold { first = Self.folded(first) }
        let bit = Self.filterBit(first, length: length)
        guard longFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .plain }
        let hash = Self.hash(bytes, length: length, limit: limit, fold: fold)
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = tags[slot]
            if stored == 0 { return .plain }
            if stored == tag {
                let entry = entries[slot]
                if Int(entry.length) == length, matches(bytes, limit, pool + Int(entry.start), length, fold: fold) {
                    return WordInfo(raw: entry.info)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Eight bytes at `bytes` (fewer when `count` is smaller, zero-filled), little-endian; `available`
    /// is how many may be read there.
    @inline(__always) static func chunk(_ bytes: UnsafePointer<UInt8>, _ count: Int, available: Int) -> UInt64 {
        if available >= 8 {
            let word = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
            return count >= 8 ? word : word & ((1 &<< (UInt64(truncatingIfNeeded: count) &* 8)) &- 1)
        }
        var word: UInt64 = 0
        for i in 0..<min(count, 8) { word |= UInt64(bytes[i]) << (UInt64(i) * 8) }
        return word
    }

    /// ASCII upper case to lower case in eight bytes at once (all bytes below 0x80).
    @inline(__always) static func folded(_ word: UInt64) -> UInt64 {
        let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return word | (upper >> 2)
    }

    /// The hash of `length` bytes, eight at a time; `limit` is how many bytes may be read at `bytes`.
    static func hash(_ bytes: UnsafePointer<UInt8>, length: Int, limit: Int, fold: Bool) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: length) &* multiplier
        var offset = 0
        repeat {
            var word = chunk(bytes + offset, length - offset, available: limit - offset)
            if fold { word = folded(word) }
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        } while offset < length
        return hash
    }

    private func matches(_ a: UnsafePointer<UInt8>, _ limit: Int, _ b: UnsafePointer<UInt8>, _ length: Int, fold: Bool) -> Bool {
        var offset = 0
        repeat {
            var word = Self.chunk(a + offset, length - offset, available: limit - offset)
            if fold { word = Self.folded(word) }
            // The pool is padded: eight bytes can always be read there.
            if word != Self.chunk(b + offset, length - offset, available: 8) { return false }
            offset += 8
        } while offset < length
        return true
    }
}
