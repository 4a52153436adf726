import Foundation
import Testing

/// The hand-written sqlrisk.h is the contract. `@c @implementation` already makes the Swift compiler
/// reject an implementation whose signature differs from the header's; these tests close the gaps
/// the compiler leaves: functions declared but not implemented, exported but not declared, or
/// exported by a plain `@c` with a prototype that conflicts with the header.
@Suite("sqlrisk.h drift")
struct HeaderDriftTests {
    /// SwiftPM's generated header for the SQLRiskC target.
    var generatedHeaderDirectory: URL { Toolbox.productsDirectory.appending(path: "SQLRiskC.build/include") }

    @Test("sqlrisk.h and the Swift-generated SQLRiskC-Swift.h compile together")
    func headersCompileTogether() throws {
        let generated = generatedHeaderDirectory.appending(path: "SQLRiskC-Swift.h")
        try #require(FileManager.default.fileExists(atPath: generated.path), "no \(generated.path)")
        let run = try Command.run(try Toolbox.cCompiler(), [
            "-fsyntax-only", "-std=c11", "-Wno-attributes", "-I", Toolbox.header.path, "-I", generatedHeaderDirectory.path,
            Toolbox.cSources.appending(path: "drift.c").path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("libsqlrisk.so exports exactly the functions sqlrisk.h declares")
    func exportsMatchTheHeader() throws {
        let preprocessed = try Command.run(try Toolbox.cCompiler(), ["-E", "-P", Toolbox.header.appending(path: "sqlrisk.h").path])
        try #require(preprocessed.status == 0, "\(preprocessed.stderr)")
        let declared = Set(preprocessed.stdout.matches(of: /\b(sqlrisk_[a-z_]+)\s*\(/).map { String($0.1) })
        #expect(declared.count == 19)  // 7 of round 1, 12 of round 2

        let nm = try #require(Toolbox.tool("nm", "llvm-nm"), "no nm")
        let symbols = try Command.run(nm, ["-D", "--defined-only", try Toolbox.library().path])
        try #require(symbols.status == 0, "\(symbols.stderr)")
        let exported = Set(symbols.stdout.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[1] == "T", fields[2].hasPrefix("sqlrisk_") else { return nil }
            return String(fields[2])
        })
        #expect(exported == declared)
    }

    @Test("every exported Swift function is @c @implementation, so the compiler checks it against the header")
    func everyExportIsAnImplementation() throws {
        let source = try String(contentsOf: Toolbox.packageRoot.appending(path: "Sources/SQLRiskC/Exports.swift"), encoding: .utf8)
        let exports = source.matches(of: /@c\b[^\n]*\n?[^\n]*func (\w+)/)
        #expect(exports.count == 7)
        for export in exports {
            #expect(export.0.contains("@implementation"), "\(export.1) is @c without @implementation")
        }
    }
}
