// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SQLRisk",
    products: [
        .library(name: "SQLRisk", targets: ["SQLRisk"]),
        .executable(name: "classify-sql", targets: ["ClassifySQL"]),
        .executable(name: "sqlrisk-fuzz", targets: ["FuzzClassifier"]),
        .executable(name: "sqlrisk-hook-fuzz", targets: ["FuzzHook"]),
        // libsqlrisk.so: the C ABI of Sources/CSQLRisk/include/sqlrisk.h (SPEC §5).
        .library(name: "sqlrisk", type: .dynamic, targets: ["SQLRiskC"]),
        // The network gates (MCP server, wire-protocol proxy): the only product that links SwiftNIO.
        .executable(name: "sqlrisk-gate", targets: ["SQLRiskGate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only the gates' targets use these; a package that depends on the SQLRisk product does not fetch them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // Debian's libpg-query-dev (PostgreSQL 15 grammar). Imported by exactly one file: Sources/SQLRisk/Parser/PgQuery.swift.
        .systemLibrary(name: "CPgQuery", path: "Sources/CPgQuery"),
        // pthread_getattr_np (a GNU extension) for the parser's stack budget.
        .target(name: "CStackSupport"),
        .target(name: "SQLRisk", dependencies: ["CPgQuery", "CStackSupport"]),
        .executableTarget(
            name: "ClassifySQL",
            dependencies: ["SQLRisk", "AgentHook", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // A POSIX shell tokenizer and command-line reader, for the agent hook (no dependencies).
        .target(name: "ShellCommands"),
        // `classify-sql hook`: host adapters, SQL extraction from shell commands and MCP tool calls.
        .target(name: "AgentHook", dependencies: ["SQLRisk", "ShellCommands"]),
        // Debian's libpq-dev. Imported by exactly one target: PostgresClient.
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        // Blocking PostgreSQL connections over libpq: the MCP server's queries and the shared approval store.
        .target(name: "PostgresClient", dependencies: ["CLibPQ", "SQLRisk"]),
        .target(name: "GateProxy", dependencies: [
            "SQLRisk", "PostgresClient",
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "GateMCP", dependencies: [
            "SQLRisk", "PostgresClient",
            .product(name: "MCP", package: "swift-sdk"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "SQLRiskGate", dependencies: [
            "GateProxy", "GateMCP", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // libFuzzer entry point when built with -sanitize=fuzzer -DFUZZING; an input replayer otherwise.
        .executableTarget(name: "FuzzClassifier", dependencies: ["SQLRisk"]),
        // The same for the hook's shell tokenizer and event reader (FUZZ_PRODUCT=sqlrisk-hook-fuzz scripts/fuzz.sh).
        .executableTarget(name: "FuzzHook", dependencies: ["AgentHook", "ShellCommands", "SQLRisk"]),
        // The hand-written C header (the contract) and its Swift implementation, checked against it by `@c @implementation`.
        .target(name: "CSQLRisk"),
        // SONAME libsqlrisk.so.1: the ABI version, so a program linked against it finds a compatible library.
        .target(name: "SQLRiskC", dependencies: ["SQLRisk", "CSQLRisk"],
                linkerSettings: [.unsafeFlags(["-Xlinker", "-soname=libsqlrisk.so.1"])]),
        // The prefilter's coverage and speed: `swift run -c release sqlrisk-prefilter-timing`.
        .executableTarget(name: "sqlrisk-prefilter-timing", dependencies: ["SQLRisk"], path: "Benchmarks/PrefilterTiming",
                          exclude: ["application-workload.sql"]),
        // The cost of a policy decision over a plain classification: `swift run -c release sqlrisk-policy-timing`.
        .executableTarget(name: "sqlrisk-policy-timing", dependencies: ["SQLRisk"], path: "Benchmarks/PolicyTiming"),
        .testTarget(name: "SQLRiskTests", dependencies: ["SQLRisk", "CPgQuery", "TestSupport"]),
        // Run as many processes at once by SQLRiskTests, against the audit log and the approval store.
        .executableTarget(name: "sqlrisk-gate-stress", dependencies: ["SQLRisk"], path: "Tests/GateStress"),
        .testTarget(name: "ClassifySQLTests", dependencies: ["SQLRisk"], exclude: ["PolicyFixtures"]),
        // The throwaway PostgreSQL cluster and other fixtures shared by test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AgentHookTests", dependencies: ["AgentHook", "ShellCommands", "SQLRisk", "TestSupport"],
                    exclude: ["Fixtures"]),
        // The proxy and the MCP server against a real PostgreSQL 15 (scripts/pg-test-cluster.sh).
        .testTarget(name: "GateTests", dependencies: ["GateProxy", "GateMCP", "PostgresClient", "SQLRisk", "TestSupport",
                                                   .product(name: "MCP", package: "swift-sdk")]),
        // Builds and runs C programs and the Python tests against libsqlrisk.so.
        .testTarget(name: "SQLRiskCTests", dependencies: ["SQLRiskC", "SQLRisk", "CSQLRisk"], exclude: ["C"]),
    ],
    swiftLanguageModes: [.v6]
)
