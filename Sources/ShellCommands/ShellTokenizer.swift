/// Reads a POSIX shell command line (with the bash extensions agents use: `$'…'`, `<<<`, `&>`, `|&`,
/// `<(…)`) into a `CommandList`. One pass over the bytes; nesting (`$(…)`, backticks) recurses at most
/// `Limits.maxDepth` levels, and every loop consumes input, so no input hangs it.
public enum ShellTokenizer {
    public struct Limits: Sendable {
        public var maxBytes: Int
        public var maxDepth: Int
        public var maxWords: Int
        public init(maxBytes: Int = 1 << 20, maxDepth: Int = 32, maxWords: Int = 100_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxWords = maxWords
        }
    }

    public static func parse(_ source: String, limits: Limits = Limits()) throws(ShellSyntaxError) -> CommandList {
        try parse(utf8: Array(source.utf8), limits: limits)
    }

    public static func parse(utf8 bytes: [UInt8], limits: Limits = Limits()) throws(ShellSyntaxError) -> CommandList {
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        var reader = ShellReader(bytes: bytes, limits: limits)
        let list = try reader.parseList(closing: nil, depth: 0)
        return reader.attachHereDocuments(list, depth: 0)
    }
}

/// The cursor over the bytes, shared by the nested readers of `$(…)`.
struct ShellReader {
    let bytes: [UInt8]
    let limits: ShellTokenizer.Limits
    var index = 0
    var wordCount = 0
    /// Here-documents waiting for the next newline, by id.
    var pendingHereDocuments: [(id: Int, delimiter: String, quoted: Bool, stripTabs: Bool)] = []
    var hereDocuments: [Int: HereDocument] = [:]
    var nextHereDocumentID = 0

    init(bytes: [UInt8], limits: ShellTokenizer.Limits) {
        self.bytes = bytes
        self.limits = limits
    }

    var atEnd: Bool { index >= bytes.count }
    func peek(_ offset: Int = 0) -> UInt8? {
        let position = index + offset
        return position < bytes.count ? bytes[position] : nil
    }

    func checkDepth(_ depth: Int) throws(ShellSyntaxError) {
        if depth > limits.maxDepth { throw .tooDeep(limit: limits.maxDepth) }
    }
}

extension UInt8 {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
    static let backslash = UInt8(ascii: "\\"), singleQuote = UInt8(ascii: "'"), doubleQuote = UInt8(ascii: "\"")
    static let dollar = UInt8(ascii: "$"), backtick = UInt8(ascii: "`"), hash = UInt8(ascii: "#")
    static let openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">"), ampersand = UInt8(ascii: "&")
    static let pipe = UInt8(ascii: "|"), semicolon = UInt8(ascii: ";"), equals = UInt8(ascii: "=")

    /// Ends an unquoted word.
    var isWordBreak: Bool {
        switch self {
        case .space, .tab, .newline, .semicolon, .ampersand, .pipe, .less, .greater, .openParen, .closeParen: true
        default: false
        }
    }
    var isNameStart: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || self == 0x5F }
    var isNameCharacter: Bool { isNameStart || isDigit }
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
