import SQLRisk
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `classify-sql hook`: one pre-tool-use event in, the host's answer out.
public enum HookRunner {
    public struct Options: Sendable {
        public var host: HookHost?
        public var policyPath: String?
        public var profile: String?
        public var timeoutSeconds: Double = 2
        /// Run in-process (tests, the fuzzer); the command line isolates the work in a child process.
        public var isolated = true
        public var home: String? = FileAccess.environment("HOME")
        public var configHome: String? = FileAccess.environment("XDG_CONFIG_HOME")
        public var stateHome: String? = FileAccess.environment("XDG_STATE_HOME")

        public init() {}
    }

    public static let usage = """
        usage: classify-sql hook [--host claude|gemini|codex|cursor|copilot] [--policy FILE] [--profile NAME] [--timeout SECONDS]
               classify-sql hook install --host H [--scope user|project] [--dry-run] [--command CMD]
               classify-sql hook doctor [--host H] [--scope user|project]
        Reads one pre-tool-use event on standard input and answers in the host's format (Documentation/Agent-Hook.md).
        """

    public static let maxEventBytes = 16 << 20

    /// The command line entry: returns the process exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        if arguments.first == "install" { return HookInstaller.main(Array(arguments.dropFirst())) }
        if arguments.first == "doctor" { return HookDoctor.main(Array(arguments.dropFirst())) }
        var options = Options()
        var position = 0
        func value() -> String? {
            position += 1
            return position < arguments.count ? arguments[position] : nil
        }
        while position < arguments.count {
            switch arguments[position] {
            case "--host":
                guard let name = value(), let host = HookHost(rawValue: name) else { return usageError("--host needs one of claude, gemini, codex, cursor, copilot") }
                options.host = host
            case "--policy": guard let path = value() else { return usageError("--policy needs a file") }; options.policyPath = path
            case "--profile": guard let name = value() else { return usageError("--profile needs a name") }; options.profile = name
            case "--timeout":
                guard let text = value(), let seconds = Double(text), seconds > 0, seconds <= 600 else { return usageError("--timeout needs seconds (0–600)") }
                options.timeoutSeconds = seconds
            case "--help", "-h":
                writeAll(1, usage + "\n")
                return 0
            default:
                return usageError("unknown argument \(arguments[position])")
            }
            position += 1
        }
        let input = readStandardInput(limit: maxEventBytes)
        let answer = answer(for: input, options: options)
        writeAll(1, answer.standardOutput)
        writeAll(2, answer.standardError)
        return answer.exitStatus
    }

    static func usageError(_ message: String) -> Int32 {
        writeAll(2, "classify-sql hook: \(message)\n\(usage)\n")
        return 64
    }

    /// The answer to one event, isolated and under the deadline when `options.isolated`.
    public static func answer(for input: [UInt8], options: Options) -> HostAnswer {
        guard options.isolated else { return decide(input, options: options) }
        let milliseconds = Int32(options.timeoutSeconds * 1000)
        switch IsolatedRun.run(deadlineMilliseconds: milliseconds, { decide(input, options: options) }) {
        case .answered(let answer): return answer
        case .timedOut: return failClosed(input, options: options, reason: "the hook did not decide within its \(options.timeoutSeconds) s deadline")
        case .crashed(let reason): return failClosed(input, options: options, reason: reason)
        }
    }

    /// The decision itself: read the event, analyse the tool call, decide through the Gate.
    public static func decide(_ input: [UInt8], options: Options) -> HostAnswer {
        if input.count >= maxEventBytes {
            return failClosed(input, options: options, reason: "the event is larger than \(maxEventBytes) bytes")
        }
        let event: HookEvent
        do { event = try HookEvent.read(input, host: options.host) } catch {
            return failClosed(input, options: options, reason: error.description)
        }
        let router = ToolCallRouter(protectedPaths: ProtectedPaths(home: options.home, configHome: options.configHome, stateHome: options.stateHome),
                                    home: options.home)
        let analysis = router.analyze(event)
        guard analysis.isDatabaseAction || !analysis.protectedWrites.isEmpty else { return .passThrough }
        let context = ToolCallContext(host: event.host.rawValue, session: event.sessionID, toolName: event.toolName, cwd: event.cwd,
                                      profile: options.profile)
        let gate: Gate
        do {
            gate = try HookPolicyLoader.load(policyPath: options.policyPath, cwd: event.cwd, home: options.home, configHome: options.configHome)
        } catch {
            let verdict = denial(reason: "sqlrisk: deny — \(error.description); every database action is refused until the policy can be read")
            return HostAnswer.render(verdict, host: event.host, eventName: event.eventName)
        }
        let verdict = HookEvaluator(gate: gate).evaluate(analysis, context: context)
        return HostAnswer.render(verdict, host: event.host, eventName: event.eventName)
    }

    static func denial(reason: String) -> HookVerdict {
        HookVerdict(decision: .deny, items: [], reason: reason)
    }

    /// A failure: deny when the event may reach a database, pass anything else through unchanged.
    static func failClosed(_ input: [UInt8], options: Options, reason: String) -> HostAnswer {
        guard DatabaseMention.mentionsDatabase(utf8: input.count > (1 << 20) ? Array(input.prefix(1 << 20)) + Array(input.suffix(1 << 20)) : input)
                || (input.count > (2 << 20)) else {
            return .passThrough
        }
        let message = "sqlrisk: deny — \(reason); the command may reach a database, so the hook refuses it"
        let host = options.host ?? (try? JSONValue.parse(input)).flatMap(HookEvent.detect)
        guard let host else {
            // No host to format for: exit 2 with the reason on stderr blocks the tool call in every host.
            return HostAnswer(standardOutput: "", standardError: message + "\n", exitStatus: 2)
        }
        return HostAnswer.render(denial(reason: message), host: host, eventName: "")
    }

    static func readStandardInput(limit: Int) -> [UInt8] { FileAccess.readAll(0, limit: limit) }

    static func writeAll(_ descriptor: Int32, _ text: String) { FileAccess.writeAll(descriptor, Array(text.utf8)) }
}
