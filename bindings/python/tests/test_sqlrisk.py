"""Tests of the Python binding. Run from bindings/python with SQLRISK_LIBRARY set:

    SQLRISK_LIBRARY=$PWD/../../.build/debug/libsqlrisk.so python3 -m unittest discover -s tests -v

`swift test` runs them (Tests/SQLRiskCTests/PythonBindingTests.swift).
"""

import doctest
import os
import subprocess
import sys
import threading
import unittest

import sqlrisk
from sqlrisk import Level


class LevelTests(unittest.TestCase):
    def test_levels_are_the_c_constants(self):
        self.assertEqual([level.value for level in Level], [0, 1, 2, 3, 4])
        self.assertLess(Level.WRITE, Level.DESTRUCTIVE)
        self.assertEqual(str(Level.CRITICAL), "critical")

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
    def test_report_is_a_dict_of_the_spec_fields(self):
        result = sqlrisk.classify("SELECT 1; DELETE FROM users")
        self.assertEqual(result.level, Level.DESTRUCTIVE)
        report = result.report
        self.assertEqual(report["version"], 1)
        self.assertEqual(report["level"], "destructive")
        self.assertEqual([s["kind"] for s in report["statements"]], ["SELECT", "DELETE"])
        delete = report["statements"][1]
        self.assertEqual((delete["location"], delete["length"]), (10, 17))
        finding = delete["findings"][0]
        self.assertEqual(finding["rule"], "delete-without-where")
        self.assertEqual(set(finding), {"rule", "level", "message", "hint", "location", "length", "line", "column", "objects"})

    def test_classify_and_classify_level_agree(self):
        for sql in ["SELECT 1", "UPDATE t SET a = 1", "GRANT ALL ON t TO bob", "\\! rm -rf /"]:
            with self.subTest(sql=sql):
                self.assertEqual(sqlrisk.classify(sql).level, sqlrisk.classify_level(sql))

    def test_non_ascii_offsets_are_utf8_bytes(self):
        report = sqlrisk.classify("SELECT 'é'; DELETE FROM t").report
        self.assertEqual(report["statements"][1]["location"], 13)


class HostileInputTests(unittest.TestCase):
    def assertParseError(self, sql):
        result = sqlrisk.classify(sql)
        self.assertEqual(result.level, Level.CRITICAL)
        self.assertIn("parse-error", [f["rule"] for s in result.report["statements"] for f in s["findings"]])

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
        self.assertEqual(result.report["statements"][0]["findings"][0]["rule"], "input-too-large")

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
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("ImportError: sqlrisk: cannot load libsqlrisk.so", run.stderr)
        self.assertIn("SQLRISK_LIBRARY", run.stderr)


def load_tests(loader, tests, pattern):
    """The examples in the module's docstring are tests too."""
    tests.addTests(doctest.DocTestSuite(sqlrisk))
    return tests


if __name__ == "__main__":
    unittest.main()
