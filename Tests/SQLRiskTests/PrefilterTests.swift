import Foundation
import Testing
@testable import SQLRisk

/// What the prefilter answers for, and what it leaves to the parser. Both lists also feed the
/// soundness tests' splices.
enum PrefilterExamples {
    static let accepted = [
        "SELECT 1", "select 1;", "  SELECT 1 ;  -- done\n", "SELECT 1; SELECT 2", "SELECT 1;;", "", "  /* nothing */ ",
        "SELECT * FROM users WHERE id = $1", "SELECT u.id, u.email AS \"E-mail\" FROM public.users u WHERE u.org_id = $1 LIMIT 10",
        "SELECT count(*) FROM orders o JOIN users u ON u.id = o.user_id LEFT JOIN orgs g USING (org_id) WHERE o.total > 10",
        "SELECT id, row_number() OVER (PARTITION BY org_id ORDER BY created_at DESC NULLS LAST) FROM users",
        "SELECT sum(x) OVER (ORDER BY d ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) FROM t",
        "WITH recent AS MATERIALIZED (SELECT * FROM events WHERE at > now() - interval '1 day') SELECT count(*) FROM recent",
        "WITH RECURSIVE n(i) AS (VALUES (1) UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT i FROM n",
        "SELECT coalesce(a, b), nullif(a, ''), greatest(1, 2), extract(epoch FROM now()), x::numeric(10, 2) FROM t",
        "SELECT CASE WHEN a > 1 THEN 'big' ELSE 'small' END, CAST(b AS varchar(20)), c::timestamp with time zone FROM t",
        "SELECT * FROM t WHERE a IN (1, 2, 3) AND b NOT IN (SELECT b FROM u) AND c BETWEEN $1 AND $2 AND d = ANY($3::int[])",
        "SELECT * FROM t WHERE name ILIKE '%' || $1 || '%' AND data->>'k' = 'v' AND tags @> ARRAY['a'] AND x IS NOT NULL",
        "SELECT EXISTS (SELECT 1 FROM t WHERE id = $1)", "VALUES (1, 'a'), (2, 'b')", "TABLE users", "(SELECT 1) UNION (SELECT 2)",
        "SELECT DISTINCT ON (a) a, b FROM t ORDER BY a, b DESC", "SELECT a FROM t GROUP BY a HAVING count(*) > 1 ORDER BY 1 LIMIT ALL OFFSET 5",
        "SELECT E'it\\'s', $$dollar 'quoted'$$, $q$x$q$, B'0101', X'1F', 'it''s', \"Quoted\"\"Name\" FROM t",
        "SELECT pg_catalog.lower(name), left(name, 2), current_date, current_timestamp(3), date '2024-01-01' FROM t",
        "SELECT to_char(ts AT TIME ZONE 'UTC', 'YYYY'), count(*) FILTER (WHERE ok) FROM t", "SHOW search_path", "SHOW ALL",
        "EXPLAIN SELECT * FROM t", "EXPLAIN (COSTS OFF, FORMAT JSON) SELECT 1", "SELECT * FROM generate_series(1, 10) AS g(i)",
        "SELECT u.id FROM users u LEFT JOIN LATERAL (SELECT id FROM o WHERE o.u = u.id LIMIT 1) x ON true",
        "SELECT (a, b) = (1, 2), (SELECT max(x) FROM t)[1], arr[1:2], ROW(1, 2) FROM t", "SELECT 1 AS from, 2 AS select",
        "SELECT -1, - -2, 2 ^ 3 * 4, NOT a = b, a IS NULL = b FROM t", ";SELECT 1;;;SELECT 2;;", ";; ;",
        "SELECT avg(x) OVER w, lag(x) OVER (ORDER BY d) FROM t WINDOW w AS (ORDER BY d ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)",
        "SELECT id FROM orders ORDER BY created_at DESC FETCH FIRST 10 ROWS ONLY", "SELECT 1 OFFSET $1 ROWS FETCH NEXT $2 ROWS ONLY",
    ]

    static let refused = [
        // Writes and their disguises.
        "INSERT INTO t VALUES (1)", "SELECT * INTO new_t FROM t", "SELECT * FROM t FOR UPDATE", "SELECT * FROM t FOR SHARE",
        "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "EXPLAIN ANALYZE SELECT 1", "EXPLAIN (ANALYZE) DELETE FROM t",
        "SELECT 1; DROP TABLE t", "SELECT 1; -- x\nDELETE FROM t", "COPY t TO STDOUT", "SET search_path = x",
        // Functions that do more than read, however they are written.
        "SELECT pg_read_file('/etc/passwd')", "SELECT PG_READ_FILE('x')", "SELECT \"pg_read_file\"('x')",
        "SELECT pg_catalog.pg_read_file('x')", "SELECT * FROM pg_ls_dir('.')", "SELECT t.pg_sleep FROM t", "SELECT (t).nextval FROM t",
        "SELECT nextval('s')", "SELECT my_function(1)", "SELECT public.lower('x')", "SELECT \"lower\"('x')", "SELECT lo_unlink(1)",
        // Strings and names the server may read differently, and input that does not parse.
        "SELECT 'a\\' ; DELETE FROM t; --'", "SELECT U&'\\0041'", "SELECT N'x'", "SELECT E'\\u'", "SELECT E'\\000'",
        "SELECT 123abc", "SELECT 0x1F", "SELECT 1e", "SELECT $1abc", "SELECT \"\"", "SELECT 'a' 'b'",
        "SELECT 1 = 1 = 1", "SELECT a LIKE b LIKE c", "SELECT a IS DISTINCT FROM b IS NULL", "SELECT FROM WHERE", "SELECT 1 1",
        "SELECT (1", "SELECT 1)", "SELECT * FROM (SELECT 1)", "(SELECT 1 ORDER BY 1) ORDER BY 1", "SELECT f(x)[1]", "SELECT t.*[1] FROM t",
        "SELECT * FROM a.b.c.d", "SELECT x FROM t LIMIT 1, 2", "SELECT count(*) OVER (ROWS UNBOUNDED FOLLOWING) FROM t",
        "SELECT 1 /* unterminated", "SELECT 1 ~~~ 2", "SELECT é", "SELECT 1\u{0B}", "SELECT a NOT b",
        "WITH ordinality AS (SELECT 1) SELECT 1", "SELECT 1 AS x y", "SELECT * FROM t x y", "SELECT a FROM t ORDER BY nulls first",
    ]
}

@Suite struct PrefilterTests {
    @Test(arguments: PrefilterExamples.accepted)
    func answersFor(_ sql: String) {
        let fast = Prefilter.report(for: Array(sql.utf8), limits: .default)
        #expect(fast != nil, "the prefilter should answer for: \(sql)")
        #expect(fast == Classifier(options: .init(usePrefilter: false)).classify(sql))
    }

    @Test(arguments: PrefilterExamples.refused)
    func leavesToTheParser(_ sql: String) {
        #expect(Prefilter.report(for: Array(sql.utf8), limits: .default) == nil, "the prefilter should not answer for: \(sql)")
    }

    /// The classifier's answer is the same with the prefilter on and off, on both lists.
    @Test func classifierUsesThePrefilter() {
        for sql in PrefilterExamples.accepted + PrefilterExamples.refused {
            #expect(Classifier().classify(sql) == Classifier(options: .init(usePrefilter: false)).classify(sql), "\(sql)")
        }
    }

    /// Deep nesting of every kind the recognizer recurses on is cut at the stack budget, on threads
    /// with small stacks too (in a debug build, whose frames are the largest): no answer, no crash.
    @Test func deepNestingStaysWithinTheStack() throws {
        let depth = 3_000
        let shapes = [
            ("SELECT ", "(", "1", ")"), ("SELECT ", "abs(", "1", ")"), ("SELECT ", "(SELECT ", "1", ")"),
            ("SELECT ", "CASE WHEN true THEN ", "1", " END"), ("SELECT ", "NOT ", "true", ""), ("SELECT ", "- ", "1", ""),
            ("SELECT ", "ARRAY[", "1", "]"), ("SELECT * FROM ", "(SELECT * FROM ", "t", ") x"), ("", "(", "SELECT 1", ")"),
            ("SELECT ", "coalesce(", "1", ")"), ("SELECT ", "1 + (", "1", ")"), ("SELECT ", "EXISTS (SELECT ", "1", ")"),
            ("SELECT x FROM t WHERE ", "x IN (SELECT x FROM t WHERE ", "true", ")"), ("SELECT ", "count(*) OVER (ORDER BY ", "1", ")"),
        ]
        let inputs = shapes.map { prefix, open, middle, close in
            Array((prefix + String(repeating: open, count: depth) + middle + String(repeating: close, count: depth)).utf8)
        }
        for stackSize in [128 << 10, 256 << 10, 512 << 10] {
            let answered = Counter()
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                for input in inputs where Prefilter.report(for: input, limits: .default) != nil { answered.value += 1 }
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
            done.wait()
            #expect(answered.value == 0, "stack \(stackSize)")
        }
    }

    /// Written by one thread, read after it signals.
    final class Counter: @unchecked Sendable { var value = 0 }
}
