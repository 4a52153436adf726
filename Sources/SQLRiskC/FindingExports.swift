import CSQLRisk
import SQLRisk
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// Round 2 of sqlrisk.h (SPEC §5): findings without JSON, level names, the rule catalogue, errors.

@c @implementation
public func sqlrisk_last_error() -> UnsafePointer<CChar>! {
    LastError.current
}

@c @implementation
public func sqlrisk_result_statement_count(_ result: OpaquePointer!) -> Int {
    guard let box = ResultBox.from(result) else { LastError.set("result is NULL"); return -1 }
    return box.report.statements.count
}

@c @implementation
public func sqlrisk_result_finding_count(_ result: OpaquePointer!) -> Int {
    guard let box = ResultBox.from(result) else { LastError.set("result is NULL"); return -1 }
    return box.findings.count
}

@c @implementation
public func sqlrisk_result_finding(_ result: OpaquePointer!, _ index: Int, _ finding: UnsafeMutablePointer<sqlrisk_finding>!) -> CInt {
    guard let box = ResultBox.from(result), let finding else { LastError.set("result or finding is NULL"); return -1 }
    guard index >= 0, index < box.findings.count else {
        LastError.set("finding index \(index) is out of range: the result has \(box.findings.count) findings")
        return -1
    }
    let (statement, item) = box.findings[index]
    let texts = box.texts(of: index)
    finding.pointee = sqlrisk_finding(rule: texts.rule, message: texts.message, hint: texts.hint, level: cLevel(item.level),
                                      statement_index: statement, location: item.location, length: item.length,
                                      line: item.line, column: item.column)
    return 0
}

@c @implementation
public func sqlrisk_result_statement(_ result: OpaquePointer!, _ index: Int, _ statement: UnsafeMutablePointer<sqlrisk_statement>!) -> CInt {
    guard let box = ResultBox.from(result), let statement else { LastError.set("result or statement is NULL"); return -1 }
    guard index >= 0, index < box.report.statements.count else {
        LastError.set("statement index \(index) is out of range: the result has \(box.report.statements.count) statements")
        return -1
    }
    let item = box.report.statements[index]
    let texts = box.texts(ofStatement: index)
    statement.pointee = sqlrisk_statement(kind: texts.kind, fingerprint: texts.fingerprint, level: cLevel(item.level),
                                          location: item.location, length: item.length, line: item.line, column: item.column,
                                          finding_count: item.findings.count)
    return 0
}

@c @implementation
public func sqlrisk_level_name(_ level: sqlrisk_level) -> UnsafePointer<CChar>! {
    guard let level = RiskLevel(rawValue: Int(level.rawValue)) else { return nil }
    return StaticTexts.levelNames[level.rawValue]
}

@c @implementation
public func sqlrisk_level_from_name(_ name: UnsafePointer<CChar>!) -> CInt {
    guard let name else { LastError.set("name is NULL"); return -1 }
    let text = String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
    guard let level = RiskLevel(name: text) else {
        LastError.set("'\(text)' is not a level; levels are safe, write, schema, destructive, critical")
        return -1
    }
    return CInt(level.rawValue)
}

@c @implementation
public func sqlrisk_rules_json() -> UnsafePointer<CChar>! {
    StaticTexts.rulesJSON
}

/// Strings built once and never freed (the header promises them for the life of the process).
enum StaticTexts {
    nonisolated(unsafe) static let levelNames: [UnsafePointer<CChar>] = RiskLevel.allCases.map { UnsafePointer(strdup($0.name)!) }

    nonisolated(unsafe) static let rulesJSON: UnsafePointer<CChar> = {
        let out = JSONWriter()
        out.array(RuleRegistry.descriptors) { $0.write(to: out) }
        return UnsafePointer(strdup(out.text)!)
    }()
}
