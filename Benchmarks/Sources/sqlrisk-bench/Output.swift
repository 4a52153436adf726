import CBenchSupport
import Foundation

/// The machine a run was made on: figures only mean something next to it.
struct Machine: Codable {
    let cpus: Int
    let cpuModel: String
    let kernel: String
    let libpgQuery: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let kernel = ((try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)) ?? "?")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return Machine(cpus: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpuModel: model, kernel: kernel,
                       libpgQuery: "PostgreSQL " + String(cString: bench_pg_version()) + " grammar")
    }

    var line: String { "\(cpus) CPUs (\(cpuModel)), Linux \(kernel), libpg_query \(libpgQuery)" }
}

/// A target of issue 6 and whether this run met it.
struct TargetCheck: Codable {
    let target: String
    let measured: String
    let status: String   // "met", "MISSED", "n/a"
}

struct RunReport: Codable {
    let machine: Machine
    let command: String
    let workloads: [WorkloadSummary]
    let results: [MeasureResult]
    let memory: MemoryResult?
    let commandLine: CommandLineResult?
    let targets: [TargetCheck]

    struct WorkloadSummary: Codable {
        let name: String
        let note: String
        let inputs: Int
        let statements: Int
        let bytes: Int
    }
}

enum Output {
    static func format(_ value: Double?, _ digits: Int) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return String(format: "%.\(digits)f", value)
    }

    static func count(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        switch value {
        case 10_000_000...: return String(format: "%.1fM", value / 1e6)
        case 100_000...: return String(format: "%.0fk", value / 1e3)
        case 10_000...: return String(format: "%.1fk", value / 1e3)
        default: return String(format: "%.0f", value)
        }
    }

    static let header = ["workload", "measure", "µs/stmt", "stmts/s", "MB/s", "allocs/stmt", "KB alloc/input", "ratio"]

    static func row(_ result: MeasureResult) -> [String] {
        if let reason = result.unavailable { return [result.workload, result.title, reason, "", "", "", "", ""] }
        let reference = result.comparedWith == result.measure ? "1.00 (baseline)"
            : result.comparedWith == "pg_query_parse" ? format(result.ratio, 2) + "×"
            : format(result.ratio, 2) + "× \(result.comparedWith)"
        return [result.workload, result.title, format(result.microsecondsPerStatement, 2), count(result.statementsPerSecond),
                format(result.megabytesPerSecond, 1), format(result.allocationsPerStatement, 1),
                format(result.kilobytesAllocatedPerClassification, 1), reference]
    }

    /// A plain-text table, columns padded.
    static func text(_ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column < 2 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func markdown(_ report: RunReport) -> String {
        var lines = ["Machine: \(report.machine.line).", "", "Command: `\(report.command)`", ""]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + header.indices.map { $0 < 2 ? "---" : "---:" }.joined(separator: "|") + "|")
        for result in report.results { lines.append("| " + row(result).joined(separator: " | ") + " |") }
        lines.append("")
        lines.append("| workload | inputs | statements | bytes |")
        lines.append("|---|---:|---:|---:|")
        for workload in report.workloads {
            lines.append("| \(workload.name) | \(workload.inputs) | \(workload.statements) | \(workload.bytes) |")
        }
        if let memory = report.memory {
            lines.append("")
            lines.append(memoryText(memory))
        }
        if let commandLine = report.commandLine {
            lines.append("")
            lines.append(commandLineText(commandLine))
        }
        lines.append("")
        lines.append("| target | measured | status |")
        lines.append("|---|---|---|")
        for check in report.targets { lines.append("| \(check.target) | \(check.measured) | \(check.status) |") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func commandLineText(_ run: CommandLineResult) -> String {
        let mb = { (kib: Int?) in kib.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "n/a" }
        let seconds = { (jobs: String) in run.secondsByJobs[jobs].map { String(format: "%.2f s", $0) } ?? "n/a" }
        return "classify-sql, the regression corpus as \(run.inputs) jsonl inputs on standard input (median of \(run.rounds) rounds): "
            + "--jobs 1 \(seconds("1")), peak RSS \(mb(run.peakKiBByJobs["1"])); --jobs 2 \(seconds("2")), peak RSS \(mb(run.peakKiBByJobs["2"])); "
            + "speedup \(format(run.speedupWithTwoJobs, 2))×; the inputs \(run.repeats)× over (\(run.inputs * run.repeats) inputs) with --jobs 1: "
            + "peak RSS \(mb(run.peakKiBRepeated))."
    }

    static func memoryText(_ memory: MemoryResult) -> String {
        let mb = { (kib: Int) in String(format: "%.1f MB", Double(kib) / 1024) }
        var text = "Memory, regression corpus streamed \(memory.passes.count)× in one process (\(memory.classifications) classifications): "
        text += "RSS \(mb(memory.startRSSKiB)) before classifying; after each pass "
        text += memory.passes.map { mb($0.rssKiB) }.joined(separator: ", ")
        text += "; peak \(mb(memory.peakKiB)); growth from the first pass to the last \(memory.growthKiB) KiB."
        return text
    }
}
