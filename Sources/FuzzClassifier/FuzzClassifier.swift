import SQLRisk
#if canImport(Glibc)
import Glibc
#endif

/// Coverage-guided fuzzing of the classifier (libFuzzer). Built normally, the same binary replays
/// inputs given as files, which is how crashes become regression checks:
///
///     swift build -c release --product sqlrisk-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path .build-fuzz
///     .build-fuzz/release/sqlrisk-fuzz -max_total_time=60 -max_len=4096 Fuzz/corpus Fuzz/seeds
///
/// Every input must yield a report whose level is the maximum of its statements' and in which every
/// statement above `safe` carries a finding at its level; otherwise the fuzzer stops with a crash.
enum FuzzTarget {
    static let classifier = Classifier()
    static let bare = Classifier(options: .init(usePrefilter: false))

    static func check(_ bytes: [UInt8]) {
        let report = classifier.classify(utf8: bytes)
        let levels = report.statements.map(\.level)
        precondition(report.level == (levels.max() ?? .safe), "input level is not the highest statement level")
        for statement in report.statements where statement.level > .safe {
            precondition(statement.findings.contains { $0.level == statement.level }, "a statement above safe does not say why")
        }
        precondition(bare.classify(utf8: bytes).level == report.level, "the prefilter changed the level")
        if String(validating: bytes, as: UTF8.self) == nil || bytes.contains(0) {
            precondition(report.level == .critical, "invalid input was not critical")
        }
    }
}

#if FUZZING
// SwiftPM links every executable's entry point as `main`, which hides libFuzzer's own; so the entry
// point hands control to libFuzzer's driver. (Pointer and integer arguments pass the same way in the
// Swift and C calling conventions on the platforms this runs on.)
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzTarget.check(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }
}
#else
@main
enum Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("usage: sqlrisk-fuzz FILE...   (replays inputs; build with -sanitize=fuzzer -DFUZZING to fuzz)")
            return
        }
        for path in paths {
            guard let file = fopen(path, "rb") else { print("cannot read \(path)"); continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            fclose(file)
            FuzzTarget.check(bytes)
        }
        print("replayed \(paths.count) inputs")
    }
}
#endif
