import Foundation
import Testing

/// Runs copies of the `sqlrisk-gate-stress` helper at once (built next to the test bundle).
enum GateProcesses {
    static let helper: URL = {
        var candidates: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("sqlrisk-gate-stress"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/sqlrisk-gate-stress"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Starts every argument list as its own process, all before waiting for any; returns their outputs.
    static func runAtOnce(_ argumentLists: [[String]]) throws -> [(status: Int32, output: String)] {
        let started = try argumentLists.map { arguments -> (Process, Pipe) in
            let process = Process()
            process.executableURL = helper
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        return started.map { process, pipe in
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, output)
        }
    }

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sqlrisk-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A temporary directory removed when the value goes away (one per test: Swift Testing makes a fresh
/// suite value for each).
final class GateScratch {
    let url: URL
    init() throws { url = try GateProcesses.scratchDirectory() }
    deinit { try? FileManager.default.removeItem(at: url) }
}
