import CBenchSupport
@_spi(Benchmarks) import SQLRisk
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
    /// Workloads with fewer inputs are skipped (two threads need two inputs to share).
    var minimumInputs = 1
    let pass: @Sendable (Workload) -> Int

    init(id: String, title: String, comparedWith: String, unavailable: String?, minimumInputs: Int = 1,
         pass: @escaping @Sendable (Workload) -> Int) {
        self.id = id
        self.title = title
        self.comparedWith = comparedWith
        self.unavailable = unavailable
        self.minimumInputs = minimumInputs
        self.pass = pass
    }

    static let baselineID = "pg_query_parse"
}

enum Measures {
    /// Every measure, in the order of the table.
    static func all(cABILibrary: String?) -> [Measure] {
        let cABI = CABILevelFunction.load(from: cABILibrary)
        return [baseline, fullPipeline, defaultPipeline, twoThreads, prefilterAlone, swiftAPILevel(cABIAvailable: cABI.function != nil),
                cABILevel(cABI)]
    }

    /// The full pipeline with the inputs cut in two halves classified on two threads at once (8 MiB
    /// stacks, like a main thread): how far one process scales on this machine, next to `classify-sql --jobs 2`.
    static let twoThreads = Measure(id: "full-2-threads", title: "full pipeline, 2 threads", comparedWith: "full", unavailable: nil,
                                    minimumInputs: 100) { workload in
        let classifier = Classifier(options: .init(usePrefilter: false))
        let inputs = workload.inputs
        let half = (inputs.count + 1) / 2
        let sums = Threads.run(2) { worker in
            var checksum = 0
            for input in inputs[(worker * half)..<min(inputs.count, (worker + 1) * half)] {
                checksum &+= classifier.classify(utf8: input).level.rawValue
            }
            return checksum
        }
        return sums.reduce(0, &+)
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

    /// The prefilter alone: whether it proves each input read-only, without building a report. (The
    /// workloads are valid UTF-8 without NUL, which `classify` checks before the prefilter runs.)
    static let prefilterAlone: Measure = {
        let classifier = Classifier()
        return Measure(id: "prefilter", title: "prefilter alone", comparedWith: Measure.baselineID, unavailable: nil) { workload in
            var checksum = 0
            for input in workload.inputs where classifier.prefilterAccepts(utf8: input) { checksum &+= 1 }
            return checksum
        }
    }()

    /// The Swift API answering only the level, the counterpart of `sqlrisk_classify_level`.
    static func swiftAPILevel(cABIAvailable: Bool) -> Measure {
        let classifier = Classifier()
        return Measure(id: "swift-level", title: "Swift API: classify(utf8:).level", comparedWith: Measure.baselineID,
                       unavailable: cABIAvailable ? nil : "n/a (no libsqlrisk.so)") { workload in
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

/// `sqlrisk_classify_level(const char *, size_t)` looked up at run time in the root package's
/// libsqlrisk.so (SPEC §5), as a C program loads it: the library keeps its own copy of SQLRisk (this
/// executable exports none of its symbols), so this measures what C callers get. Without a built
/// library the row reads "n/a".
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
        return CABILevelFunction(function: nil, problem: "n/a (no libsqlrisk.so: swift build -c release at the root)")
    }
}

/// Runs `body(0..<count)` on that many new threads with 8 MiB stacks and waits for them.
enum Threads {
    private final class Work: @unchecked Sendable {
        let body: (Int) -> Int
        let index: Int
        var result = 0
        init(_ body: @escaping (Int) -> Int, _ index: Int) { self.body = body; self.index = index }
    }

    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Int) -> [Int] {
        let works = (0..<count).map { Work(body, $0) }
        var threads: [pthread_t] = []
        for work in works {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            pthread_attr_setstacksize(&attributes, 8 << 20)
            var thread = pthread_t()
            let context = Unmanaged.passRetained(work).toOpaque()
            let created = pthread_create(&thread, &attributes, { context in
                let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
                work.result = work.body(work.index)
                return nil
            }, context)
            pthread_attr_destroy(&attributes)
            if created == 0 { threads.append(thread) } else { Unmanaged<Work>.fromOpaque(context).release(); work.result = work.body(work.index) }
        }
        for thread in threads { pthread_join(thread, nil) }
        return works.map(\.result)
    }
}
