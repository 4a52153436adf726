"""SQLRisk for Python: classify PostgreSQL SQL by the worst it could do.

A ctypes binding over libsqlrisk.so (the C ABI of ``sqlrisk.h``), which ``pip install`` builds and
puts inside this package; no dependencies beyond the standard library.

    >>> import sqlrisk
    >>> report = sqlrisk.classify("DROP TABLE users; SELECT 1")
    >>> report.level, [s.kind for s in report.statements]
    (<Level.DESTRUCTIVE: 3>, ['DROP TABLE', 'SELECT'])
    >>> report.statements[0].findings[0].rule
    'drop-table'
    >>> report.decision
    <Decision.ASK: 1>

Reports are read through the C ABI's structs (no JSON is built). The library is found at the path in
``SQLRISK_LIBRARY``, else as ``libsqlrisk.so`` next to this file, else through the system's library
search path. Every function is thread-safe; the library releases the GIL while it classifies.
"""

import ctypes
import enum
import os
from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

from ._version import __version__

__all__ = ["ABI_VERSION", "Decision", "Finding", "Level", "Policy", "PolicyError", "Report", "Statement",
           "__version__", "abi_version", "classify", "classify_level", "version"]

#: The ABI this binding was written against (``SQLRISK_ABI_VERSION`` of ``sqlrisk.h``).
ABI_VERSION = 1

_LIBRARY_NAME = "libsqlrisk.so"


class Level(enum.IntEnum):
    """Risk levels in increasing order of damage; the values are the C ABI's ``sqlrisk_level``."""

    SAFE = 0
    WRITE = 1
    SCHEMA = 2
    DESTRUCTIVE = 3
    CRITICAL = 4

    def __str__(self) -> str:
        return f"Level.{self.name}"


    @classmethod
    def from_name(cls, name: str) -> "Level":
        """The level named ``name`` (any case): ``Level.from_name("destructive")``."""
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"sqlrisk: {name!r} is not a level; levels are safe, write, schema, destructive, critical") from None


class Decision(enum.IntEnum):
    """What a gate does (SPEC §6); the values are the C ABI's ``sqlrisk_decision``."""

    ALLOW = 0
    ASK = 1
    DENY = 2

    def __str__(self) -> str:
        return f"Decision.{self.name}"


@dataclass(frozen=True)
class Finding:
    """Why a statement got its level: one rule that fired."""

    rule: str
    level: Level
    message: str
    hint: str
    location: int
    length: int
    line: int
    column: int


@dataclass(frozen=True)
class Statement:
    """One statement of the input, with its findings."""

    index: int
    kind: str
    level: Level
    location: int
    length: int
    line: int
    column: int
    fingerprint: Optional[str]
    findings: Tuple[Finding, ...]


@dataclass(frozen=True)
class Report:
    """A classification: the level (the highest of its statements'), the decision, the statements."""

    level: Level
    decision: Decision
    statements: Tuple[Statement, ...]

    @property
    def findings(self) -> List[Finding]:
        return [finding for statement in self.statements for finding in statement.findings]


class PolicyError(ValueError):
    """A policy that could not be loaded; the message says where and what was expected."""


class _Finding(ctypes.Structure):
    _fields_ = [("rule", ctypes.c_char_p), ("message", ctypes.c_char_p), ("hint", ctypes.c_char_p),
                ("level", ctypes.c_int), ("statement_index", ctypes.c_long), ("location", ctypes.c_long),
                ("length", ctypes.c_long), ("line", ctypes.c_long), ("column", ctypes.c_long)]


class _Statement(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_char_p), ("fingerprint", ctypes.c_char_p), ("level", ctypes.c_int),
                ("location", ctypes.c_long), ("length", ctypes.c_long), ("line", ctypes.c_long),
                ("column", ctypes.c_long), ("finding_count", ctypes.c_long)]


def _candidates():
    explicit = os.environ.get("SQLRISK_LIBRARY")
    if explicit:
        return [explicit]
    beside = os.path.join(os.path.dirname(os.path.abspath(__file__)), _LIBRARY_NAME)
    return [beside] if os.path.exists(beside) else [_LIBRARY_NAME]


def _load() -> ctypes.CDLL:
    tried = []
    for path in _candidates():
        try:
            library = ctypes.CDLL(path)
            break
        except OSError as error:
            tried.append(f"{path}: {error}")
    else:
        raise ImportError(
            "sqlrisk: cannot load libsqlrisk.so (" + "; ".join(tried) + "). Reinstall the package from a "
            "SQLRisk checkout with `pip install ./bindings/python` (it needs libpg-query-dev: "
            "apt-get install libpg-query-dev), or set SQLRISK_LIBRARY to a libsqlrisk.so"
        )
    library.sqlrisk_abi_version.argtypes = []
    library.sqlrisk_abi_version.restype = ctypes.c_int
    found = library.sqlrisk_abi_version()
    if found < ABI_VERSION or not hasattr(library, "sqlrisk_result_statement"):
        raise ImportError(f"sqlrisk: {library._name} has ABI version {found} without the functions this binding "
                          f"needs (ABI {ABI_VERSION}, round 2); reinstall with `pip install ./bindings/python`")
    library.sqlrisk_version.argtypes = []
    library.sqlrisk_version.restype = ctypes.c_char_p
    library.sqlrisk_classify_level.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    library.sqlrisk_classify_level.restype = ctypes.c_int
    library.sqlrisk_classify.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    library.sqlrisk_classify.restype = ctypes.c_void_p
    library.sqlrisk_result_level.argtypes = [ctypes.c_void_p]
    library.sqlrisk_result_level.restype = ctypes.c_int
    library.sqlrisk_result_json.argtypes = [ctypes.c_void_p]
    library.sqlrisk_result_json.restype = ctypes.c_char_p
    library.sqlrisk_result_free.argtypes = [ctypes.c_void_p]
    library.sqlrisk_result_free.restype = None
    library.sqlrisk_classify_with.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p]
    library.sqlrisk_classify_with.restype = ctypes.c_void_p
    library.sqlrisk_result_decision.argtypes = [ctypes.c_void_p]
    library.sqlrisk_result_decision.restype = ctypes.c_int
    library.sqlrisk_result_statement_count.argtypes = [ctypes.c_void_p]
    library.sqlrisk_result_statement_count.restype = ctypes.c_long
    library.sqlrisk_result_statement.argtypes = [ctypes.c_void_p, ctypes.c_long, ctypes.POINTER(_Statement)]
    library.sqlrisk_result_statement.restype = ctypes.c_int
    library.sqlrisk_result_finding.argtypes = [ctypes.c_void_p, ctypes.c_long, ctypes.POINTER(_Finding)]
    library.sqlrisk_result_finding.restype = ctypes.c_int
    library.sqlrisk_last_error.argtypes = []
    library.sqlrisk_last_error.restype = ctypes.c_char_p
    library.sqlrisk_policy_load.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    library.sqlrisk_policy_load.restype = ctypes.c_void_p
    library.sqlrisk_policy_free.argtypes = [ctypes.c_void_p]
    library.sqlrisk_policy_free.restype = None
    return library


_lib = _load()


def _utf8(sql: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(sql, str):
        # Lone surrogates pass through as the bytes they would be; the library calls them invalid
        # UTF-8 (critical) instead of this binding raising.
        return sql.encode("utf-8", "surrogatepass")
    if isinstance(sql, (bytes, bytearray, memoryview)):
        return bytes(sql)
    raise TypeError(f"sqlrisk: expected str or bytes, got {type(sql).__name__}")


class Policy:
    """A policy (SPEC §6), loaded once and shared by any number of threads."""

    def __init__(self, handle: int):
        self._handle = handle

    @classmethod
    def from_toml(cls, text: Union[str, bytes]) -> "Policy":
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        handle = _lib.sqlrisk_policy_load(data, len(data))
        if not handle:
            message = _lib.sqlrisk_last_error()
            raise PolicyError("sqlrisk: " + (message.decode("utf-8") if message else "the policy could not be loaded"))
        return cls(handle)

    @classmethod
    def from_file(cls, path: Union[str, "os.PathLike[str]"]) -> "Policy":
        with open(path, "rb") as handle:
            return cls.from_toml(handle.read())

    def __del__(self):
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            _lib.sqlrisk_policy_free(handle)


def _text(value: Optional[bytes]) -> str:
    return value.decode("utf-8", "replace") if value is not None else ""


def _report(handle: int) -> Report:
    statements = []
    finding = _Finding()
    statement = _Statement()
    next_finding = 0
    for s in range(_lib.sqlrisk_result_statement_count(handle)):
        if _lib.sqlrisk_result_statement(handle, s, ctypes.byref(statement)) != 0:
            raise RuntimeError("sqlrisk: " + _text(_lib.sqlrisk_last_error()))
        findings = []
        for f in range(next_finding, next_finding + statement.finding_count):
            if _lib.sqlrisk_result_finding(handle, f, ctypes.byref(finding)) != 0:
                raise RuntimeError("sqlrisk: " + _text(_lib.sqlrisk_last_error()))
            findings.append(Finding(_text(finding.rule), Level(finding.level), _text(finding.message), _text(finding.hint),
                                    finding.location, finding.length, finding.line, finding.column))
        next_finding += statement.finding_count
        statements.append(Statement(s, _text(statement.kind), Level(statement.level), statement.location, statement.length,
                                    statement.line, statement.column,
                                    statement.fingerprint.decode("ascii") if statement.fingerprint else None, tuple(findings)))
    return Report(Level(_lib.sqlrisk_result_level(handle)), Decision(_lib.sqlrisk_result_decision(handle)), tuple(statements))


def classify(sql: Union[str, bytes, bytearray, memoryview], *, policy: Optional[Policy] = None,
             profile: Optional[str] = None) -> Report:
    """Classifies SQL text (``str``) or UTF-8 bytes and decides with ``policy`` (the built-in default
    policy when None) under ``profile``; never raises for any text or bytes."""
    data = _utf8(sql)
    if policy is None and profile is None:
        handle = _lib.sqlrisk_classify(data, len(data))
    else:
        handle = _lib.sqlrisk_classify_with(data, len(data), policy._handle if policy else None,
                                            profile.encode("utf-8") if profile is not None else None)
    try:
        return _report(handle)
    finally:
        _lib.sqlrisk_result_free(handle)


def classify_level(sql: Union[str, bytes, bytearray, memoryview]) -> Level:
    """Only the level of ``classify(sql)``, without building the report."""
    data = _utf8(sql)
    return Level(_lib.sqlrisk_classify_level(data, len(data)))


def version() -> str:
    """The library's version and PostgreSQL grammar, e.g. ``sqlrisk 0.1.0 (PostgreSQL 15.1 grammar)``."""
    return _lib.sqlrisk_version().decode("utf-8")


def abi_version() -> int:
    """The ABI version of the loaded library (at least ``ABI_VERSION``)."""
    return _lib.sqlrisk_abi_version()
