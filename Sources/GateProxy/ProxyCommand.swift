import ArgumentParser
import NIOCore
import NIOPosix
import SQLRisk

/// `sqlrisk-gate proxy`: the PostgreSQL wire-protocol gate (SPEC §10).
public struct ProxyCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "proxy", abstract: "A PostgreSQL wire-protocol proxy that refuses what the policy refuses (not built yet).")
    public init() {}
    public func run() async throws {
        throw ValidationError("sqlrisk-gate proxy is not built yet")
    }
}
