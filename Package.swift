// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SQLRisk",
    products: [
        .library(name: "SQLRisk", targets: ["SQLRisk"]),
        .executable(name: "classify-sql", targets: ["ClassifySQL"]),
        .executable(name: "sqlrisk-fuzz", targets: ["FuzzClassifier"]),
        // libsqlrisk.so: the C ABI of Sources/CSQLRisk/include/sqlrisk.h (SPEC §5).
        .library(name: "sqlrisk", type: .dynamic, targets: ["SQLRiskC"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Debian's libpg-query-dev (PostgreSQL 15 grammar). Imported by exactly one file: Sources/SQLRisk/Parser/PgQuery.swift.
        .systemLibrary(name: "CPgQuery", path: "Sources/CPgQuery"),
        // pthread_getattr_np (a GNU extension) for the parser's stack budget.
        .target(name: "CStackSupport"),
        .target(name: "SQLRisk", dependencies: ["CPgQuery", "CStackSupport"]),
        .executableTarget(
            name: "ClassifySQL",
            dependencies: ["SQLRisk", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer entry point when built with -sanitize=fuzzer -DFUZZING; an input replayer otherwise.
        .executableTarget(name: "FuzzClassifier", dependencies: ["SQLRisk"]),
        // The hand-written C header (the contract) and its Swift implementation, checked against it by `@c @implementation`.
        .target(name: "CSQLRisk"),
        .target(name: "SQLRiskC", dependencies: ["SQLRisk", "CSQLRisk"]),
        // The prefilter's coverage and speed: `swift run -c release sqlrisk-prefilter-timing`.
        .executableTarget(name: "sqlrisk-prefilter-timing", dependencies: ["SQLRisk"], path: "Benchmarks/PrefilterTiming",
                          exclude: ["application-workload.sql"]),
        .testTarget(name: "SQLRiskTests", dependencies: ["SQLRisk"]),
        .testTarget(name: "ClassifySQLTests", dependencies: ["SQLRisk"]),
        // Builds and runs C programs and the Python tests against libsqlrisk.so.
        .testTarget(name: "SQLRiskCTests", dependencies: ["SQLRiskC", "SQLRisk", "CSQLRisk"], exclude: ["C"]),
    ],
    swiftLanguageModes: [.v6]
)
