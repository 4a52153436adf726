/// Folds an expression over literals to its value, as far as that can be known without data:
/// `1 = 1`, `'a' = 'a'`, `NOT false`, `x OR true`, `2 > 1`, `NULL IS NULL`, `EXISTS (SELECT 1)`.
/// Anything that depends on a column, a parameter or a function is `.unknown`.
enum ConstantFolding {
    enum Value: Equatable {
        case bool(Bool), number(Double), text(String), null, unknown
    }

    /// Nesting beyond this is `.unknown` (no deep recursion on adversarial input).
    static let maxDepth = 64

    static func isAlwaysTrue(_ expression: Node?) -> Bool {
        guard let expression else { return false }
        return truth(of: evaluate(expression, depth: 0)) == true
    }

    static func truth(of value: Value) -> Bool? {
        switch value {
        case .bool(let b): return b
        case .text(let t): return boolean(fromText: t)
        case .number(let n): return n != 0 ? true : false
        default: return nil
        }
    }

    /// PostgreSQL's accepted spellings of a boolean literal.
    static func boolean(fromText text: String) -> Bool? {
        switch text.lowercased().trimmingSpaces() {
        case "t", "tr", "tru", "true", "y", "ye", "yes", "on", "1": return true
        case "f", "fa", "fal", "fals", "false", "n", "no", "of", "off", "0": return false
        default: return nil
        }
    }

    static func evaluate(_ node: Node, depth: Int) -> Value {
        guard depth < maxDepth else { return .unknown }
        switch node.type.name {
        case "A_Const":
            if node.bool("isnull") { return .null }
            if let ival = node.field("ival") { return .number(Double(ival.int("ival") ?? 0)) }
            if let fval = node.field("fval") { return Double(fval.string("fval") ?? "").map(Value.number) ?? .unknown }
            if let sval = node.field("sval") { return .text(sval.string("sval") ?? "") }
            if let bval = node.field("boolval") { return .bool(bval.bool("boolval")) }
            return .unknown
        case "TypeCast":
            guard let arg = node.field("arg") else { return .unknown }
            let value = evaluate(arg, depth: depth + 1)
            let target = node.field("typeName")?.list("names").last?.stringValue ?? ""
            switch target {
            case "bool", "boolean":
                if case .text(let t) = value { return boolean(fromText: t).map(Value.bool) ?? .unknown }
                if case .number(let n) = value { return .bool(n != 0) }
                return value
            case "int2", "int4", "int8", "float4", "float8", "numeric", "integer", "int", "bigint", "smallint":
                if case .text(let t) = value { return Double(t.trimmingSpaces()).map(Value.number) ?? .unknown }
                return value
            case "text", "varchar", "bpchar", "name":
                if case .number(let n) = value { return .text(n == n.rounded() ? String(Int(n)) : String(n)) }
                return value
            default:
                return .unknown
            }
        case "BoolExpr":
            let args = node.list("args").map { truth(of: evaluate($0, depth: depth + 1)) }
            switch node.string("boolop") ?? "" {
            case "AND_EXPR":
                if args.contains(false) { return .bool(false) }
                return args.allSatisfy({ $0 == true }) ? .bool(true) : .unknown
            case "OR_EXPR":
                if args.contains(true) || coversNull(node.list("args")) { return .bool(true) }
                return args.allSatisfy({ $0 == false }) ? .bool(false) : .unknown
            case "NOT_EXPR":
                return args.first.flatMap { $0 }.map { .bool(!$0) } ?? .unknown
            default:
                return .unknown
            }
        case "A_Expr":
            return evaluateOperator(node, depth: depth)
        case "NullTest":
            guard let arg = node.field("arg") else { return .unknown }
            let value = evaluate(arg, depth: depth + 1)
            guard value != .unknown else { return .unknown }
            let isNull = value == .null
            return .bool(node.string("nulltesttype") == "IS_NOT_NULL" ? !isNull : isNull)
        case "BooleanTest":
            guard let arg = node.field("arg") else { return .unknown }
            let folded = evaluate(arg, depth: depth + 1)
            if folded == .null {
                // NULL IS NOT TRUE, IS NOT FALSE and IS UNKNOWN hold; the others do not.
                return .bool(["IS_NOT_TRUE", "IS_NOT_FALSE", "IS_UNKNOWN"].contains(node.string("booltesttype") ?? ""))
            }
            guard let value = truth(of: folded) else { return .unknown }
            switch node.string("booltesttype") ?? "" {
            case "IS_TRUE": return .bool(value)
            case "IS_NOT_TRUE": return .bool(!value)
            case "IS_FALSE": return .bool(!value)
            case "IS_NOT_FALSE": return .bool(value)
            case "IS_UNKNOWN": return .bool(false)
            case "IS_NOT_UNKNOWN": return .bool(true)
            default: return .unknown
            }
        case "SubLink":
            return evaluateSubLink(node, depth: depth)
        case "CoalesceExpr":
            return evaluateCoalesce(node, depth: depth)
        case "MinMaxExpr":
            return evaluateMinMax(node, depth: depth)
        case "CaseExpr":
            return evaluateCase(node, depth: depth)
        default:
            return .unknown
        }
    }

    private static func evaluateOperator(_ node: Node, depth: Int) -> Value {
        guard let left = node.field("lexpr"), let right = node.field("rexpr") else {
            // Prefix operators: `- 1`, `NOT` is a BoolExpr.
            if let right = node.field("rexpr"), node.list("name").first?.stringValue == "-",
               case .number(let n) = evaluate(right, depth: depth + 1) { return .number(-n) }
            return .unknown
        }
        let kind = node.string("kind") ?? ""
        let op = node.list("name").last?.stringValue ?? ""
        if let value = evaluatePredicate(node, kind: kind, op: op, left: left, right: right, depth: depth) { return value }
        if kind == "AEXPR_IN" {
            let lhs = evaluate(left, depth: depth + 1)
            guard lhs != .unknown, lhs != .null else { return .unknown }
            let candidates = right.items.map { evaluate($0, depth: depth + 1) }
            let found = candidates.contains(where: { compare(lhs, $0) == 0 })
            if op == "=" { return found ? .bool(true) : (candidates.contains(.unknown) ? .unknown : .bool(false)) }
            return found ? .bool(false) : (candidates.contains(.unknown) ? .unknown : .bool(true))
        }
        let lhs = evaluate(left, depth: depth + 1)
        if kind == "AEXPR_BETWEEN" || kind == "AEXPR_NOT_BETWEEN" {
            let bounds = right.items.map { evaluate($0, depth: depth + 1) }
            guard bounds.count == 2, let low = compare(lhs, bounds[0]), let high = compare(lhs, bounds[1]) else { return .unknown }
            let inside = low >= 0 && high <= 0
            return .bool(kind == "AEXPR_BETWEEN" ? inside : !inside)
        }
        let rhs = evaluate(right, depth: depth + 1)
        if kind == "AEXPR_DISTINCT" || kind == "AEXPR_NOT_DISTINCT" {
            guard lhs != .unknown, rhs != .unknown else { return .unknown }
            let same = (lhs == .null && rhs == .null) || (lhs != .null && rhs != .null && compare(lhs, rhs) == 0)
            return .bool(kind == "AEXPR_NOT_DISTINCT" ? same : !same)
        }
        guard kind == "AEXPR_OP" else { return .unknown }
        if lhs == .null || rhs == .null { return lhs == .unknown || rhs == .unknown ? .unknown : .null }
        if case .number(let a) = lhs, case .number(let b) = rhs {
            switch op {
            case "+": return .number(a + b)
            case "-": return .number(a - b)
            case "*": return .number(a * b)
            default: break
            }
        }
        return comparison(op, lhs, rhs)
    }

    /// -1, 0 or 1 when both are known values of comparable kinds.
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.text(let x), .text(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.text(let x), .number(let y)): return Double(x.trimmingSpaces()).map { $0 < y ? -1 : ($0 == y ? 0 : 1) }
        case (.number(let x), .text(let y)): return Double(y.trimmingSpaces()).map { x < $0 ? -1 : (x == $0 ? 0 : 1) }
        case (.bool(let x), .text(let y)), (.text(let y), .bool(let x)):
            return boolean(fromText: y).map { $0 == x ? 0 : 1 }
        default: return nil
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropLast() }
        return String(s)
    }
}
