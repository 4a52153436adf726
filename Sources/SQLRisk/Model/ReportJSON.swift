/// The report as JSON (SPEC §2), written by hand so the library needs no Foundation and the C ABI
/// can return it cheaply. Keys come in the order of the SPEC; `JSONDecoder` reads it back as a `Report`.
extension Report {
    /// Compact JSON on one line.
    public var json: String {
        let out = JSONWriter()
        // Links between findings are part of a policy's answer; reports without one keep their shape.
        let decided = decision != nil
        out.object {
            out.member("version") { out.number(version) }
            out.member("level") { out.string(level.name) }
            out.member("statements") {
                out.array(statements) { statement in
                    out.object {
                        out.member("index") { out.number(statement.index) }
                        out.member("location") { out.number(statement.location) }
                        out.member("length") { out.number(statement.length) }
                        out.member("line") { out.number(statement.line) }
                        out.member("column") { out.number(statement.column) }
                        out.member("kind") { out.string(statement.kind) }
                        out.member("level") { out.string(statement.level.name) }
                        if let fingerprint = statement.fingerprint { out.member("fingerprint") { out.string(fingerprint) } }
                        out.member("reads") { out.array(statement.reads) { out.string($0) } }
                        out.member("writes") { out.array(statement.writes) { out.string($0) } }
                        out.member("findings") {
                            out.array(statement.findings) { finding in
                                out.object {
                                    out.member("rule") { out.string(finding.rule) }
                                    out.member("level") { out.string(finding.level.name) }
                                    out.member("message") { out.string(finding.message) }
                                    out.member("hint") { out.string(finding.hint) }
                                    out.member("location") { out.number(finding.location) }
                                    out.member("length") { out.number(finding.length) }
                                    out.member("line") { out.number(finding.line) }
                                    out.member("column") { out.number(finding.column) }
                                    out.member("objects") { out.array(finding.objects) { out.string($0) } }
                                    if decided, let causes = finding.derivedFrom {
                                        out.member("derived_from") { out.array(causes) { out.number($0) } }
                                    }
                                    if let allowedBy = finding.allowedBy { out.member("allowed_by") { out.string(allowedBy) } }
                                }
                            }
                        }
                    }
                }
            }
            if let decision { out.member("decision") { out.string(decision.name) } }
            if let profile { out.member("profile") { out.string(profile) } }
            if let reasons {
                out.member("reasons") {
                    out.array(reasons) { reason in
                        out.object {
                            out.member("rule") { out.string(reason.rule) }
                            out.member("level") { out.string(reason.level.name) }
                            out.member("statement") { out.number(reason.statement) }
                            out.member("message") { out.string(reason.message) }
                            out.member("hint") { out.string(reason.hint) }
                        }
                    }
                }
            }
        }
        return out.text
    }
}

/// A minimal JSON writer: objects, arrays, strings, integers.
public final class JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init() {}

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func object(_ body: () -> Void) {
        open(0x7B)
        body()
        close(0x7D)
    }

    public func array<S: Sequence>(_ elements: S, _ element: (S.Element) -> Void) {
        open(0x5B)
        for item in elements {
            separate()
            element(item)
            needsComma = true
        }
        close(0x5D)
    }

    public func member(_ key: String, _ value: () -> Void) {
        separate()
        string(key)
        bytes.append(0x3A)
        needsComma = false
        value()
        needsComma = true
    }

    public func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends already-encoded JSON as a value.
    public func raw(_ json: String) {
        bytes.append(contentsOf: json.utf8)
    }

    public func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        // One pass over contiguous UTF-8, copying each run of bytes that need no escape in one append:
        // appending byte by byte to this class's array paid an exclusivity check per byte.
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let digits = hex.utf8Start
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(0x22)
    }

    private func separate() {
        if needsComma { bytes.append(0x2C) }
        needsComma = false
    }

    private func open(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = false
    }

    private func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }
}
