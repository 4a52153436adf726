import Foundation
import Testing
@testable import SQLRisk

/// Random queries from a grammar a little larger than the prefilter's own: every construct it
/// accepts, combined with every other at random depth, next to near misses (non-associative chains,
/// misplaced stars, special forms with the wrong arguments, unknown or dangerous functions). Splices
/// of real SQL rarely reach the corners of the grammar; these inputs live there.
@Suite struct PrefilterGrammarFuzzTests {
    @Test func generatedQueries() {
        var generator = QueryGenerator(seed: 0x6EA_44A2)
        var oracle = PrefilterOracle()
        for _ in 0..<100_000 {
            oracle.check(Array(generator.statements().utf8))
        }
        print("Generated queries: \(oracle.summary)")
        #expect(oracle.accepted > 10_000, "the generator should mostly stay inside the prefilter's grammar")
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }
}

/// A seeded random generator of SQL text around the prefilter's grammar.
struct QueryGenerator {
    var random: SplitMix64
    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func pick(_ items: [String]) -> String { random.pick(items) }
    /// Mostly one of `good`, now and then a near miss from `bad`.
    mutating func pick(_ good: [String], else bad: [String]) -> String { chance(4) ? random.pick(bad) : random.pick(good) }
    mutating func chance(_ percent: Int) -> Bool { random.chance(percent) }

    /// One to three statements, sometimes with a stray token.
    mutating func statements() -> String {
        var parts: [String] = []
        for _ in 0...(chance(85) ? 0 : random.below(2) + 1) {
            switch random.below(20) {
            case 0: parts.append("SHOW " + pick(["search_path", "ALL", "work_mem", "x.y", "TIME ZONE", "transaction", "\"x\""]))
            case 1: parts.append("EXPLAIN " + pick(["", "VERBOSE ", "(COSTS OFF) ", "(costs off, format json) ", "(ANALYZE) ", "(timing) "]) + query(2))
            default: parts.append(query(3))
            }
        }
        var text = parts.joined(separator: pick([";", "; ", ";\n", " ; ;"]))
        if chance(3) { text = pick([";", " ;; ", "/* x */ ;"]) + text }
        if chance(20) { text += pick([";", " ;", "; -- end", ";;", "\n"]) }
        if chance(3) { text = junk(into: text) }
        return text
    }

    mutating func junk(into text: String) -> String {
        var characters = Array(text)
        let at = random.below(characters.count + 1)
        characters.insert(contentsOf: pick([" ", ",", "(", ")", "*", ".", "AS", "1", "'", "::", "[", "]", " NOT ", " IS ", " = ", " FROM ", " t "]), at: at)
        return String(characters)
    }

    mutating func query(_ depth: Int) -> String {
        var text = ""
        if depth > 0, chance(12) {
            text += "WITH " + (chance(20) ? "RECURSIVE " : "") + "c" + (chance(30) ? "(a, b)" : "") + " AS "
                + pick(["", "", "MATERIALIZED ", "NOT MATERIALIZED "]) + "(" + query(depth - 1) + ") "
        }
        text += operand(depth)
        if depth > 0, chance(15) {
            text += " " + pick(["UNION", "UNION ALL", "INTERSECT", "EXCEPT DISTINCT", "union"]) + " " + operand(depth - 1)
        }
        if chance(25) { text += " ORDER BY " + sortItems(depth) }
        switch random.below(10) {
        case 0: text += " LIMIT " + pick(["10", "$1", "ALL", "(SELECT 1)", "1 + 1"])
        case 1: text += " OFFSET " + pick(["5", "$2"]) + (chance(50) ? " LIMIT 3" : "")
        case 2: text += " LIMIT 1 OFFSET 2"
        case 3: text += pick([" FETCH FIRST 1 ROW ONLY", " OFFSET 1 ROWS", " OFFSET $1 ROW FETCH NEXT $2 ROWS ONLY", " FETCH FIRST ROWS ONLY",
                              " FETCH NEXT (1 + 1) ROWS ONLY LIMIT 1"],
                             else: [" LIMIT 1, 2", " LIMIT 1 LIMIT 2", " FOR UPDATE", " FETCH FIRST 1 ROWS WITH TIES", " OFFSET 1 + 1 ROWS",
                                    " FETCH FIRST 1 + 1 ROWS ONLY", " FETCH 1 ROWS ONLY", " FOR SHARE", " FETCH FIRST 1 ROWS"])
        default: break
        }
        return text
    }

    mutating func operand(_ depth: Int) -> String {
        switch random.below(12) {
        case 0: return "VALUES (" + expressions(depth) + ")" + (chance(40) ? ", (" + expressions(depth) + ")" : "")
        case 1: return "TABLE " + pick(["t", "s.t", "only", "ONLY t", "pg_catalog.pg_class"])
        case 2 where depth > 0: return "(" + query(depth - 1) + ")"
        default: return simpleSelect(depth)
        }
    }

    mutating func simpleSelect(_ depth: Int) -> String {
        var text = pick(["SELECT ", "SELECT ", "select ", "SELECT DISTINCT ", "SELECT ALL ", "SELECT DISTINCT ON (a) "])
        if chance(3) { return text + "FROM " + fromItems(depth) }
        var targets: [String] = []
        for _ in 0...random.below(3) {
            switch random.below(12) {
            case 0: targets.append(pick(["*", "t.*", "s.t.*"], else: ["*.*", "t.* AS x", "t.*.x"]))
            case 1: targets.append(expression(depth) + " AS " + pick(["x", "from", "\"Label\"", "name", "select", "not"]))
            case 2: targets.append(expression(depth) + " " + pick(["x", "y1", "\"q\"", "name", "from", "year"]))
            default: targets.append(expression(depth))
            }
        }
        text += targets.joined(separator: ", ")
        if chance(70) { text += " FROM " + fromItems(depth) }
        if chance(50) { text += " WHERE " + expression(depth) }
        if chance(10) { text += " GROUP BY " + expressions(depth) + (chance(30) ? " HAVING " + expression(depth) : "") }
        if chance(5) { text += " WINDOW " + pick(["w", "w2", "x"], else: ["1", "window", "(w)"]) + " AS " + window(depth) + (chance(20) ? ", v AS ()" : "") }
        return text
    }

    mutating func fromItems(_ depth: Int) -> String {
        var text = tableReference(depth)
        for _ in 0..<random.below(3) {
            switch random.below(8) {
            case 0: text += ", " + tableReference(depth)
            case 1: text += " CROSS JOIN " + tableReference(depth)
            case 2: text += " NATURAL " + pick(["", "LEFT ", "FULL OUTER "]) + "JOIN " + tableReference(depth)
            case 3: text += " JOIN " + tableReference(depth)
            default:
                text += " " + pick(["JOIN", "INNER JOIN", "LEFT JOIN", "LEFT OUTER JOIN", "RIGHT JOIN", "FULL JOIN"]) + " "
                    + tableReference(depth) + (chance(80) ? " ON " + expression(depth) : " USING (a" + (chance(30) ? ", b)" : ")"))
            }
        }
        return text
    }

    mutating func tableReference(_ depth: Int) -> String {
        let alias = pick(["", "", " x", " AS x", " AS x(a, b)", " y", " AS year"], else: [" left", " year", " AS from"])
        switch random.below(10) {
        case 0 where depth > 0: return pick(["", "LATERAL "]) + "(" + query(depth - 1) + ")" + alias
        case 1: return pick(["generate_series(1, 3)", "unnest($1)", "pg_catalog.generate_series(1, 2)", "json_each($1::json)",
                             "generate_series(1, 2) WITH ORDINALITY", "unnest($1) with ordinality"],
                            else: ["my_srf(1)", "pg_ls_dir('.')", "generate_series(1, 2) WITH", "lower(x) OVER ()"]) + alias
        case 2: return pick(["ONLY t", "s.t", "db.s.t", "pg_catalog.pg_class", "\"T\"", "name", "date"], else: ["a.b.c.d", "t *"]) + alias
        default: return pick(["t", "u", "users", "orders"]) + alias
        }
    }

    mutating func sortItems(_ depth: Int) -> String {
        var items: [String] = []
        for _ in 0...random.below(2) {
            items.append(expression(depth) + pick(["", "", " ASC", " DESC", " DESC NULLS LAST", " NULLS FIRST"], else: [" USING <", " NULLS"]))
        }
        return items.joined(separator: ", ")
    }

    mutating func expressions(_ depth: Int) -> String {
        (0...random.below(3)).map { _ in expression(depth) }.joined(separator: ", ")
    }

    mutating func expression(_ depth: Int) -> String {
        guard depth > 0, chance(65) else { return atom() }
        let d = depth - 1
        switch random.below(16) {
        case 0, 1, 2, 3:
            let op = pick(["+", "-", "*", "/", "%", "^", "=", "<", ">", "<=", ">=", "<>", "!=", "||", "->>", "@>", "~", "AND", "OR",
                           "LIKE", "ILIKE", "NOT LIKE", "IS DISTINCT FROM", "IS NOT DISTINCT FROM", "AT TIME ZONE", "<->", "?", "#>>", "&&",
                           "SIMILAR TO", "NOT SIMILAR TO", "-|-", "@?", "<<=", "~="],
                          else: ["=>", "~~~", "OPERATOR(pg_catalog.+)", "NOT", "IS", "ESCAPE", "SIMILAR", ":="])
            if op.hasSuffix("LIKE") || op.hasSuffix("SIMILAR TO"), chance(20) {
                return expression(d) + " \(op) " + expression(d) + " ESCAPE " + expression(d)
            }
            let spaced = chance(80) || op.first!.isLetter
            return expression(d) + (spaced ? " \(op) " : op) + expression(d)
        case 4: return pick(["-", "+", "NOT ", "- -", "NOT NOT "], else: ["~ ", "@ ", "NOT IN "]) + expression(d)
        case 5:
            return expression(d) + pick([" IS NULL", " IS NOT NULL", " IS TRUE", " IS NOT FALSE", " ISNULL", " NOTNULL", "::int",
                                         "::numeric(10, 2)", "::text[]", "::timestamp with time zone", "::double precision", "::varchar(5)",
                                         "::pg_catalog.int4", "::\"char\"", "::interval", "::bit varying(3)", "::int[3]", "::time(3)",
                                         "::float(8)", "::character varying", " COLLATE \"C\"", " collate pg_catalog.\"default\""],
                                        else: [" IS UNKNOWN", "[1]", "[1:2]", ".f", "::int(", "::", "::1", " COLLATE", " COLLATE 'C'"])
        case 6:
            return expression(d) + pick([" BETWEEN ", " NOT BETWEEN ", " BETWEEN SYMMETRIC "]) + expression(d) + " AND " + expression(d)
        case 7:
            return expression(d) + pick([" IN (", " NOT IN ("]) + (chance(30) ? query(d) : expressions(d)) + ")"
        case 8:
            return expression(d) + pick([" = ANY (", " <> ALL (", " < SOME (", " LIKE ANY ("]) + (chance(40) ? query(d) : expression(d)) + ")"
        case 9: return functionCall(d)
        case 10:
            return "CASE " + (chance(30) ? expression(d) + " " : "") + "WHEN " + expression(d) + " THEN " + expression(d)
                + (chance(40) ? " ELSE " + expression(d) : "") + " END"
        case 11: return "(" + expression(d) + (chance(20) ? ", " + expression(d) : "") + ")" + pick(["", "", "[1]", ".f", ".*"])
        case 12: return pick(["EXISTS (", "ARRAY(", "(", "NOT EXISTS ("]) + query(d) + ")" + pick(["", "", "[1]", ".x"])
        case 13: return pick(["ROW(", "ARRAY[", "coalesce(", "greatest(", "least(", "ARRAY[["]) + expressions(d) + pick([")", "]", "]]"])
        case 14: return "CAST(" + expression(d) + " AS " + pick(["int", "text", "numeric(5)", "timestamp", "my.type", "int[]"]) + ")"
        default: return expression(d) + " " + pick(["=", "<", "+", "AND"]) + " " + expression(d)
        }
    }

    mutating func functionCall(_ depth: Int) -> String {
        let name = pick(["lower", "count", "sum", "now", "pg_catalog.upper", "left", "right", "substring", "extract", "nullif",
                         "row_number", "array_agg", "date_trunc", "coalesce", "trim", "position", "percentile_cont", "rank"],
                        else: ["my_func", "pg_sleep", "nextval", "public.lower", "\"lower\"", "current_schema", "exists", "values",
                               "interval", "cast", "pg_catalog.pg_read_file", "grouping", "overlay", "collation for"])
        var args: String
        switch random.below(8) {
        case 0: args = ""
        case 1: args = "*"
        case 2: args = "DISTINCT " + expressions(depth)
        case 3: args = expressions(depth) + " ORDER BY " + sortItems(depth)
        case 4: args = pick(["epoch FROM x", "year FROM x", "'day' FROM x", "t.*", "x FROM 1 FOR 2", "x FOR 2", "x FROM 2", "x IN y",
                             "both 'x' FROM y", "leading FROM y", "x, y", "FROM y, z"],
                            else: ["a => 1", "x SIMILAR y ESCAPE z", "both", "x IN", "FOR 2", "x FROM", "trailing x"])
        default: args = expressions(depth)
        }
        var text = name + "(" + args + ")"
        if chance(15) { text += " FILTER (WHERE " + expression(depth) + ")" }
        if chance(20) { text += " OVER " + window(depth) }
        if chance(10) { text += pick([" WITHIN GROUP (ORDER BY x)", " WITHIN GROUP (ORDER BY x DESC, y) FILTER (WHERE x)"],
                                     else: ["[1]", ".x", " WITHIN GROUP (x)", " WITHIN GROUP (ORDER BY x) OVER ()", " WITHIN GROUP"]) }
        return text
    }

    mutating func window(_ depth: Int) -> String {
        if chance(10) { return pick(["w", "\"W\""], else: ["order", "(w ORDER BY x)", "w x"]) }
        var text = "("
        if chance(50) { text += "PARTITION BY " + expressions(depth) + " " }
        if chance(60) { text += "ORDER BY " + sortItems(depth) + " " }
        if chance(40) {
            let bounds = ["UNBOUNDED PRECEDING", "UNBOUNDED FOLLOWING", "CURRENT ROW", "1 PRECEDING", "$1 FOLLOWING", "2 FOLLOWING"]
            text += pick(["ROWS ", "RANGE ", "GROUPS "])
            text += chance(60) ? "BETWEEN " + pick(bounds) + " AND " + pick(bounds) : pick(bounds)
            if chance(10) { text += pick([" EXCLUDE TIES", " EXCLUDE CURRENT ROW", " EXCLUDE GROUP", " EXCLUDE NO OTHERS"], else: [" EXCLUDE", " EXCLUDE ROW"]) }
        }
        return text + ")"
    }

    mutating func atom() -> String {
        pick(["1", "42", "1.5", ".5", "1e3", "2.", "'s'", "'it''s'", "E'a\\nb'", "$$d$$", "B'01'", "X'1F'", "$1", "$2", "NULL", "TRUE",
              "false", "a", "b", "t.a", "s.t.a", "\"Q\"", "name", "year", "current_date", "CURRENT_TIMESTAMP(3)", "current_schema",
              "user", "date 'x'", "interval '1 day'", "timestamp with time zone 'x'", "lower(a)", "count(*)", "now()", "$0", "time 'x'",
              "x 'y'", "ARRAY[1, 2]", "ROW()", "(1, 2)", "t.a[1]", "$1[1]", "(a).b", "local", "value", "day", "current", "first", "at",
              "zone", "filter", "over"],
             else: ["x.y.z.w", "t.*", "*", "1_000", "0x10", "'a' 'b'", "N'x'", "U&'x'", "E'\\x41'", "nulls", "time", "position"])
    }
}
