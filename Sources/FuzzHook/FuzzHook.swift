import AgentHook
import SQLRisk
import ShellCommands
#if canImport(Glibc)
import Glibc
#endif

/// Coverage-guided fuzzing of the hook's shell tokenizer and payload reader (libFuzzer):
/// `FUZZ_PRODUCT=sqlrisk-hook-fuzz scripts/fuzz.sh -runs=1000000`. Built normally, it replays files.
///
/// Each input is tried three ways: as a command line, as a whole event payload, and as the command of a
/// Claude Code `Bash` event. Besides "no crash", SQL the hook cannot see must never come out `allow`.
enum FuzzTarget {
    static let gate = Gate(policy: .builtInDefault)
    static let protectedPaths = ProtectedPaths(home: "/home/fuzz")

    static func check(_ bytes: [UInt8]) {
        _ = try? ShellTokenizer.parse(utf8: bytes)
        var options = HookRunner.Options()
        options.isolated = false
        options.home = "/home/fuzz"
        options.configHome = "/nonexistent"
        _ = HookRunner.decide(bytes, options: options)

        let command = String(decoding: bytes, as: UTF8.self)
        let analysis = ShellAnalyzer.analyze(command, cwd: "/nonexistent-fuzz-cwd", home: "/home/fuzz", protectedPaths: protectedPaths,
                                             fileReader: { _ in .failure("fuzzing reads no files") })
        let verdict = HookEvaluator(gate: gate).evaluate(analysis, context: ToolCallContext(host: "claude", session: nil, toolName: "Bash", cwd: nil))
        let unknown = analysis.actions.contains { $0.inputs.contains { if case .unknown = $0 { return true } else { return false } } }
        if unknown { precondition(verdict.decision != nil && verdict.decision != .allow, "unknown SQL was allowed") }
        if !analysis.protectedWrites.isEmpty { precondition(verdict.decision == .deny, "a protected write was not denied") }
        let payload = "{\"hook_event_name\":\"PreToolUse\",\"permission_mode\":\"default\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":"
            + JSONWriter.quote(command) + "}}"
        _ = HookRunner.decide(Array(payload.utf8), options: options)
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzTarget.check(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }
}
#else
@main
enum Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        for path in paths {
            guard let file = fopen(path, "rb") else { print("cannot read \(path)"); continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            fclose(file)
            FuzzTarget.check(bytes)
        }
        print("replayed \(paths.count) inputs")
    }
}
#endif
