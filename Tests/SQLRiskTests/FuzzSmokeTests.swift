import Foundation
import Testing

/// A short coverage-guided fuzz run of the classifier (scripts/fuzz.sh). It needs a release build with
/// sanitizers (about a minute on two cores), so it runs in CI (CI=true) or when SQLRISK_FUZZ_SECONDS
/// is set, not on every local `swift test`.
@Suite struct FuzzSmokeTests {
    static let seconds = ProcessInfo.processInfo.environment["SQLRISK_FUZZ_SECONDS"]
        ?? (ProcessInfo.processInfo.environment["CI"] == "true" ? "45" : nil)
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(.enabled(if: seconds != nil, "set SQLRISK_FUZZ_SECONDS (CI sets CI=true) to fuzz"))
    func fuzzingFindsNoCrash() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("scripts/fuzz.sh").path, Self.seconds ?? "45"]
        process.currentDirectoryURL = Self.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let tail = log.split(separator: "\n").suffix(15).joined(separator: "\n")
        #expect(process.terminationStatus == 0, "fuzzer failed:\n\(tail)")
        #expect(log.contains("stat::number_of_executed_units"), "the fuzzer did not run:\n\(tail)")
    }
}
