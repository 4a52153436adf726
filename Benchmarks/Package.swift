// swift-tools-version: 6.1
import PackageDescription
import Foundation

// SwiftPM names a path dependency after its directory (`wt-bench`, `sqlrisk`, a clone's name ...).
let rootPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

// SQLRisk's benchmarks, kept out of the root package (as swift-nio keeps `Benchmarks/`) so that the
// library and its CI build nothing extra. Run from this directory:
//
//     swift run -c release sqlrisk-bench
//
// A plain executable rather than package-benchmark: every measure has to run in the same process on
// the same inputs, interleaved round by round, so that ratios to the libpg_query baseline hold on a
// shared, noisy machine; package-benchmark runs each benchmark on its own and compares across runs.
let package = Package(
    name: "SQLRiskBenchmarks",
    dependencies: [
        // The root package, whatever its checkout directory is called.
        .package(path: ".."),
    ],
    targets: [
        // libpg_query's parse called directly (the baseline), a malloc counter, and /proc readers.
        .target(name: "CBenchSupport", linkerSettings: [.linkedLibrary("pg_query")]),
        // A seeded generator of realistic application SQL (the "agent" workload).
        .target(name: "AgentWorkload"),
        .executableTarget(
            name: "sqlrisk-bench",
            dependencies: ["CBenchSupport", "AgentWorkload", .product(name: "SQLRisk", package: rootPackage)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
