import ArgumentParser
import GateMCP
import GateProxy

/// `sqlrisk-gate`: the network gates. Kept apart from `classify-sql` so that the library, the C ABI and
/// the CLI never link SwiftNIO.
@main
struct GateEntryPoint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sqlrisk-gate",
        abstract: "Gates that reach PostgreSQL only through an SQLRisk policy.",
        subcommands: [ProxyCommand.self, MCPCommand.self]
    )
}
