import Foundation
import Testing

/// scripts/install.sh into a fresh prefix, then the C example built the way a user builds it.
@Suite("install.sh and pkg-config")
struct InstallTests {
    @Test func exampleBuildsWithPkgConfigAgainstAnInstalledPrefix() throws {
        let pkgConfig = try #require(Toolbox.tool("pkg-config", "pkgconf"), "no pkg-config")
        _ = try Toolbox.library()
        let prefix = try Toolbox.scratchDirectory().appending(path: "prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = try Command.run(Toolbox.packageRoot.appending(path: "scripts/install.sh").path,
                                      ["--prefix", prefix.path, "--from", Toolbox.productsDirectory.path])
        try #require(install.status == 0, "\(install.stderr)")
        for file in ["bin/classify-sql", "lib/libsqlrisk.so.1", "lib/libsqlrisk.so", "include/sqlrisk.h", "lib/pkgconfig/sqlrisk.pc"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appending(path: file).path), "\(file)")
        }
        let environment = ["PKG_CONFIG_PATH": prefix.appending(path: "lib/pkgconfig").path]
        let flags = try Command.run(pkgConfig, ["--cflags", "--libs", "sqlrisk"], environment: environment)
        try #require(flags.status == 0, "\(flags.stderr)")
        let program = prefix.appending(path: "classify")
        // As the README says: the pkg-config flags first, then the program.
        let arguments = flags.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
            + [Toolbox.packageRoot.appending(path: "Examples/c/classify.c").path, "-o", program.path]
        let compiled = try Command.run(try Toolbox.cCompiler(), arguments)
        try #require(compiled.status == 0, "\(compiled.stderr)")
        let run = try Command.run(program.path, ["TRUNCATE t"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("destructive\n1:1: truncate (destructive)"))
        let readelf = try #require(Toolbox.tool("readelf", "llvm-readelf"), "no readelf")
        let dynamic = try Command.run(readelf, ["-d", prefix.appending(path: "lib/libsqlrisk.so.1").path])
        #expect(dynamic.stdout.contains("Library soname: [libsqlrisk.so.1]"))
        let needed = try Command.run(readelf, ["-d", program.path])
        #expect(needed.stdout.contains("Shared library: [libsqlrisk.so.1]"))
    }
}
