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
    ResultBox.make(withReport(sql, len) { $0 }, decision: nil)
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

/// Stack one classification may need on the thread it runs on, the parse aside (the library gives a
/// deep parse a thread of its own): rule walks recurse a bounded number of levels, about 5 KiB a
/// level in a debug build (constant folding: 64 levels), and bodies nest 8 deep.
private let stackBudget = 1 << 20

/// Classifies the caller's bytes and hands the report to `use`, both on a thread with `stackBudget`
/// of free stack: the caller's own when it has that much, else a helper thread (a C caller's thread
/// may have a tiny stack).
func withReport<T>(_ sql: UnsafePointer<CChar>?, _ len: Int, _ use: (Report) -> T) -> T {
    LargeStack.run(stackNeeded: stackBudget) { use(classify(sql, len)) } ?? use(ArgumentReports.noThread)
}

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
