import CSQLRisk
@_spi(CABI) import SQLRisk
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// The functions of Sources/CSQLRisk/include/sqlrisk.h. `@c @implementation` makes the compiler
// check every signature against the header's declaration, so the header stays the contract. All of
// the C ABI's pointer code lives in this file; the reports themselves come from the Swift library.
//
// A result is a retained `ResultBox` (ResultBox.swift).

/// Stateless and Sendable: one value serves every thread.
private let classifier = Classifier()

@c @implementation
public func sqlrisk_abi_version() -> CInt {
    SQLRISK_ABI_VERSION
}

@c @implementation
public func sqlrisk_version() -> UnsafePointer<CChar>! {
    VersionString.pointer
}

@c @implementation
public func sqlrisk_classify_level(_ sql: UnsafePointer<CChar>!, _ len: Int) -> sqlrisk_level {
    cLevel(withReport(sql, len) { $0.level })
}

@c @implementation
public func sqlrisk_classify(_ sql: UnsafePointer<CChar>!, _ len: Int) -> OpaquePointer! {
    withReport(sql, len) { ResultBox.make($0, decision: nil) }
}

@c @implementation
public func sqlrisk_result_level(_ result: OpaquePointer!) -> sqlrisk_level {
    guard let box = ResultBox.from(result) else { return SQLRISK_CRITICAL }
    return cLevel(box.report.level)
}

@c @implementation
public func sqlrisk_result_json(_ result: OpaquePointer!) -> UnsafePointer<CChar>! {
    ResultBox.from(result)?.json
}

@c @implementation
public func sqlrisk_result_free(_ result: OpaquePointer!) {
    ResultBox.release(result)
}

/// Classifies the caller's bytes and hands the report to `use`. The library guards its own stack
/// (input the prefilter answers runs where it is called, the full path on a cached large-stack
/// worker), but building a result needs some stack of its own: a caller with less than
/// `resultStack` (plus the library's reserve) does all of it on one worker instead, still one
/// hand-off per call, since the worker's stack holds the whole classification.
func withReport<T>(_ sql: UnsafePointer<CChar>?, _ len: Int, _ use: (Report) -> T) -> T {
    LargeStack.run(stackNeeded: resultStack) { use(classify(sql, len)) } ?? use(classify(sql, len))
}

private let resultStack = 64 << 10

/// Reads the caller's bytes, unless the arguments say there are none to read.
private func classify(_ sql: UnsafePointer<CChar>?, _ len: Int) -> Report {
    // size_t arrives as Int: a length above Int.max shows up negative.
    let length = UInt(bitPattern: len)
    if length == 0 { return classifier.classify(utf8: []) }
    guard let sql else { return ArgumentReports.nullInput(length: length) }
    let limit = classifier.options.limits.maxInputBytes
    guard length <= UInt(limit) else { return ArgumentReports.tooLarge(length: length, limit: limit) }
    return classifier.classify(utf8: Array(UnsafeRawBufferPointer(start: sql, count: Int(length))))
}

func cLevel(_ level: RiskLevel) -> sqlrisk_level {
    sqlrisk_level(rawValue: UInt32(level.rawValue))
}

enum VersionString {
    /// Built once and never freed (`sqlrisk_version()` promises a string for the life of the process).
    nonisolated(unsafe) static let pointer: UnsafePointer<CChar> =
        UnsafePointer(strdup(SQLRiskVersion.description)) ?? UnsafeRawPointer(fallback.utf8Start).assumingMemoryBound(to: CChar.self)

    private static let fallback: StaticString = "sqlrisk"
}
