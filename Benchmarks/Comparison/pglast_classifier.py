"""A minimal risk classifier on pglast, the yardstick for whole-process `classify-sql`.

Reads `{"sql": ...}` lines on standard input and writes one JSON line per input with a level and the
statement kinds, as `classify-sql --input-format jsonl --format jsonl` does. It does far less than
SQLRisk (no rules, no spans, no findings).

Two modes:
- `ast` (the default): `pglast.parse_sql` builds pglast's Python nodes and a visitor walks every node
  and collects the functions called, the least a classifier that looks past the statement kind does
  (`SELECT pg_terminate_backend(...)` is not safe).
- `kinds`: `parse_sql_json` and `json.loads`, statement kinds only: the floor a Python tool on
  libpg_query pays, whatever it does with the tree.

    python -m venv .build/pyvenv && .build/pyvenv/bin/pip install pglast
    .build/pyvenv/bin/python Benchmarks/Comparison/pglast_classifier.py [ast|kinds] < regress.jsonl > /dev/null
"""

import json
import sys

import pglast
from pglast import ast, parser, visitors

READS = {"SelectStmt", "ExplainStmt", "VariableShowStmt"}
WRITES = {"InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CopyStmt"}
DESTRUCTIVE = {"DropStmt", "TruncateStmt", "DropdbStmt", "DropRoleStmt", "DropTableSpaceStmt"}
ORDER = ["safe", "write", "ddl", "destructive", "unparseable"]


def level_of(kind):
    if kind in READS:
        return "safe"
    if kind in WRITES:
        return "write"
    if kind in DESTRUCTIVE:
        return "destructive"
    return "ddl"


class Calls(visitors.Visitor):
    def __init__(self):
        self.functions = []

    def visit_FuncCall(self, ancestors, node):
        self.functions.append(".".join(name.sval for name in node.funcname))


def classify_ast(sql):
    try:
        statements = pglast.parse_sql(sql)
    except parser.ParseError as error:
        return {"level": "unparseable", "error": str(error)}
    result = []
    for raw in statements:
        calls = Calls()
        calls(raw.stmt)
        kind = type(raw.stmt).__name__
        result.append({"kind": kind, "level": level_of(kind), "functions": calls.functions})
    level = max((s["level"] for s in result), key=ORDER.index) if result else "safe"
    return {"level": level, "statements": result}


def classify(sql):
    try:
        tree = json.loads(parser.parse_sql_json(sql))
    except parser.ParseError as error:
        return {"level": "unparseable", "error": str(error)}
    kinds = [next(iter(raw["stmt"])) for raw in tree.get("stmts", [])]
    levels = [level_of(kind) for kind in kinds]
    level = max(levels, key=ORDER.index) if levels else "safe"
    return {"level": level, "statements": [{"kind": k, "level": l} for k, l in zip(kinds, levels)]}


def main():
    run = classify if sys.argv[1:] == ["kinds"] else classify_ast
    out = sys.stdout
    for line in sys.stdin:
        if line.strip():
            out.write(json.dumps(run(json.loads(line)["sql"])) + "\n")


main()
