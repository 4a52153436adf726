// The cost of a decision against a plain classification:
//   swift run -c release sqlrisk-policy-timing [policy.toml] [workload.sql]
// Each line of the workload is one input; every round classifies all of them, then classifies and
// decides all of them under the policy's strictest profile. Prints the median of the per-round ratios.
import Dispatch
import Glibc
import SQLRisk

let arguments = CommandLine.arguments.dropFirst()
let policyPath = arguments.first ?? "Examples/policy.toml"
let workloadPath = arguments.dropFirst().first ?? "Benchmarks/PrefilterTiming/application-workload.sql"

func readLines(_ path: String) -> [[UInt8]] {
    guard let file = fopen(path, "r") else { fatalError("cannot open \(path)") }
    defer { fclose(file) }
    var lines: [[UInt8]] = []
    var buffer = [CChar](repeating: 0, count: 1 << 16)
    while fgets(&buffer, Int32(buffer.count), file) != nil {
        let line = Array(String(cString: buffer).utf8.filter { $0 != 0x0A })
        if !line.isEmpty { lines.append(line) }
    }
    return lines
}

let policy: Policy
do { policy = try Policy.load(file: policyPath) } catch { fatalError("\(error)") }
// Mixed risk on top of the application workload, so allowlist and derived findings do work too.
let extra = ["DELETE FROM sessions", "WITH d AS (DELETE FROM sessions RETURNING *) SELECT * FROM d", "DROP TABLE users",
             "UPDATE billing.invoices SET paid = true WHERE id = 3", "SET app.tenant_id = 5", "SELECT current_tenant()"]
let inputs = readLines(workloadPath) + extra.map { Array($0.utf8) }
let classifier = Classifier()
let profile = policy.strictestProfile.name

nonisolated func time(_ body: () -> Int) -> (Double, Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
}

var ratios: [Double] = []
var plainTimes: [Double] = []
var decidedTimes: [Double] = []
for _ in 0..<15 {
    let (plain, a) = time { inputs.reduce(0) { $0 + classifier.classify(utf8: $1).statements.count } }
    let (decided, b) = time { inputs.reduce(0) { $0 + policy.decide(classifier.classify(utf8: $1), sql: $1, profile: profile).statements.count } }
    precondition(a == b)
    plainTimes.append(plain)
    decidedTimes.append(decided)
    ratios.append(decided / plain)
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let perInput = { (seconds: Double) in seconds / Double(inputs.count) * 1e6 }
print("inputs: \(inputs.count), policy: \(policyPath), profile: \(profile)")
print("classify:          median \(perInput(median(plainTimes))) µs per input")
print("classify + decide: median \(perInput(median(decidedTimes))) µs per input")
print("median ratio (decide / classify): \(median(ratios))")
