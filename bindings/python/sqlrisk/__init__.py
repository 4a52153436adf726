"""SQLRisk for Python: classify PostgreSQL SQL by the worst it could do.

A thin ctypes binding over libsqlrisk.so (the C ABI of ``sqlrisk.h``); no dependencies beyond the
standard library.

    >>> import sqlrisk
    >>> sqlrisk.classify_level("DELETE FROM users")
    <Level.DESTRUCTIVE: 3>
    >>> result = sqlrisk.classify("DROP TABLE users; SELECT 1")
    >>> result.level, [s["kind"] for s in result.report["statements"]]
    (<Level.DESTRUCTIVE: 3>, ['DROP TABLE', 'SELECT'])

The library is found, in this order, at the path in the ``SQLRISK_LIBRARY`` environment variable,
as ``libsqlrisk.so`` next to this file, or through the system's library search path
(``LD_LIBRARY_PATH``, ldconfig). Every function is thread-safe; the library releases the GIL while
it classifies, so threads classify in parallel.
"""

import ctypes
import enum
import json
import os
from dataclasses import dataclass
from typing import Any, Dict, Union

__all__ = ["ABI_VERSION", "Level", "Result", "abi_version", "classify", "classify_level", "version"]

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
        return self.name.lower()


@dataclass(frozen=True)
class Result:
    """A classification: the level and the JSON report (SPEC §2) as a dict."""

    level: Level
    report: Dict[str, Any]


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
            "sqlrisk: cannot load libsqlrisk.so (" + "; ".join(tried) + "). Build it with "
            "`swift build --product sqlrisk` and set SQLRISK_LIBRARY to its path, or put it next to "
            + os.path.abspath(__file__)
        )
    library.sqlrisk_abi_version.argtypes = []
    library.sqlrisk_abi_version.restype = ctypes.c_int
    found = library.sqlrisk_abi_version()
    if found < ABI_VERSION:
        raise ImportError(f"sqlrisk: {library._name} has ABI version {found}, this binding needs {ABI_VERSION}")
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


def classify(sql: Union[str, bytes, bytearray, memoryview]) -> Result:
    """Classifies SQL text (``str``) or UTF-8 bytes; never raises for any text or bytes."""
    data = _utf8(sql)
    handle = _lib.sqlrisk_classify(data, len(data))
    try:
        level = Level(_lib.sqlrisk_result_level(handle))
        report = json.loads(_lib.sqlrisk_result_json(handle).decode("utf-8"))
    finally:
        _lib.sqlrisk_result_free(handle)
    return Result(level, report)


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
