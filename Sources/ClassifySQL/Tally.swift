import SQLRisk

/// Counts inputs by level as they are reported, and turns the counts into the exit status.
struct Tally {
    private(set) var counts = [Int](repeating: 0, count: RiskLevel.allCases.count)
    private(set) var unreadable = 0
    /// Inputs by decision, when a policy decided them.
    private(set) var decisions = [Int](repeating: 0, count: Decision.allCases.count)
    private(set) var decided = false

    var inputs: Int { counts.reduce(0, +) + unreadable }

    var worst: RiskLevel? {
        RiskLevel.allCases.last { counts[$0.rawValue] > 0 }
    }

    mutating func add(_ level: RiskLevel) {
        counts[level.rawValue] += 1
    }

    mutating func add(_ report: Report) {
        add(report.level)
        if let decision = report.decision {
            decided = true
            decisions[decision.rawValue] += 1
        }
    }

    mutating func addUnreadable() {
        unreadable += 1
    }

    /// An unreadable input outranks any level: the answer is incomplete, so it is not an answer.
    func exitStatus(failOn threshold: RiskLevel) -> ExitStatus {
        if unreadable > 0 { return .unreadableInput }
        // Under a policy the decisions, not --fail-on, set the status (SPEC §4).
        if decided {
            if decisions[Decision.deny.rawValue] > 0 { return .riskFound }
            return decisions[Decision.ask.rawValue] > 0 ? .askFound : .success
        }
        if let worst, worst >= threshold { return .riskFound }
        return .success
    }

    /// `3 inputs: 1 destructive, 2 safe` (worst first; zero counts left out).
    var summary: String {
        var parts = RiskLevel.allCases.reversed().compactMap { level in
            counts[level.rawValue] > 0 ? "\(counts[level.rawValue]) \(level.name)" : nil
        }
        if unreadable > 0 { parts.append("\(unreadable) unreadable") }
        let head = inputs == 1 ? "1 input" : "\(inputs) inputs"
        let levels = parts.isEmpty ? head : "\(head): \(parts.joined(separator: ", "))"
        guard decided else { return levels }
        let verdicts = Decision.allCases.reversed().compactMap { decision in
            decisions[decision.rawValue] > 0 ? "\(decisions[decision.rawValue]) \(decision.name)" : nil
        }
        return levels + "; " + verdicts.joined(separator: ", ")
    }
}
