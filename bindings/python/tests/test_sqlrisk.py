"""Tests of the Python package, run against the INSTALLED package: `swift test` makes a fresh virtual
environment, runs `pip install ./bindings/python` in it and runs these with that environment's python
from a directory outside the checkout (Tests/SQLRiskCTests/PythonBindingTests.swift). By hand:

    python3 -m venv /tmp/v && /tmp/v/bin/pip install ./bindings/python
    cd /tmp && /tmp/v/bin/python -m unittest discover -s "$OLDPWD/bindings/python/tests" -v
"""

import doctest
import os
import subprocess
import sys
import threading
import unittest

import sqlrisk
from sqlrisk import Decision, Finding, Level, Report, Statement


class LevelTests(unittest.TestCase):
    def test_levels_are_the_c_constants(self):
        self.assertEqual([level.value for level in Level], [0, 1, 2, 3, 4])
        self.assertLess(Level.WRITE, Level.DESTRUCTIVE)
        self.assertEqual(str(Level.CRITICAL), "Level.CRITICAL")
        self.assertEqual(Level.CRITICAL.name.lower(), "critical")

    def test_classify_level(self):
        cases = {
            "SELECT 1": Level.SAFE,
            "INSERT INTO t VALUES (1)": Level.WRITE,
            "CREATE TABLE t (id int)": Level.SCHEMA,
            "DELETE FROM users": Level.DESTRUCTIVE,
            "DROP TABLE users": Level.DESTRUCTIVE,
            "SELECT FROM WHERE": Level.CRITICAL,
            "": Level.SAFE,
        }
        for sql, level in cases.items():
            with self.subTest(sql=sql):
                got = sqlrisk.classify_level(sql)
                self.assertIsInstance(got, Level)
                self.assertEqual(got, level)


class ReportTests(unittest.TestCase):
    def test_report_has_typed_statements_and_findings(self):
        report = sqlrisk.classify("SELECT 1; DELETE FROM users")
        self.assertIsInstance(report, Report)
        self.assertEqual(report.level, Level.DESTRUCTIVE)
        self.assertEqual(report.decision, Decision.ASK)
        self.assertEqual([s.kind for s in report.statements], ["SELECT", "DELETE"])
        delete = report.statements[1]
        self.assertIsInstance(delete, Statement)
        self.assertEqual((delete.index, delete.location, delete.length, delete.line, delete.column), (1, 10, 17, 1, 11))
        finding = delete.findings[0]
        self.assertIsInstance(finding, Finding)
        self.assertEqual((finding.rule, finding.level), ("delete-without-where", Level.DESTRUCTIVE))
        self.assertIn("users", finding.message)
        self.assertTrue(finding.hint)
        self.assertEqual(report.findings, [finding])

    def test_level_from_name_and_order(self):
        self.assertIs(Level.from_name("Destructive"), Level.DESTRUCTIVE)
        self.assertGreater(Level.CRITICAL, Level.from_name("write"))
        with self.assertRaises(ValueError):
            Level.from_name("dangerous")

    def test_decisions_of_the_default_policy(self):
        self.assertEqual(sqlrisk.classify("SELECT 1").decision, Decision.ALLOW)
        self.assertEqual(sqlrisk.classify("GRANT ALL ON t TO bob").decision, Decision.DENY)
        self.assertEqual(sqlrisk.classify("DROP TABLE t", profile="default").decision, Decision.ASK)

    def test_policy_loading_reports_its_error(self):
        with self.assertRaises(sqlrisk.PolicyError) as raised:
            sqlrisk.Policy.from_toml("version = 1\n[profile.prod]\nask_level = 'write'\n")
        self.assertIn("did you mean 'ask'?", str(raised.exception))
        self.assertIn(":3:1", str(raised.exception))

    def test_policy_decides_like_the_cli(self):
        policy = sqlrisk.Policy.from_toml(
            "version = 1\n[profile.prod]\nask = 'write'\ndeny = 'destructive'\n")
        update = "UPDATE users SET name = 'x' WHERE id = 1"
        self.assertEqual(sqlrisk.classify(update, policy=policy, profile="prod").decision, sqlrisk.Decision.ASK)
        self.assertEqual(sqlrisk.classify("DROP TABLE users", policy=policy, profile="prod").decision,
                         sqlrisk.Decision.DENY)
        self.assertEqual(sqlrisk.classify("SELECT 1", policy=policy, profile="prod").decision, sqlrisk.Decision.ALLOW)

    def test_version_and_typing_marker(self):
        self.assertRegex(sqlrisk.__version__, r"^\d+\.\d+\.\d+$")
        self.assertTrue(os.path.exists(os.path.join(os.path.dirname(sqlrisk.__file__), "py.typed")))

    def test_classify_and_classify_level_agree(self):
        for sql in ["SELECT 1", "UPDATE t SET a = 1", "GRANT ALL ON t TO bob", "\\! rm -rf /"]:
            with self.subTest(sql=sql):
                self.assertEqual(sqlrisk.classify(sql).level, sqlrisk.classify_level(sql))

    def test_non_ascii_offsets_are_utf8_bytes(self):
        report = sqlrisk.classify("SELECT 'é'; DELETE FROM t")
        self.assertEqual((report.statements[1].location, report.statements[1].column), (13, 13))


class HostileInputTests(unittest.TestCase):
    def assertParseError(self, sql):
        result = sqlrisk.classify(sql)
        self.assertEqual(result.level, Level.CRITICAL)
        self.assertIn("parse-error", [f.rule for f in result.findings])

    def test_invalid_utf8(self):
        self.assertParseError(b"SELECT '\xff'")

    def test_embedded_nul(self):
        self.assertParseError(b"SELECT 1\x00; DROP TABLE users")
        self.assertParseError("SELECT 1\x00")

    def test_lone_surrogate_is_invalid_utf8_not_an_exception(self):
        self.assertParseError("SELECT '\ud800'")

    def test_bytes_like_inputs(self):
        for sql in [b"DELETE FROM t", bytearray(b"DELETE FROM t"), memoryview(b"DELETE FROM t")]:
            self.assertEqual(sqlrisk.classify_level(sql), Level.DESTRUCTIVE)

    def test_wrong_type_raises_type_error(self):
        with self.assertRaises(TypeError):
            sqlrisk.classify(42)

    def test_input_over_the_limit(self):
        result = sqlrisk.classify(b" " * (33 << 20))
        self.assertEqual(result.level, Level.CRITICAL)
        self.assertEqual(result.statements[0].findings[0].rule, "input-too-large")

    def test_deep_expression(self):
        self.assertEqual(sqlrisk.classify_level("SELECT 1" + "+1" * 100_000), Level.CRITICAL)


class ThreadTests(unittest.TestCase):
    def test_threads_agree_with_one_thread(self):
        inputs = ["SELECT 1", "DELETE FROM users", "UPDATE t SET a = 1 WHERE id = 2", b"SELECT '\xff'",
                  "CREATE INDEX i ON t (a)", "SELECT 1" + "+1" * 200, ""]
        expected = [sqlrisk.classify(sql) for sql in inputs]
        failures = []

        def work(offset):
            for i in range(150):
                k = (i + offset) % len(inputs)
                if sqlrisk.classify(inputs[k]) != expected[k] or sqlrisk.classify_level(inputs[k]) != expected[k].level:
                    failures.append((offset, i))

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])

    def test_small_thread_stack(self):
        previous = threading.stack_size(256 * 1024)
        try:
            results = []
            thread = threading.Thread(target=lambda: results.append(sqlrisk.classify_level("SELECT 1" + "+1" * 100_000)))
            thread.start()
            thread.join()
        finally:
            threading.stack_size(previous)
        self.assertEqual(results, [Level.CRITICAL])


class LibraryTests(unittest.TestCase):
    def test_version(self):
        self.assertGreaterEqual(sqlrisk.abi_version(), sqlrisk.ABI_VERSION)
        self.assertRegex(sqlrisk.version(), r"^sqlrisk \S+ \(PostgreSQL \d+\.\d+ grammar\)$")

    def test_missing_library_is_a_clear_import_error(self):
        environment = dict(os.environ, SQLRISK_LIBRARY="/nonexistent/libsqlrisk.so")
        run = subprocess.run([sys.executable, "-c", "import sqlrisk"], env=environment, capture_output=True, text=True,
                             cwd="/")
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("ImportError: sqlrisk: cannot load libsqlrisk.so", run.stderr)
        self.assertIn("SQLRISK_LIBRARY", run.stderr)


def load_tests(loader, tests, pattern):
    """The examples in the module's docstring are tests too."""
    tests.addTests(doctest.DocTestSuite(sqlrisk))
    return tests


if __name__ == "__main__":
    unittest.main()
