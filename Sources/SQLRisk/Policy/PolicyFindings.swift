/// What a policy adds to, changes in, or removes from a statement's findings before the allowlist is
/// consulted: `read_only` and `dangerous` functions, custom guard settings, the server's
/// `standard_conforming_strings`, protected objects and rule level overrides.
struct PolicyFindings {
    let policy: Policy
    let profile: PolicyProfile

    func apply(to statement: StatementReport, sql: [UInt8]) -> [Finding] {
        // Most statements an application sends are plain reads: nothing below can apply to them.
        if statement.findings.isEmpty && policy.standardConformingStrings != false
            && (policy.guardSettings.isEmpty || (statement.kind != "SET" && statement.kind != "RESET")) {
            return []
        }
        let searchPath = profile.effectiveSearchPath
        var findings = dropReadOnlyCalls(statement.findings, searchPath: searchPath)
        for k in findings.indices where findings[k].rule == UnknownFunctionRule.descriptor.id {
            guard let name = findings[k].objects.first,
                  let pattern = policy.dangerousFunctions.first(where: { $0.matches(name, searchPath: searchPath) }) else { continue }
            let rule = ServerFunctionRule.descriptor
            findings[k] = Finding(rule: rule.id, level: .critical,
                                  message: "The statement calls \(name), which the policy lists as dangerous (functions.dangerous at \(pattern.source))",
                                  hint: rule.hint, location: findings[k].location, length: findings[k].length, objects: [name])
        }
        for k in findings.indices {
            if let level = policy.ruleLevels[findings[k].rule] {
                // A rule that follows what it runs keeps at least the level of its causes.
                findings[k].level = findings[k].derivedFrom == nil ? level : max(level, findings[k].level)
            }
        }
        let range = statement.location..<(statement.location + statement.length)
        if !policy.guardSettings.isEmpty, statement.kind == "SET" || statement.kind == "RESET",
           let name = PolicySQLScan.settingName(in: String(decoding: sql[clamped(range, sql.count)], as: UTF8.self)),
           policy.guardSettings.contains(where: { Glob($0).matches(name) }) {
            let rule = GuardSettingRule.descriptor
            findings.append(Finding(rule: rule.id, level: level(of: rule), message: "\(statement.kind) changes \(name), which the policy counts as a guard setting",
                                    hint: rule.hint, location: statement.location, length: statement.length, objects: [name]))
        }
        if policy.standardConformingStrings == false, let at = PolicySQLScan.backslashLiteral(in: sql, range: clamped(range, sql.count)) {
            let rule = BackslashStringRule.descriptor
            findings.append(Finding(rule: rule.id, level: level(of: rule),
                                    message: "A '...' string contains a backslash and the server runs with standard_conforming_strings = off, so the string may end elsewhere",
                                    hint: rule.hint, location: at, length: 1))
        }
        findings += protectedFindings(findings, searchPath: searchPath)
        return findings
    }

    private func level(of rule: RuleDescriptor) -> RiskLevel {
        policy.ruleLevels[rule.id] ?? rule.level
    }

    private func clamped(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        min(range.lowerBound, count)..<min(max(range.lowerBound, range.upperBound), count)
    }

    /// Removes unknown-function findings for functions the policy knows only read, renumbering links.
    private func dropReadOnlyCalls(_ findings: [Finding], searchPath: [String]) -> [Finding] {
        guard !policy.readOnlyFunctions.isEmpty else { return findings }
        let dropped = Set(findings.indices.filter { k in
            findings[k].rule == UnknownFunctionRule.descriptor.id && findings[k].objects.first.map { name in
                policy.readOnlyFunctions.contains { $0.matches(name, searchPath: searchPath) }
            } == true
        })
        guard !dropped.isEmpty else { return findings }
        var newIndex = [Int](repeating: -1, count: findings.count)
        var next = 0
        for k in findings.indices where !dropped.contains(k) {
            newIndex[k] = next
            next += 1
        }
        return findings.indices.filter { !dropped.contains($0) }.map { k in
            var kept = findings[k]
            kept.derivedFrom = kept.derivedFrom?.compactMap { newIndex[$0] >= 0 ? newIndex[$0] : nil }
            return kept
        }
    }

    /// One `protected-object` finding per protected object that a write or DDL finding names. It is
    /// not linked to that finding: accepting the write does not accept the protection, which needs
    /// its own `[[allow]] rule = "protected-object"`.
    private func protectedFindings(_ findings: [Finding], searchPath: [String]) -> [Finding] {
        guard !profile.protected.isEmpty else { return [] }
        let rule = ProtectedObjectRule.descriptor
        var seen = Set<String>()
        var raised: [Finding] = []
        for finding in findings where finding.level >= .write {
            for object in finding.objects {
                guard let pattern = profile.protected.first(where: { $0.matches(object, searchPath: searchPath) }),
                      seen.insert(object).inserted else { continue }
                raised.append(Finding(rule: rule.id, level: level(of: rule),
                                      message: "\(finding.rule) changes \(object), which profile \(profile.name) protects (\(pattern.text) at \(pattern.source))",
                                      hint: rule.hint, location: finding.location, length: finding.length, objects: [object]))
            }
        }
        return raised
    }
}
