#!/usr/bin/env python3
"""Checks every corpus case without the engine: header format, header level == folder level,
that the SQL parses with libpg_query (PostgreSQL 15 grammar) unless the case expects parse-error,
and that SQL/PL/pgSQL function and DO bodies parse. Usage: python3 Corpus/tools/check_syntax.py [-v]
Needs libpg_query.so (Debian: libpg-query-dev)."""
import ctypes, glob, json, os, re, sys

# Results are not freed: this is a short-lived script.
lib = ctypes.CDLL("libpg_query.so")
class Err(ctypes.Structure):
    _fields_=[("message",ctypes.c_char_p),("funcname",ctypes.c_char_p),("filename",ctypes.c_char_p),("lineno",ctypes.c_int),("cursorpos",ctypes.c_int),("context",ctypes.c_char_p)]
class PR(ctypes.Structure):
    _fields_=[("parse_tree",ctypes.c_char_p),("stderr_buffer",ctypes.c_char_p),("error",ctypes.POINTER(Err))]
class PL(ctypes.Structure):
    _fields_=[("plpgsql_funcs",ctypes.c_char_p),("error",ctypes.POINTER(Err))]
lib.pg_query_parse.restype=PR; lib.pg_query_parse.argtypes=[ctypes.c_char_p]
lib.pg_query_parse_plpgsql.restype=PL; lib.pg_query_parse_plpgsql.argtypes=[ctypes.c_char_p]
def parse(b):
    if isinstance(b,str): b=b.encode()
    r=lib.pg_query_parse(b)
    if r.error: return None, "%s at %d"%(r.error.contents.message.decode(), r.error.contents.cursorpos)
    return json.loads(r.parse_tree.decode()), None
def plpgsql(b):
    if isinstance(b,str): b=b.encode()
    r=lib.pg_query_parse_plpgsql(b)
    if r.error: return None, "%s at %d"%(r.error.contents.message.decode(), r.error.contents.cursorpos)
    return json.loads(r.plpgsql_funcs.decode()), None

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
LEVELS = ["safe", "write", "schema", "destructive", "critical"]
RL = {
 "parse-error":4, "drop-database":3, "drop-schema":3, "drop-table":3, "drop-object":3, "drop-column":3,
 "drop-constraint":3, "alter-column-type":3, "truncate":3, "delete-without-where":3, "update-without-where":3,
 "always-true-where":3, "data-modifying-cte":None, "explain-analyze":None, "write-statement":1, "schema-change":2,
 "unknown-function":1, "sequence-change":1, "side-effect-function":1, "destructive-function":3, "server-function":4,
 "privilege-change":4, "role-change":4, "guard-setting":4, "alter-system":4, "alter-database":4, "copy-program":4,
 "copy-server-file":4, "create-extension":4, "untrusted-language":4, "dynamic-sql":4, "system-catalog-write":4,
 "load-library":4, "tablespace-change":4, "foreign-data-change":4, "replication-change":4,
 "armed-definition":None,
}
verbose = "-v" in sys.argv
bad = 0; counts = {}; rulecount = {}
def walk(o, f):
    if isinstance(o, dict):
        for k, v in o.items():
            f(k, v); walk(v, f)
    elif isinstance(o, list):
        for v in o: walk(v, f)
for level in LEVELS:
    files = sorted(glob.glob(f"{ROOT}/{level}/*.sql"))
    counts[level] = len(files)
    for path in files:
        rel = os.path.relpath(path, ROOT)
        raw = open(path, "rb").read()
        first = raw.split(b"\n", 1)[0].decode("utf-8", "replace")
        m = re.fullmatch(r"-- rules: (.*?)\r?", first)
        probs = []
        if not m: probs.append("bad header")
        else:
            spec = m.group(1).strip()
            rules = [] if spec == "none" else [r.strip() for r in spec.split(",")]
            if rules != sorted(set(rules)): probs.append("rules not sorted/unique")
            for r in rules:
                rulecount[r] = rulecount.get(r, 0) + 1
                if r not in RL: probs.append("unknown rule " + r)
            lv = max([RL.get(r) or 0 for r in rules] + [0])
            # armed-definition takes the level of what it arms: destructive or critical.
            armed = "armed-definition" in rules and lv <= LEVELS.index(level) and LEVELS.index(level) >= 3
            if lv != LEVELS.index(level) and not armed:
                probs.append(f"header level {LEVELS[lv]} != folder")
            if ("data-modifying-cte" in rules or "explain-analyze" in rules) and lv == 0:
                probs.append("follows-inner rule without inner")
            if "parse-error" in rules and rules != ["parse-error"]:
                probs.append("parse-error must be alone")
        try:
            text = raw.decode("utf-8")
            ok_utf8 = "\0" not in text
        except UnicodeDecodeError:
            ok_utf8 = False
        if ok_utf8:
            tree, err = parse(raw)
        else:
            tree, err = None, "invalid utf8/NUL"
        is_pe = m and "parse-error" in m.group(1)
        if is_pe and not err: probs.append("expected parse error but parsed")
        if not is_pe and err: probs.append("parse error: " + err)
        if tree:
            kinds = [list(s["stmt"].keys())[0] for s in tree.get("stmts", [])]
            if not kinds and m and m.group(1) != "none": probs.append("no statements")
            # Bodies. pg_query_parse_plpgsql compiles every CREATE FUNCTION of its input, whatever the language,
            # and aborts (assertion) on one without a string body (BEGIN ATOMIC, RETURN): hand it one
            # PL/pgSQL statement at a time.
            # SQL bodies through the SQL parser, PL/pgSQL bodies (one statement at a time) through the PL/pgSQL parser
            for st in tree.get("stmts", []):
                k, v = list(st["stmt"].items())[0]
                if k not in ("DoStmt", "CreateFunctionStmt"): continue
                lang = None; body = None
                for opt in v.get("args" if k == "DoStmt" else "options", []):
                    d = opt.get("DefElem", {})
                    if d.get("defname") == "language": lang = d["arg"]["String"]["sval"]
                    if d.get("defname") == "as":
                        a = d["arg"]
                        if "List" in a: body = a["List"]["items"][0]["String"]["sval"]
                        else: body = a["String"]["sval"]
                lang = (lang or ("plpgsql" if k == "DoStmt" else "sql")).lower()
                if lang == "sql" and body is not None:
                    _, e2 = parse(body)
                    if e2: probs.append("sql body: " + e2)
                if lang == "plpgsql":
                    loc = st.get("stmt_location", 0); ln = st.get("stmt_len", 0)
                    text_b = raw[loc:loc + ln] if ln else raw[loc:]
                    funcs, e3 = plpgsql(text_b)
                    if e3: probs.append("plpgsql: " + e3); continue
                    qs = []
                    walk(funcs, lambda kk, vv: qs.append(vv["query"]) if kk == "PLpgSQL_expr" else None)
                    for q in qs:
                        am = re.match(r"^\s*[\w.\[\]]+\s*:?=\s*(.*)$", q, re.S)
                        if am and not q.lstrip().upper().startswith(("SELECT","WITH")): q = "SELECT " + am.group(1)
                        _, e4 = parse(q)
                        if e4:
                            _, e5 = parse("SELECT " + q)
                            if e5: probs.append(f"plpgsql expr {q!r}: {e4}")
            if verbose: print(rel, kinds)
        if probs:
            bad += 1
            print(rel, "::", "; ".join(probs))
print(counts, "total", sum(counts.values()), "problems", bad)
missing = [r for r in RL if r not in rulecount]
print("rule coverage:", {r: rulecount.get(r, 0) for r in RL})
print("missing:", missing)
sys.exit(1 if bad else 0)
