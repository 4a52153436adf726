import SQLRisk

/// `--format sarif`: one SARIF 2.1.0 log with one run (SPEC §11). The rules come first, then one
/// result per finding at or above `--fail-on`, written as each report arrives, so ten thousand files
/// never sit in memory together. Unreadable inputs become tool execution notifications.
struct SARIFRenderer: ReportRenderer {
    let output: BufferedOutput
    let failOn: RiskLevel
    private let workingDirectory = FileSystem.currentDirectory
    private var results = 0
    private var unreadable: [UnreadableInput] = []
    /// How often a rule + statement fingerprint pair has been seen per file, so two identical
    /// statements in one file keep two distinct, stable alerts.
    private var occurrences: [String: Int] = [:]
    private var currentFile = ""

    init(output: BufferedOutput, failOn: RiskLevel) {
        self.output = output
        self.failOn = failOn
    }

    static func level(_ level: RiskLevel) -> String { level >= .destructive ? "error" : "warning" }

    mutating func begin() {
        let out = JSONWriter()
        out.object {
            out.member("name") { out.string("classify-sql") }
            out.member("version") { out.string(SQLRiskVersion.version) }
            out.member("semanticVersion") { out.string(SQLRiskVersion.version) }
            out.member("rules") {
                out.array(RuleRegistry.descriptors) { rule in
                    out.object {
                        out.member("id") { out.string(rule.id) }
                        out.member("shortDescription") { out.object { out.member("text") { out.string(rule.summary) } } }
                        out.member("fullDescription") { out.object { out.member("text") { out.string(rule.rationale) } } }
                        out.member("help") {
                            out.object {
                                out.member("text") { out.string(rule.hint) }
                                out.member("markdown") { out.string("**Instead:** \(rule.hint).\n\n`classify-sql rules \(rule.id)` shows examples.") }
                            }
                        }
                        out.member("defaultConfiguration") { out.object { out.member("level") { out.string(Self.level(rule.level)) } } }
                        out.member("properties") { out.object { out.member("sqlrisk-level") { out.string(rule.level.name) } } }
                    }
                }
            }
        }
        output.write("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":")
        output.write(out.text)
        output.write("},\"columnKind\":\"unicodeCodePoints\",\"results\":[")
    }

    mutating func render(_ report: Report, for input: Input) {
        if input.name != currentFile {
            currentFile = input.name
            occurrences.removeAll(keepingCapacity: true)
        }
        let regions = FindingRegions.regions(for: report.statements, of: input)
        var index = 0
        for statement in report.statements {
            for finding in statement.findings {
                defer { index += 1 }
                guard finding.level >= failOn else { continue }
                output.write(results == 0 ? "\n" : ",\n")
                output.write(result(finding, statement, regions[index], input))
                results += 1
            }
        }
    }

    mutating func renderUnreadable(_ failure: UnreadableInput) {
        unreadable.append(failure)
    }

    mutating func finish(_ tally: Tally) {
        let out = JSONWriter()
        out.array([0]) { _ in
            out.object {
                out.member("executionSuccessful") { out.raw(unreadable.isEmpty ? "true" : "false") }
                out.member("toolExecutionNotifications") {
                    out.array(unreadable) { failure in
                        out.object {
                            out.member("level") { out.string("error") }
                            out.member("message") { out.object { out.member("text") { out.string("Could not read the input: \(failure.message)") } } }
                            out.member("locations") {
                                out.array([failure]) { failure in
                                    out.object { out.member("physicalLocation") { artifact(failure.name, region: failure.line.map { ($0, nil) }, out) } }
                                }
                            }
                        }
                    }
                }
            }
        }
        output.write((results == 0 ? "" : "\n") + "],\"invocations\":" + out.text + "}]}\n")
    }

    private mutating func result(_ finding: Finding, _ statement: StatementReport, _ region: FindingRegion?, _ input: Input) -> String {
        let statementKey = statement.fingerprint ?? Self.digest(input.sql, statement)
        let key = "\(finding.rule):\(statementKey)"
        let occurrence = occurrences[key, default: 0]
        occurrences[key] = occurrence + 1
        let out = JSONWriter()
        out.object {
            out.member("ruleId") { out.string(finding.rule) }
            if let ruleIndex = RuleRegistry.descriptors.firstIndex(where: { $0.id == finding.rule }) {
                out.member("ruleIndex") { out.number(ruleIndex) }
            }
            out.member("level") { out.string(Self.level(finding.level)) }
            out.member("message") { out.object { out.member("text") { out.string(finding.message) } } }
            out.member("locations") {
                out.array([0]) { _ in
                    out.object {
                        out.member("physicalLocation") {
                            if let region {
                                artifact(input.name, region: (region.startLine, region), out)
                            } else {
                                artifact(input.name, region: input.line.map { ($0, nil) }, out)
                            }
                        }
                    }
                }
            }
            out.member("partialFingerprints") {
                out.object { out.member("sqlriskFinding/v1") { out.string("\(key):\(occurrence)") } }
            }
            out.member("properties") {
                out.object {
                    out.member("sqlrisk-level") { out.string(finding.level.name) }
                    out.member("statementIndex") { out.number(statement.index) }
                    out.member("hint") { out.string(finding.hint) }
                }
            }
        }
        return out.text
    }

    private func artifact(_ name: String, region: (line: Int, full: FindingRegion?)?, _ out: JSONWriter) {
        out.object {
            out.member("artifactLocation") { out.object { out.member("uri") { out.string(ArtifactURI.uri(name, workingDirectory: workingDirectory)) } } }
            if let region {
                out.member("region") {
                    out.object {
                        out.member("startLine") { out.number(region.line) }
                        if let full = region.full {
                            out.member("startColumn") { out.number(full.startColumn) }
                            out.member("endLine") { out.number(full.endLine) }
                            out.member("endColumn") { out.number(full.endColumn) }
                        }
                    }
                }
            }
        }
    }

    /// A stand-in for the fingerprint of a statement that does not parse: FNV-1a over its bytes.
    static func digest(_ sql: [UInt8], _ statement: StatementReport) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let start = min(statement.location, sql.count), end = min(sql.count, start + statement.length)
        for byte in sql[start..<end] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = String(hash, radix: 16)
        return "raw-" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
