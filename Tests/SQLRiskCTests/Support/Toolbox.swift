import Foundation
import Testing

/// Where things are: the package, the build products (`libsqlrisk.so` and the test binary sit in
/// the same directory), and the tools the tests drive.
enum Toolbox {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let header = packageRoot.appending(path: "Sources/CSQLRisk/include")
    static let cSources = packageRoot.appending(path: "Tests/SQLRiskCTests/C")

    /// The directory of the running test binary: SwiftPM's products directory for this build
    /// (whatever the configuration or `--scratch-path`).
    static let productsDirectory: URL = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent()
    }()

    /// libsqlrisk.so as `swift build` / `swift test` left it.
    static func library() throws -> URL {
        let library = productsDirectory.appending(path: "libsqlrisk.so")
        try #require(FileManager.default.fileExists(atPath: library.path),
                     "libsqlrisk.so is not in \(productsDirectory.path); `swift test` builds it with the tests, `swift build --product sqlrisk` alone")
        return library
    }

    /// The first of `names` found on PATH (or next to the Swift toolchain's binaries).
    static func tool(_ names: String...) -> String? {
        var directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        if let swift = directories.first(where: { FileManager.default.isExecutableFile(atPath: $0 + "/swift") }) {
            directories.append(swift)
        }
        for name in names {
            for directory in directories where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
                return directory + "/" + name
            }
        }
        return nil
    }

    /// The system C compiler: `$CC`, else cc, gcc or clang.
    static func cCompiler() throws -> String {
        if let cc = ProcessInfo.processInfo.environment["CC"], !cc.isEmpty {
            return try #require(cc.contains("/") ? cc : tool(cc), "CC=\(cc) is not an executable")
        }
        return try #require(tool("cc", "gcc", "clang"), "No C compiler found (cc, gcc or clang); set CC")
    }

    /// Compiles C sources against sqlrisk.h and libsqlrisk.so (rpath set) and returns the program.
    static func compileC(_ sources: [URL], into name: String) throws -> URL {
        let library = try library()
        // Programs ask for the SONAME, libsqlrisk.so.1, as installed: the build directory gets the link
        // an install makes.
        let versioned = library.deletingLastPathComponent().appending(path: "libsqlrisk.so.1")
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: versioned.path)) == nil {
            try? FileManager.default.removeItem(at: versioned)
            try FileManager.default.createSymbolicLink(atPath: versioned.path, withDestinationPath: "libsqlrisk.so")
        }
        let output = try scratchDirectory().appending(path: name)
        let arguments = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-O1", "-I", header.path, "-I", cSources.path]
            + sources.map(\.path)
            + ["-o", output.path, "-L", library.deletingLastPathComponent().path, "-lsqlrisk",
               "-Wl,-rpath," + library.deletingLastPathComponent().path, "-lpthread"]
        let result = try Command.run(try cCompiler(), arguments)
        try #require(result.status == 0, "C compilation failed:\n\(result.stderr)")
        return output
    }

    /// A directory for the programs the tests build, inside the build directory (so `rm -rf .build`
    /// removes it too).
    static func scratchDirectory() throws -> URL {
        let directory = productsDirectory.appending(path: "SQLRiskCTests.scratch")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}

/// A finished child process.
struct Command {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `executable` to completion; output goes through files, so no pipe can fill up and block.
    /// `replacingEnvironment`: the child gets exactly `environment`, not this process's merged with it.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    in directory: URL? = nil, replacingEnvironment: Bool = false) throws -> Command {
        let scratch = try Toolbox.scratchDirectory()
        let id = UUID().uuidString
        let outURL = scratch.appending(path: "\(id).out"), errURL = scratch.appending(path: "\(id).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = replacingEnvironment ? environment : ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Command(status: status, stdout: try String(contentsOf: outURL, encoding: .utf8),
                       stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
