import Foundation
import Testing

/// Runs the built `classify-sql` as a subprocess, the way users and scripts do.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard output parsed as one JSON value.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    }

    /// Standard output parsed as one JSON object per line.
    func jsonLines() throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(value as? [String: Any], "not an object: \(line)")
        }
    }
}

enum CommandRunner {
    /// The executable: `$CLASSIFY_SQL` if set, else next to the test bundle (SwiftPM puts products and
    /// the `.xctest` bundle in the same directory), else `.build/debug` of this package.
    static let executable: URL = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CLASSIFY_SQL"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("classify-sql"))
        }
        let mainURL = Bundle.main.bundleURL
        candidates.append(mainURL.appendingPathComponent("classify-sql"))
        candidates.append(mainURL.deletingLastPathComponent().appendingPathComponent("classify-sql"))
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/classify-sql"))
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `classify-sql` with `arguments`, feeding `stdin`; output goes to files, so a large output
    /// can never block the child while we are still writing its input.
    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
                    in directory: URL? = nil) throws -> CommandResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("classify-sql-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: stdin)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func run(_ arguments: String..., stdin: String = "") throws -> CommandResult {
        try run(arguments, stdin: Data(stdin.utf8))
    }
}

/// A temporary directory with files in it, removed when the value is deinitialised.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("classify-sql-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `contents` to `name` and returns its path.
    @discardableResult
    func file(_ name: String, _ contents: String) throws -> String {
        try file(name, bytes: Data(contents.utf8))
    }

    @discardableResult
    func file(_ name: String, bytes: Data) throws -> String {
        let fileURL = url.appendingPathComponent(name)
        try bytes.write(to: fileURL)
        return fileURL.path
    }
}
