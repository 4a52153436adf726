import AgentHook
import ArgumentParser

/// Parses the command line, runs the command, and maps every outcome to the documented exit status:
/// argument-parser's usage errors exit 64, help exits 0, and any other error is an internal error (2),
/// never argument-parser's default of 1, which means "risk found".
@main
enum EntryPoint {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "hook" {
            BufferedOutput.standardOutput.flush()
            terminate(ExitStatus(rawValue: HookRunner.main(Array(arguments.dropFirst()))) ?? .internalError)
        }
        if arguments.first == "rules" {
            run(RulesCommand.self, Array(arguments.dropFirst()))
        }
        if let gateCommand = GateSubcommands.command(named: arguments.first) {
            run(gateCommand, Array(arguments.dropFirst()))
        }
        if arguments.first == "policy" {
            run(PolicyCommand.self, Array(arguments.dropFirst()))
        }
        run(ClassifyCommand.self, arguments)
    }

    private static func run(_ command: any ParsableCommand.Type, _ arguments: [String]) -> Never {
        do {
            var parsed = try command.parseAsRoot(arguments)
            try parsed.run()
            terminate(.success)
        } catch let exit as ExitCode {
            terminate(ExitStatus(rawValue: exit.rawValue) ?? .internalError)
        } catch {
            BufferedOutput.standardOutput.flush()
            if command.exitCode(for: error) == .failure {
                BufferedOutput.standardError.write("classify-sql: internal error: \(error)\n")
                terminate(.internalError)
            }
            command.exit(withError: error)
        }
    }
}
