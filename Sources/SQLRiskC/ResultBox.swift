@_spi(CABI) import SQLRisk
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What an `sqlrisk_result *` points at: the report, its findings' C strings (made once, borrowed by
/// `sqlrisk_result_finding`), the decision, and the JSON, built the first time it is asked for.
/// Immutable apart from that one lazily filled field, which a lock guards: several threads may read
/// one result at once.
final class ResultBox: Sendable {
    let report: Report
    let decision: Decision
    /// Every finding in report order, with its statement index.
    let findings: [(statement: Int, finding: Finding)]
    private let strings: CStrings
    private let statementKinds: CStrings
    private let lazyJSON = Mutex<UnsafeMutablePointer<CChar>?>(nil)

    private init(report: Report, decision: Decision?) {
        self.report = report
        self.decision = decision ?? Policy.builtInDefault.decision(for: report.level, profile: "default")
        findings = report.statements.flatMap { statement in statement.findings.map { (statement.index, $0) } }
        strings = CStrings(findings.flatMap { [$0.finding.rule, $0.finding.message, $0.finding.hint] })
        statementKinds = CStrings(report.statements.flatMap { [$0.kind, $0.fingerprint ?? ""] })
    }

    deinit {
        lazyJSON.withLock { if let json = $0 { free(json) } }
    }

    static func make(_ report: Report, decision: Decision?) -> OpaquePointer {
        OpaquePointer(Unmanaged.passRetained(ResultBox(report: report, decision: decision)).toOpaque())
    }

    static func from(_ result: OpaquePointer?) -> ResultBox? {
        result.map { Unmanaged<ResultBox>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue() }
    }

    static func release(_ result: OpaquePointer?) {
        guard let result else { return }
        Unmanaged<ResultBox>.fromOpaque(UnsafeRawPointer(result)).release()
    }

    var json: UnsafePointer<CChar>? {
        lazyJSON.withLock { json in
            // Rendering needs more stack than a C caller's tiny thread may have: one hand-off at most.
            if json == nil { json = LargeStack.run(stackNeeded: 64 << 10) { strdup(report.json) } ?? nil }
            return json.map { UnsafePointer($0) }
        }
    }

    /// The kind and fingerprint (nil when absent) of statement `index`.
    func texts(ofStatement index: Int) -> (kind: UnsafePointer<CChar>, fingerprint: UnsafePointer<CChar>?) {
        (statementKinds[2 * index], report.statements[index].fingerprint == nil ? nil : statementKinds[2 * index + 1])
    }

    /// The rule, message and hint of finding `index`.
    func texts(of index: Int) -> (rule: UnsafePointer<CChar>, message: UnsafePointer<CChar>, hint: UnsafePointer<CChar>) {
        (strings[3 * index], strings[3 * index + 1], strings[3 * index + 2])
    }
}

/// NUL-terminated copies of strings in one allocation, freed with their owner.
final class CStrings: @unchecked Sendable {
    private let base: UnsafeMutablePointer<CChar>
    private let starts: [Int]

    init(_ strings: [String]) {
        var starts: [Int] = []
        var total = 0
        for string in strings {
            starts.append(total)
            total += string.utf8.count + 1
        }
        base = .allocate(capacity: max(1, total))
        for (string, start) in zip(strings, starts) {
            var offset = start
            for byte in string.utf8 {
                base[offset] = CChar(bitPattern: byte)
                offset += 1
            }
            base[offset] = 0
        }
        self.starts = starts
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> UnsafePointer<CChar> { UnsafePointer(base + starts[index]) }
}
