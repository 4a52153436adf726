import AgentWorkload
import CBenchSupport
import Foundation
import SQLRisk

// sqlrisk-bench: SQLRisk's throughput, allocations and memory against libpg_query's own parse.
//
//   sqlrisk-bench [--rounds N] [--only W1,W2] [--agent-statements N] [--seed S] [--script-megabytes N,M]
//                 [--memory-passes N] [--cli-rounds N] [--classify-sql PATH] [--c-abi-library PATH]
//                 [--json PATH] [--markdown PATH]
//   sqlrisk-bench memory [--passes N]             RSS while streaming the regression corpus
//   sqlrisk-bench profile --measure ID --workload W [--limit N] [--passes N]
//                                                 one measure, untimed, after a warm-up pass, inside
//                                                 bench_profile_region (valgrind --toggle-collect=bench_profile_region)
//   sqlrisk-bench agent-workload [--count N] [--seed S]   prints the generated statements
//   sqlrisk-bench dump [--workloads W1,W2] [--prefilter off]  every report as a JSON line (to diff)
//   sqlrisk-bench regress-jsonl                   the regression corpus as classify-sql jsonl input



struct Arguments {
    var command = "run"
    var values: [String: String] = [:]

    init(_ arguments: [String]) {
        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("--") { command = first; rest = rest.dropFirst() }
        while let flag = rest.popFirst() {
            guard flag.hasPrefix("--"), let value = rest.popFirst() else { Self.usage("unexpected argument \(flag)") }
            values[String(flag.dropFirst(2))] = value
        }
    }

    func int(_ name: String, _ fallback: Int) -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text) else { Self.usage("--\(name) takes a number") }
        return value
    }

    static func usage(_ problem: String) -> Never {
        FileHandle.standardError.write(Data("sqlrisk-bench: \(problem); see the comment at the top of Benchmarks/Sources/sqlrisk-bench/main.swift\n".utf8))
        exit(64)
    }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
let seed = UInt64(arguments.int("seed", 20_251_124))
let agentCount = arguments.int("agent-statements", 20_000)

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// The workloads of a run, in table order; those whose inputs are absent are skipped with a note.
func workloads(only: Set<String>?) -> [Workload] {
    func wanted(_ name: String) -> Bool { only.map { $0.contains(name) } ?? true }
    var result: [Workload] = []
    if wanted("corpus") {
        if let corpus = Workloads.corpus() { result.append(corpus) } else { log("corpus: Corpus/<level>/*.sql is empty, skipped") }
    }
    if wanted("pg15-regress") {
        if let regress = Workloads.regression() { result.append(regress) } else { log("pg15-regress: \(Workloads.regressionDirectory.path) is absent, skipped") }
    }
    let agent = wanted("agent") || wanted("agent-selects") ? Workloads.agent(count: agentCount, seed: seed) : nil
    if let agent, wanted("agent") { result.append(agent) }
    if let agent, wanted("agent-selects") {
        let selects = agent.inputs.filter { String(decoding: $0.prefix(7), as: UTF8.self).uppercased().hasPrefix("SELECT ") || $0.starts(with: Array("WITH ".utf8)) }
        result.append(Workload(name: "agent-selects", note: "the SELECT and WITH queries of the agent workload", inputs: selects, rounds: 9))
    }
    if wanted("script-1000") { result.append(Workloads.agentScript(count: 1_000, seed: seed)) }
    let sizes = (arguments.values["script-megabytes"] ?? "1,10").split(separator: ",").compactMap { Int($0) }
    for megabytes in sizes where wanted("script-\(megabytes)MB") { result.append(Workloads.agentScript(megabytes: megabytes, seed: seed)) }
    return result
}

func targets(_ results: [MeasureResult], memory: MemoryResult?, commandLine: CommandLineResult?) -> [TargetCheck] {
    func find(_ workload: String, _ measure: String) -> MeasureResult? {
        results.first { $0.workload == workload && $0.measure == measure && $0.unavailable == nil }
    }
    func check(_ target: String, _ value: Double?, _ text: (Double) -> String, met: (Double) -> Bool, missing: String) -> TargetCheck {
        guard let value, value.isFinite else { return TargetCheck(target: target, measured: missing, status: "n/a") }
        return TargetCheck(target: target, measured: text(value), status: met(value) ? "met" : "MISSED")
    }
    let ratioText = { (value: Double) in String(format: "%.2f×", value) }
    return [
        check("full pipeline ≤ 1.6× pg_query_parse per statement (pg15-regress; goal 1.4×)", find("pg15-regress", "full")?.ratio,
              ratioText, met: { $0 <= 1.6 }, missing: "pg15-regress absent"),
        check("default pipeline ≤ 0.33× full pipeline (agent)", Runner.ratio(find("agent", "default"), find("agent", "full")),
              ratioText, met: { $0 <= 0.33 }, missing: "agent not run"),
        // A ratio rather than MB/s, so it holds on a loaded machine: full pipeline ÷ prefilter, same run.
        check("prefilter ≥ 15× cheaper than the full pipeline on SELECTs (agent-selects)",
              Runner.ratio(find("agent-selects", "full"), find("agent-selects", "prefilter")),
              ratioText, met: { $0 >= 15 }, missing: "agent-selects not run"),
        check("classify-sql --jobs 2 ≥ 1.7× --jobs 1 (pg15-regress as jsonl)", commandLine?.speedupWithTwoJobs,
              { String(format: "%.2f×", $0) }, met: { $0 >= 1.7 }, missing: "n/a (classify-sql not built, or pg15-regress absent)"),
        check("C ABI within 10% of the Swift API (agent)", find("agent", "c-abi-level")?.ratio,
              ratioText, met: { $0 <= 1.10 }, missing: "n/a (no libsqlrisk.so: swift build -c release at the root)"),
        check("peak RSS ≤ 40 MB, classify-sql over the whole regression corpus in one process",
              commandLine.map { Double($0.peakKiBByJobs.values.max() ?? 0) / 1024 },
              { String(format: "%.1f MB", $0) }, met: { $0 <= 40 }, missing: "n/a (classify-sql not built, or pg15-regress absent)"),
        check("peak RSS ≤ 40 MB, sqlrisk-bench memory (library only) over the regression corpus", memory.map { Double($0.peakKiB) / 1024 },
              { String(format: "%.1f MB", $0) }, met: { $0 <= 40 }, missing: "pg15-regress absent"),
    ]
}

switch arguments.command {
case "run":
    let measures = Measures.all(cABILibrary: arguments.values["c-abi-library"])
    let runner = Runner(measures: measures, roundsOverride: arguments.values["rounds"].map { _ in arguments.int("rounds", 9) })
    let machine = Machine.current()
    print("sqlrisk-bench on \(machine.line)")
    let selected = workloads(only: arguments.values["only"].map { Set($0.split(separator: ",").map(String.init)) })
    var results: [MeasureResult] = []
    for workload in selected {
        log("\(workload.name): \(workload.inputs.count) inputs, \(workload.statements) statements, \(workload.bytes) bytes")
        let rows = runner.run(workload, log: log)
        results += rows
        print("\n\(workload.name) — \(workload.note): \(workload.inputs.count) inputs, \(workload.statements) statements, \(workload.bytes) bytes")
        print(Output.text(rows.map(Output.row)))
    }
    let passes = arguments.int("memory-passes", 3)
    var memory: MemoryResult?
    if passes > 0 {
        log("memory: streaming the regression corpus \(passes)× in a child process")
        memory = Memory.runInChild(passes: passes)
        if let memory { print("\n" + Output.memoryText(memory)) }
    }
    var commandLine: CommandLineResult?
    let cliRounds = arguments.int("cli-rounds", 5)
    if cliRounds > 0 {
        if let executable = CommandLineBench.locate(arguments.values["classify-sql"]),
           let regress = selected.first(where: { $0.name == "pg15-regress" }) {
            log("classify-sql: \(executable), --jobs 1 against --jobs 2")
            commandLine = CommandLineBench.run(executable: executable, statements: regress.inputs, rounds: cliRounds, log: log)
            if let commandLine { print("\n" + Output.commandLineText(commandLine)) }
        } else {
            log("classify-sql: not measured (build it with `swift build -c release` at the root; needs pg15-regress)")
        }
    }
    let checks = targets(results, memory: memory, commandLine: commandLine)
    print("\nTargets (issue 6):")
    for check in checks { print("  [\(check.status)] \(check.target): \(check.measured)") }
    let report = RunReport(machine: machine, command: "swift run -c release sqlrisk-bench " + CommandLine.arguments.dropFirst().joined(separator: " "),
                           workloads: selected.map { .init(name: $0.name, note: $0.note, inputs: $0.inputs.count, statements: $0.statements, bytes: $0.bytes) },
                           results: results, memory: memory, commandLine: commandLine, targets: checks)
    if let path = arguments.values["json"] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: path))
    }
    if let path = arguments.values["markdown"] {
        try Output.markdown(report).write(toFile: path, atomically: true, encoding: .utf8)
    }

case "memory":
    guard let result = Memory.run(passes: arguments.int("passes", 3)) else {
        log("memory: \(Workloads.regressionDirectory.path) is absent")
        exit(0)
    }
    for (index, pass) in result.passes.enumerated() {
        print("pass \(index + 1): \(pass.classifications) classifications, VmRSS \(pass.rssKiB) KiB, VmHWM \(pass.peakKiB) KiB")
    }
    print(Memory.summaryPrefix + String(decoding: try JSONEncoder().encode(result), as: UTF8.self))

case "profile":
    let name = arguments.values["workload"] ?? "pg15-regress"
    guard var workload = workloads(only: [name]).first else { Arguments.usage("no workload \(name)") }
    if let limit = arguments.values["limit"].flatMap(Int.init) {
        workload = Workload(name: workload.name, note: workload.note, inputs: Array(workload.inputs.prefix(limit)), rounds: 1)
    }
    let id = arguments.values["measure"] ?? "full"
    guard let measure = Measures.all(cABILibrary: arguments.values["c-abi-library"]).first(where: { $0.id == id && $0.unavailable == nil }) else {
        Arguments.usage("no available measure \(id)")
    }
    // One pass outside the profiled region first, so that one-time set-up (lazily built tables such
    // as the function catalogue) is not counted; then the passes inside it.
    final class Profiled: @unchecked Sendable {
        let run: () -> Int
        var sink = 0
        init(_ run: @escaping () -> Int) { self.run = run }
    }
    let warmUp = measure.pass(workload)
    let passes = arguments.int("passes", 1)
    let profiled = Profiled { (0..<passes).reduce(0) { sum, _ in sum &+ measure.pass(workload) } }
    bench_profile_region({ context in
        let profiled = Unmanaged<Profiled>.fromOpaque(context!).takeUnretainedValue()
        profiled.sink = profiled.run()
    }, Unmanaged.passUnretained(profiled).toOpaque())
    print("\(measure.id) on \(workload.name): \(workload.inputs.count) inputs, checksum \(profiled.sink &+ warmUp)")

case "dump":
    // Every report of the given workloads (and of every rule example), one JSON line each: diff two
    // dumps to prove an optimisation changed no classification.
    let classifier = Classifier(options: .init(usePrefilter: arguments.values["prefilter"] != "off"))
    let examples = RuleRegistry.descriptors.flatMap { $0.hits + $0.misses }.map { Array($0.utf8) }
    let selected = workloads(only: Set((arguments.values["workloads"] ?? "corpus,pg15-regress,agent,script-1000").split(separator: ",").map(String.init)))
    for input in examples + selected.flatMap(\.inputs) { print(classifier.classify(utf8: input).json) }

case "regress-jsonl":
    // The regression corpus as classify-sql's jsonl input, to time it by hand:
    //   sqlrisk-bench regress-jsonl > regress.jsonl
    //   /usr/bin/time -v ../.build/release/classify-sql --input-format jsonl --format jsonl < regress.jsonl > /dev/null
    guard let regress = Workloads.regression() else { log("\(Workloads.regressionDirectory.path) is absent"); exit(1) }
    FileHandle.standardOutput.write(CommandLineBench.jsonLines(regress.inputs))

case "agent-workload":
    var generator = AgentWorkload(seed: seed)
    for _ in 0..<arguments.int("count", 100) { print(generator.next().sql + ";") }

default:
    Arguments.usage("unknown command \(arguments.command)")
}
