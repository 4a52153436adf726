import Synchronization

/// An audit log that could not be written; a gate answers `deny` rather than run unaudited SQL.
public struct AuditLogError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The hash-chained JSON Lines audit log (SPEC §7). Each event is one line, appended with `O_APPEND`
/// and a single `write(2)`, whose `hash` is SHA-256 over the previous line's hash and this line's
/// canonical bytes, so an edited, inserted or deleted line breaks the chain (`classify-sql audit verify`).
///
/// Several processes may append to one file at once: each append holds an `flock` on the file while
/// it reads the last hash and writes its line, so the chain stays one chain.
public struct AuditLog: Sendable {
    public enum Destination: Sendable, Equatable {
        case file(String)
        /// Standard error, for a gate run by hand; the chain starts afresh with each process.
        case standardError
    }

    public let destination: Destination
    /// Log statement text verbatim instead of with `$n` placeholders (`--audit-values`).
    public let includeValues: Bool
    private let standardErrorChain: StandardErrorChain

    /// `prev` of a log's first line.
    public static let genesisHash = String(repeating: "0", count: 64)

    public init(destination: Destination, includeValues: Bool = false) {
        self.destination = destination
        self.includeValues = includeValues
        self.standardErrorChain = StandardErrorChain()
    }

    public init(path: String, includeValues: Bool = false) {
        self.init(destination: .file(path), includeValues: includeValues)
    }

    /// Appends one event and returns its hash.
    @discardableResult
    public func append(_ event: AuditEvent) throws(AuditLogError) -> String {
        switch destination {
        case .file(let path):
            do {
                let file = try OpenFile.readWrite(path, append: true)
                try file.lock(exclusive: true)
                defer { file.unlock() }
                let prev = try Self.lastHash(of: file)
                let (line, hash) = Self.line(for: event, prev: prev)
                try file.writeOnce(line)
                return hash
            } catch {
                throw AuditLogError("audit log: \(error.description)")
            }
        case .standardError:
            return standardErrorChain.append { prev in
                let (line, hash) = Self.line(for: event, prev: prev)
                let file = OpenFile.standardError
                try? file.writeOnce(line)
                return hash
            }
        }
    }

    /// The line to append (with its newline) and its hash.
    static func line(for event: AuditEvent, prev: String) -> ([UInt8], String) {
        var canonical = event.canonicalBytes(prev: prev)
        var hasher = SHA256()
        hasher.update(prev.utf8)
        hasher.update(canonical)
        let hash = hasher.finalizeHex()
        canonical.removeLast()  // the closing brace: the hash member goes inside it
        canonical.append(contentsOf: ",\"hash\":\"\(hash)\"}\n".utf8)
        return (canonical, hash)
    }

    /// The hash on the file's last line: read backwards from the end, a block at a time.
    static func lastHash(of file: OpenFile) throws(SystemCallError) -> String {
        let size = file.size
        guard size > 0 else { return genesisHash }
        let suffixLength = hashSuffixLength + 1  // `,"hash":"<64>"}` and the newline
        guard size >= suffixLength else { throw SystemCallError(description: "\(file.path) does not end with an audit event") }
        let tail = try file.read(at: size - suffixLength, count: suffixLength)
        guard tail.last == 0x0A, let hash = hash(fromSuffix: tail.dropLast()) else {
            throw SystemCallError(description: "the last line of \(file.path) is not a complete audit event; run 'classify-sql audit verify \(file.path)'")
        }
        return hash
    }

    static let hashPrefix = Array(",\"hash\":\"".utf8)
    static var hashSuffixLength: Int { hashPrefix.count + 64 + 2 }

    /// The hash in `,"hash":"<64 hex>"}` at the end of `line`, or nil when the line does not end so.
    static func hash<C: Collection>(fromSuffix line: C) -> String? where C.Element == UInt8, C.Index == Int {
        guard line.count >= hashSuffixLength else { return nil }
        let suffix = Array(line[(line.endIndex - hashSuffixLength)...])
        guard Array(suffix.prefix(hashPrefix.count)) == hashPrefix, suffix.suffix(2) == [0x22, 0x7D] else { return nil }
        let digits = suffix[hashPrefix.count..<(hashPrefix.count + 64)]
        guard digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }
}

/// The chain of a log written to standard error lives in the process: appends from several threads
/// take turns so that each sees the previous hash.
private final class StandardErrorChain: Sendable {
    private let last = Mutex(AuditLog.genesisHash)

    func append(_ write: (String) -> String) -> String {
        last.withLock { prev in
            let hash = write(prev)
            prev = hash
            return hash
        }
    }
}
