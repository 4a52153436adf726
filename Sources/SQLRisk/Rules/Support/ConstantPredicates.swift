/// The parts of constant folding beyond plain operators: `coalesce`, `nullif`, `greatest`/`least`,
/// `CASE`, `LIKE`/`ILIKE`/`SIMILAR TO` on literals, `= ANY (ARRAY[...])`, row comparisons, scalar,
/// `IN` and `EXISTS` subqueries over FROM-less constant queries, and a column compared with itself.
/// Only what the server computes from the text alone: no function calls (a volatile one could differ).
extension ConstantFolding {
    /// A column compared with itself (`x = x`, `x >= x`) is true for every row where it is not null,
    /// and `x IS NOT DISTINCT FROM x` for every row: as unbounded as `WHERE true`.
    static func evaluatePredicate(_ node: Node, kind: String, op: String, left: Node, right: Node, depth: Int) -> Value? {
        switch kind {
        case "AEXPR_OP" where ["=", ">=", "<="].contains(op) && sameColumn(left, right):
            return .bool(true)
        case "AEXPR_NOT_DISTINCT" where sameColumn(left, right):
            return .bool(true)
        case "AEXPR_OP" where ["<>", "!=", "<", ">"].contains(op) && sameColumn(left, right),
             "AEXPR_DISTINCT" where sameColumn(left, right):
            // False (or null) on every row, so `NOT (x <> x)` is as unbounded as `x = x`.
            return .bool(false)
        case "AEXPR_IN" where right.items.contains { sameColumn(left, $0) }:
            return .bool(op == "=")
        case "AEXPR_OP" where op == "||":
            let a = evaluate(left, depth: depth + 1), b = evaluate(right, depth: depth + 1)
            if a == .null || b == .null { return a == .unknown || b == .unknown ? .unknown : .null }
            guard case .text(let x) = a, case .text(let y) = b else { return .unknown }
            return .text(x + y)
        case "AEXPR_OP" where left.type.name == "RowExpr" && right.type.name == "RowExpr":
            return compareRows(left.list("args"), right.list("args"), op: op, depth: depth)
        case "AEXPR_NULLIF":
            let a = evaluate(left, depth: depth + 1), b = evaluate(right, depth: depth + 1)
            guard a != .unknown, b != .unknown else { return .unknown }
            return a != .null && b != .null && compare(a, b) == 0 ? .null : a
        case "AEXPR_LIKE", "AEXPR_ILIKE", "AEXPR_SIMILAR":
            return evaluateLike(kind: kind, op: op, left: left, right: right, depth: depth)
        case "AEXPR_OP_ANY", "AEXPR_OP_ALL":
            guard right.type.name == "A_ArrayExpr" else { return .unknown }
            let lhs = evaluate(left, depth: depth + 1)
            let results = right.list("elements").map { comparison(op, lhs, evaluate($0, depth: depth + 1)) }
            return combine(results, any: kind == "AEXPR_OP_ANY")
        default:
            return nil
        }
    }

    /// `x op y` of two folded values: true, false, null (`.null`) or unknown.
    static func comparison(_ op: String, _ a: Value, _ b: Value) -> Value {
        if a == .unknown || b == .unknown { return .unknown }
        if a == .null || b == .null { return .null }
        guard let order = compare(a, b) else { return .unknown }
        switch op {
        case "=": return .bool(order == 0)
        case "<>", "!=": return .bool(order != 0)
        case "<": return .bool(order < 0)
        case "<=": return .bool(order <= 0)
        case ">": return .bool(order > 0)
        case ">=": return .bool(order >= 0)
        default: return .unknown
        }
    }

    /// ANY: true if one is true, false if all are false; ALL the other way round; else null or unknown.
    private static func combine(_ results: [Value], any: Bool) -> Value {
        if results.contains(.bool(any)) { return .bool(any) }
        if results.contains(.unknown) { return .unknown }
        return results.contains(.null) ? .null : .bool(!any)
    }

    /// `x IS NULL OR x IS NOT NULL` (among other disjuncts) holds for every row.
    static func coversNull(_ disjuncts: [Node]) -> Bool {
        let tests = disjuncts.filter { $0.type.name == "NullTest" }
        return tests.contains { isNull in
            isNull.string("nulltesttype") == "IS_NULL" && tests.contains { other in
                other.string("nulltesttype") == "IS_NOT_NULL" && sameColumn(isNull.field("arg"), other.field("arg"))
            }
        }
    }

    private static func sameColumn(_ a: Node?, _ b: Node?) -> Bool {
        guard let a, let b else { return false }
        guard a.type.name == "ColumnRef", b.type.name == "ColumnRef" else { return false }
        let x = a.list("fields").map { $0.stringValue }, y = b.list("fields").map { $0.stringValue }
        return !x.isEmpty && !x.contains(nil) && x == y
    }

    /// `(a, b) op (c, d)`: `=`/`<>` element by element; ordering operators lexicographically.
    private static func compareRows(_ left: [Node], _ right: [Node], op: String, depth: Int) -> Value {
        guard left.count == right.count, !left.isEmpty else { return .unknown }
        let pairs = zip(left, right).map { (evaluate($0, depth: depth + 1), evaluate($1, depth: depth + 1)) }
        switch op {
        case "=", "<>", "!=":
            let equal = combine(pairs.map { comparison("=", $0.0, $0.1) }, any: false)
            guard case .bool(let all) = equal else { return equal }
            return .bool(op == "=" ? all : !all)
        default:
            for (a, b) in pairs {
                let same = comparison("=", a, b)
                if same == .bool(true) { continue }
                return comparison(op, a, b)
            }
            return comparison(op, .number(0), .number(0))
        }
    }

    /// `LIKE`/`ILIKE` on a literal pattern; `SIMILAR TO` only for a pattern of `%` alone. A pattern of
    /// only `%` matches every non-null value, whatever the left side (a column included).
    private static func evaluateLike(kind: String, op: String, left: Node, right: Node, depth: Int) -> Value {
        let negated = op.hasPrefix("!")
        var patternNode = right
        if kind == "AEXPR_SIMILAR" {
            guard right.type.name == "FuncCall", right.list("args").count == 1, let only = right.list("args").first else { return .unknown }
            patternNode = only
        }
        guard case .text(let pattern) = evaluate(patternNode, depth: depth + 1) else { return .unknown }
        let lhs = evaluate(left, depth: depth + 1)
        if lhs == .null { return .null }
        if !pattern.isEmpty, pattern.allSatisfy({ $0 == "%" }) {
            return .bool(!negated)
        }
        guard kind != "AEXPR_SIMILAR", case .text(let text) = lhs else { return .unknown }
        let folded = kind == "AEXPR_ILIKE"
        guard let matched = like(Array((folded ? text.lowercased() : text).unicodeScalars),
                                 Array((folded ? pattern.lowercased() : pattern).unicodeScalars)) else { return .unknown }
        return .bool(matched != negated)
    }

    /// SQL LIKE with `%`, `_` and the default `\` escape; nil for a pattern ending in a lone `\` (an error).
    private static func like(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool? {
        // Iterative matcher with one backtrack point per `%`, linear enough for folding.
        var t = 0, p = 0, starP = -1, starT = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "%" { starP = p; starT = t; p += 1; continue }
            if p < pattern.count {
                var expected = pattern[p], width = 1
                if expected == "\\" {
                    guard p + 1 < pattern.count else { return nil }
                    expected = pattern[p + 1]; width = 2
                    if text[t] == expected { t += 1; p += width; continue }
                } else if expected == "_" || text[t] == expected { t += 1; p += 1; continue }
            }
            guard starP >= 0 else { return false }
            starT += 1; t = starT; p = starP + 1
        }
        while p < pattern.count, pattern[p] == "%" { p += 1 }
        return p == pattern.count
    }

    /// A FROM-less `SELECT` whose rows can be known: nil when it reads a table or filters unknowably.
    /// Returns its rows (each a list of target values).
    private static func constantRows(_ select: Node?, depth: Int) -> [[Value]]? {
        guard let select, select.type.name == "SelectStmt", !select.has("fromClause"), !select.has("groupClause"),
              !select.has("havingClause"), !select.has("limitOffset"), select.string("op") ?? "SETOP_NONE" == "SETOP_NONE",
              !select.has("withClause"), !select.has("windowClause") else { return nil }
        if let limit = select.field("limitCount") {
            guard case .number(let n) = evaluate(limit, depth: depth + 1), n >= 1 else { return nil }
        }
        if let condition = select.field("whereClause") {
            guard let holds = truth(of: evaluate(condition, depth: depth + 1)) else { return nil }
            if !holds { return [] }
        }
        if select.has("valuesLists") {
            return select.list("valuesLists").map { $0.items.map { evaluate($0, depth: depth + 1) } }
        }
        let row = select.list("targetList").map { target in target.field("val").map { evaluate($0, depth: depth + 1) } ?? .unknown }
        return row.isEmpty ? nil : [row]
    }

    static func evaluateSubLink(_ node: Node, depth: Int) -> Value {
        guard let rows = constantRows(node.field("subselect"), depth: depth) else { return .unknown }
        switch node.string("subLinkType") ?? "" {
        case "EXISTS_SUBLINK":
            return .bool(!rows.isEmpty)
        case "EXPR_SUBLINK":
            guard rows.count <= 1 else { return .unknown }
            guard let row = rows.first else { return .null }
            return row.count == 1 ? row[0] : .unknown
        case "ANY_SUBLINK", "ALL_SUBLINK":
            guard let test = node.field("testexpr"), rows.allSatisfy({ $0.count == 1 }) else { return .unknown }
            let op = node.list("operName").last?.stringValue ?? "="
            let lhs = evaluate(test, depth: depth + 1)
            return combine(rows.map { comparison(op, lhs, $0[0]) }, any: node.string("subLinkType") == "ANY_SUBLINK")
        default:
            return .unknown
        }
    }

    /// `coalesce(a, b, ...)`: the first non-null argument, if everything before it is known to be null.
    static func evaluateCoalesce(_ node: Node, depth: Int) -> Value {
        for argument in node.list("args") {
            let value = evaluate(argument, depth: depth + 1)
            if value != .null { return value }
        }
        return .null
    }

    /// `greatest`/`least` ignore nulls; unknown if any argument is.
    static func evaluateMinMax(_ node: Node, depth: Int) -> Value {
        let values = node.list("args").map { evaluate($0, depth: depth + 1) }.filter { $0 != .null }
        guard !values.contains(.unknown) else { return .unknown }
        guard var best = values.first else { return .null }
        let greatest = node.string("op") == "IS_GREATEST"
        for value in values.dropFirst() {
            guard let order = compare(value, best) else { return .unknown }
            if greatest ? order > 0 : order < 0 { best = value }
        }
        return best
    }

    /// `CASE [arg] WHEN ... THEN ... ELSE ... END`: the first branch known to hold; unknown as soon as
    /// a branch before it cannot be decided.
    static func evaluateCase(_ node: Node, depth: Int) -> Value {
        let subject = node.field("arg").map { evaluate($0, depth: depth + 1) }
        for branch in node.list("args") {
            guard let condition = branch.field("expr") else { return .unknown }
            let value = evaluate(condition, depth: depth + 1)
            let holds: Value = subject.map { comparison("=", $0, value) } ?? value
            switch holds {
            case .unknown: return .unknown
            case .null: continue
            default:
                guard let taken = truth(of: holds) else { return .unknown }
                if taken { return branch.field("result").map { evaluate($0, depth: depth + 1) } ?? .unknown }
            }
        }
        return node.field("defresult").map { evaluate($0, depth: depth + 1) } ?? .null
    }
}
