import SQLRisk

/// `--policy`, `--profile`, `--no-policy`: which policy applies to a run, loaded once before any input
/// is read. No policy at all (no files found, or `--no-policy`) keeps the level-based exit status.
struct PolicySelection {
    let policy: Policy?
    let profile: String?

    enum Failure: Error {
        /// Bad policy input: exit 2 with these lines.
        case unreadable([String])
        /// A flag that does not fit the policy: exit 64.
        case usage(String)
    }

    static func load(file: String?, profile: String?, disabled: Bool) throws(Failure) -> PolicySelection {
        if disabled {
            if profile != nil { throw .usage("--profile needs a policy; it cannot be combined with --no-policy.") }
            return PolicySelection(policy: nil, profile: nil)
        }
        let policy: Policy
        do {
            policy = try Policy.load(file: file)
        } catch {
            throw .unreadable(error.errors.map(\.description))
        }
        if policy.isBuiltIn && profile == nil { return PolicySelection(policy: nil, profile: nil) }
        if let profile, policy.profile(named: profile) == nil {
            let names = policy.profiles.map(\.name)
            throw .usage("unknown profile '\(profile)'\(Suggestion.didYouMean(profile, among: names)); the policy (\(policy.files.isEmpty ? "built-in" : policy.files.joined(separator: ", "))) has: \(names.joined(separator: ", ")).")
        }
        return PolicySelection(policy: policy, profile: profile)
    }

    /// Lines for standard error: entries that expired and no longer accept anything.
    var warnings: [String] {
        guard let policy else { return [] }
        return policy.expiredEntries.map { entry in
            "\(entry.source): [[allow]] entry for \(entry.rule) expired on \(entry.expires.map(PolicyText.date) ?? "?"); it accepts nothing"
        }
    }
}

/// How policy values are written for people.
enum PolicyText {
    static func date(_ date: TOMLDateTime.Date) -> String {
        TOMLDateTime(date: date).description
    }

    static func match(_ entry: AllowEntry) -> String {
        switch entry.match {
        case .object(let pattern): "object = \"\(pattern.text)\""
        case .fingerprint(let value): "fingerprint = \"\(value)\""
        case .statement(let text): "statement = \"\(text.count > 60 ? String(text.prefix(60)) + "…" : text)\""
        }
    }
}
