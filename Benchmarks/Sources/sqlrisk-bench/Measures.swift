import CBenchSupport
import SQLRisk
#if canImport(Glibc)
import Glibc
#endif

/// One thing to time: a pass over every input of a workload. The pass returns a checksum so that the
/// optimiser cannot drop the work.
struct Measure: Sendable {
    let id: String
    let title: String
    /// The measure this one's ratio is taken against (the libpg_query baseline, unless stated).
    let comparedWith: String
    /// Why this measure cannot run here; nil when it can.
    let unavailable: String?
    let pass: @Sendable (Workload) -> Int

    static let baselineID = "pg_query_parse"
}

enum Measures {
    /// Every measure, in the order of the table.
    static func all(cABILibrary: String?) -> [Measure] {
        let cABI = CABILevelFunction.load(from: cABILibrary)
        return [baseline, fullPipeline, defaultPipeline, prefilterAlone, swiftAPILevel(cABIAvailable: cABI.function != nil), cABILevel(cABI)]
    }

    /// libpg_query alone: `pg_query_parse` (grammar + JSON output) and `pg_query_free_parse_result`.
    static let baseline = Measure(id: Measure.baselineID, title: "pg_query_parse (baseline)", comparedWith: Measure.baselineID,
                                  unavailable: nil) { workload in
        var checksum = 0
        for input in workload.cInputs {
            checksum &+= input.withUnsafeBufferPointer { bench_pg_query_parse($0.baseAddress!) }
        }
        return checksum
    }

    /// Every input parsed and walked by the rules: the prefilter switched off.
    static let fullPipeline = classifierPass(id: "full", title: "full pipeline (prefilter off)",
                                             Classifier(options: .init(usePrefilter: false)))

    /// What `Classifier()` does: the prefilter answers what it can, the parser the rest.
    static let defaultPipeline = classifierPass(id: "default", title: "default pipeline", Classifier())

    static func classifierPass(id: String, title: String, _ classifier: Classifier) -> Measure {
        Measure(id: id, title: title, comparedWith: Measure.baselineID, unavailable: nil) { workload in
            var checksum = 0
            for input in workload.inputs {
                let report = classifier.classify(utf8: input)
                checksum &+= report.level.rawValue &+ report.statements.count
            }
            return checksum
        }
    }

    // NOT MERGED YET (prefilter branch): the prefilter alone. When `SQLRisk` exposes it, replace the
    // `unavailable` reason by nil and the pass by a loop such as
    //     for input in workload.inputs { checksum &+= Prefilter.isCertainlyReadOnly(utf8: input) ? 1 : 0 }
    static let prefilterAlone = Measure(id: "prefilter", title: "prefilter alone", comparedWith: Measure.baselineID,
                                        unavailable: "n/a (not merged yet)") { _ in 0 }

    /// The Swift API answering only the level, the counterpart of `sqlrisk_classify_level`.
    static func swiftAPILevel(cABIAvailable: Bool) -> Measure {
        let classifier = Classifier()
        return Measure(id: "swift-level", title: "Swift API: classify(utf8:).level", comparedWith: Measure.baselineID,
                       unavailable: cABIAvailable ? nil : "n/a (C ABI not merged yet)") { workload in
            var checksum = 0
            for input in workload.inputs { checksum &+= classifier.classify(utf8: input).level.rawValue }
            return checksum
        }
    }

    /// `sqlrisk_classify_level` from libsqlrisk.so, on the same inputs, compared with the Swift API.
    static func cABILevel(_ library: CABILevelFunction) -> Measure {
        guard let function = library.function else {
            return Measure(id: "c-abi-level", title: "C ABI: sqlrisk_classify_level", comparedWith: "swift-level",
                           unavailable: library.problem) { _ in 0 }
        }
        return Measure(id: "c-abi-level", title: "C ABI: sqlrisk_classify_level", comparedWith: "swift-level", unavailable: nil) { workload in
            var checksum = 0
            for input in workload.inputs {
                checksum &+= Int(input.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { function($0, buffer.count) }
                })
            }
            return checksum
        }
    }
}

/// `sqlrisk_classify_level(const char *, size_t)` looked up at run time in libsqlrisk.so (SPEC §5), so
/// that the benchmark builds before the C ABI exists. Until it is merged the row reads "n/a".
struct CABILevelFunction: Sendable {
    typealias Function = @convention(c) (UnsafePointer<CChar>?, Int) -> Int32
    let function: Function?
    let problem: String

    static func load(from path: String?) -> CABILevelFunction {
        let candidates = path.map { [$0] } ?? ["release", "debug"].map {
            Workloads.repositoryRoot.appendingPathComponent(".build/\($0)/libsqlrisk.so").path
        }
        for candidate in candidates {
            guard let handle = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) else { continue }
            guard let symbol = dlsym(handle, "sqlrisk_classify_level") else { continue }
            return CABILevelFunction(function: unsafeBitCast(symbol, to: Function.self), problem: "")
        }
        return CABILevelFunction(function: nil, problem: "n/a (not merged yet)")
    }
}
