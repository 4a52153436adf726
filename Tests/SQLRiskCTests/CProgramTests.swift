import Foundation
import SQLRisk
import Testing

/// C programs compiled with the system C compiler against sqlrisk.h and the built libsqlrisk.so.
@Suite("C programs", .serialized)
struct CProgramTests {
    @Test("Examples/c/classify.c prints the level and the report")
    func example() throws {
        let program = try Toolbox.compileC([Toolbox.packageRoot.appending(path: "Examples/c/classify.c")], into: "classify")
        let destructive = try Command.run(program.path, ["DELETE FROM users"])
        #expect(destructive.status == 1)
        let lines = destructive.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "destructive")
        #expect(lines[1] == "1:1: delete-without-where (destructive): DELETE without WHERE removes every row of users")
        let report = try JSONDecoder().decode(Report.self, from: Data(lines.last!.utf8))
        #expect(report == Classifier().classify("DELETE FROM users"))

        let safe = try Command.run(program.path, ["--repeat", "200", "SELECT 1"])
        #expect(safe.status == 0)
        #expect(safe.stdout.hasPrefix("safe\n{\"version\":1,\"level\":\"safe\""))

        let usage = try Command.run(program.path, [])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("PostgreSQL"))
    }

    @Test("8 threads × 10,000 mixed calls give byte-identical results to one thread")
    func threads() throws {
        let program = try Toolbox.compileC([Toolbox.cSources.appending(path: "threads.c")], into: "threads")
        let run = try Command.run(program.path, ["8", "10000"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("8 threads calls=80000 mismatches=0"), "\(run.stdout)")
    }

    @Test("threads with 256, 64 and 16 KiB stacks classify everything, deep input included")
    func smallStacks() throws {
        let program = try Toolbox.compileC([Toolbox.cSources.appending(path: "small_stacks.c")], into: "small_stacks")
        let run = try Command.run(program.path, ["256", "64", "16"])
        #expect(run.status == 0, "exit \(run.status)\n\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("DIFFERENT"), "\(run.stdout)")
        #expect(run.stdout.contains("16 KiB stack"), "\(run.stdout)")
    }

    @Test("valgrind: the example loses no memory", .enabled(if: Toolbox.tool("valgrind") != nil, "valgrind is not installed"))
    func noLeaks() throws {
        let program = try Toolbox.compileC([Toolbox.packageRoot.appending(path: "Examples/c/classify.c")], into: "classify-valgrind")
        let run = try Command.run(try #require(Toolbox.tool("valgrind")),
                                  ["--leak-check=full", "--errors-for-leak-kinds=definite", "--error-exitcode=99",
                                   program.path, "--repeat", "200", "DELETE FROM users WHERE id = 1; SELECT 1; \\! oops"])
        #expect(run.status == 1, "critical input: the example exits 1; valgrind's own error exit is 99\n\(run.stderr)")
        #expect(run.stderr.contains("definitely lost: 0 bytes in 0 blocks") || run.stderr.contains("no leaks are possible"), "\(run.stderr)")
    }
}
