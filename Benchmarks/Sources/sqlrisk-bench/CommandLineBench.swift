import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `classify-sql` itself, as a user runs it: the regression corpus as `jsonl` inputs on standard
/// input, timed with `--jobs 1` and `--jobs 2` in alternating order, and its peak RSS as GNU `time`
/// reports it ("Maximum resident set size").
struct CommandLineResult: Codable {
    let executable: String
    let inputs: Int
    let rounds: Int
    /// Median seconds of a run, by job count.
    var secondsByJobs: [String: Double] = [:]
    /// Median over rounds of (time with --jobs 1 / time with --jobs 2).
    var speedupWithTwoJobs: Double?
    /// Peak RSS of a run, by job count, in KiB.
    var peakKiBByJobs: [String: Int] = [:]
    /// Peak RSS of one --jobs 1 run over the same inputs repeated `repeats` times, in KiB.
    var repeats = 4
    var peakKiBRepeated: Int?
}

enum CommandLineBench {
    /// `classify-sql` of the root package's release build, unless given.
    static func locate(_ path: String?) -> String? {
        let candidate = path ?? Workloads.repositoryRoot.appendingPathComponent(".build/release/classify-sql").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static func run(executable: String, statements: [[UInt8]], rounds: Int, log: (String) -> Void) -> CommandLineResult? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlrisk-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let once = directory.appendingPathComponent("regress.jsonl"), repeated = directory.appendingPathComponent("regress-4x.jsonl")
        let lines = jsonLines(statements)
        var result = CommandLineResult(executable: executable, inputs: statements.count, rounds: rounds)
        do {
            try lines.write(to: once)
            try Data(repeating: 0, count: 0).write(to: repeated)
            let handle = try FileHandle(forWritingTo: repeated)
            for _ in 0..<result.repeats { handle.write(lines) }
            try handle.close()
        } catch {
            log("classify-sql: cannot write inputs to \(directory.path): \(error)")
            return nil
        }
        let arguments = { (jobs: Int) in ["--input-format", "jsonl", "--format", "jsonl", "--jobs", String(jobs)] }
        var times: [Int: [Double]] = [1: [], 2: []]
        for round in 0..<rounds {
            for jobs in round % 2 == 0 ? [1, 2] : [2, 1] {
                let errors = directory.appendingPathComponent("stderr.txt").path
                guard let run = spawn(executable, arguments(jobs), stdin: once.path, stderr: errors) else { return nil }
                if run.status == 2, let text = try? String(contentsOfFile: errors, encoding: .utf8) {
                    log("classify-sql exited 2: \(text.split(separator: "\n").first ?? "")")
                }
                times[jobs]!.append(run.seconds)
            }
            log("  classify-sql round \(round + 1)/\(rounds)")
        }
        result.secondsByJobs = ["1": Runner.median(times[1]!), "2": Runner.median(times[2]!)]
        result.speedupWithTwoJobs = Runner.median(zip(times[1]!, times[2]!).map { $0 / $1 })
        for jobs in [1, 2] {
            result.peakKiBByJobs[String(jobs)] = peakRSS(executable, arguments(jobs), stdin: once.path, scratch: directory)
        }
        result.peakKiBRepeated = peakRSS(executable, arguments(1), stdin: repeated.path, scratch: directory)
        return result
    }

    /// Peak RSS in KiB as GNU `time` reports it (`apt-get install -y time`), or nil without it.
    /// (`wait4` on a child spawned from this process is no use: at `exec` Linux carries the spawning
    /// process's peak into the child's.)
    static func peakRSS(_ executable: String, _ arguments: [String], stdin path: String, scratch: URL) -> Int? {
        let time = "/usr/bin/time", output = scratch.appendingPathComponent("time.txt").path
        guard FileManager.default.isExecutableFile(atPath: time),
              spawn(time, ["-f", "%M", "-o", output, executable] + arguments, stdin: path) != nil,
              let text = try? String(contentsOfFile: output, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// `{"sql": "..."}` per statement.
    static func jsonLines(_ statements: [[UInt8]]) -> Data {
        var out: [UInt8] = []
        for statement in statements {
            out.append(contentsOf: Array(#"{"sql":""#.utf8))
            for byte in String(decoding: statement, as: UTF8.self).utf8 {
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case ..<0x20: out.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
                default: out.append(byte)
                }
            }
            out.append(contentsOf: Array("\"}\n".utf8))
        }
        return Data(out)
    }

    /// Runs `executable` with standard input from a file and output discarded; its wall time.
    static func spawn(_ executable: String, _ arguments: [String], stdin path: String, stderr: String = "/dev/null") -> (seconds: Double, status: Int32)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let start = Runner.now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        guard waitpid(pid, &status, 0) == pid else { return nil }
        let seconds = Runner.now() - start
        // Exit 1 and 2 are answers (inputs at or above --fail-on, and inputs SQLRisk cannot read); a
        // signal or a usage error is not.
        let exited = status & 0x7F == 0, code = (status >> 8) & 0xFF
        guard exited, code <= 2 else { return nil }
        return (seconds, code)
    }
}
