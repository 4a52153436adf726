/// Failures the tests can force inside the pipeline.
enum InjectedFault: Sendable, Equatable {
    /// libpg_query's output is not readable JSON.
    case corruptParseTree
    /// No thread with a large enough stack can be started.
    case noParserThread
}

/// Classifies SQL by the worst it could do (SPEC §1). A `Classifier` holds no mutable state: one value
/// can be shared by any number of threads and tasks.
///
/// ```swift
/// let report = Classifier().classify("DELETE FROM users")
/// report.level            // .destructive
/// report.ruleIDs          // ["delete-without-where"]
/// ```
public struct Classifier: Sendable {
    public struct Options: Sendable, Equatable {
        /// Let the tokenizer prefilter answer for plainly read-only input without a full parse.
        public var usePrefilter: Bool
        public var limits: Limits
        /// Give each statement its `fingerprint`. Off by default: it parses every statement once more,
        /// which costs more than the rest of the classification (README, "Fingerprints").
        public var fingerprints: Bool
        /// Test-only: makes one stage of the pipeline fail, to prove failures end in `critical`.
        var injectedFault: InjectedFault?

        public init(usePrefilter: Bool = true, limits: Limits = .default, fingerprints: Bool = false) {
            self.usePrefilter = usePrefilter
            self.limits = limits
            self.fingerprints = fingerprints
        }
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Classifies SQL text.
    public func classify(_ sql: String) -> Report {
        classify(utf8: Array(sql.utf8))
    }

    /// Classifies raw bytes: invalid UTF-8 or a NUL byte is `critical` (`parse-error`), never a crash.
    public func classify(utf8 bytes: [UInt8]) -> Report {
        let pipeline = Pipeline(options: options)
        // What needs no parse is answered on the caller's thread, whatever its stack. Rules recurse a bounded amount (constant folding, bodies in bodies), several KiB a level in
        // debug builds: a caller on a small stack hands the rest to a cached large-stack worker.
        var report = pipeline.screen(bytes)
            ?? LargeStack.run(stackNeeded: Pipeline.stackForRules) { pipeline.parseAndClassify(bytes) } ?? pipeline.noThread(bytes)
        if options.fingerprints { ReportAnnotation.addFingerprints(to: &report, sql: bytes) }
        return report
    }
}
