/*
 * sqlrisk.h — the C interface of SQLRisk (libsqlrisk.so).
 *
 * SQLRisk tells, before a SQL statement runs, how much damage it could do. It parses with
 * PostgreSQL's own grammar (libpg_query) and classifies the input by the worst any of its
 * statements could do: safe < write < schema < destructive < critical.
 *
 *     sqlrisk_result *r = sqlrisk_classify(sql, strlen(sql));
 *     if (sqlrisk_result_level(r) >= SQLRISK_DESTRUCTIVE) puts(sqlrisk_result_json(r));
 *     sqlrisk_result_free(r);
 *
 * Contract (SPEC §5), valid for every function below:
 *
 *  - Input is (sql, len): `len` bytes of UTF-8 at `sql`, not NUL-terminated. Invalid UTF-8 or a
 *    NUL byte inside the input is SQLRISK_CRITICAL with a `parse-error` finding. `sql` may be NULL
 *    only when `len` is 0 (the empty input: SQLRISK_SAFE, zero statements); NULL with `len` > 0 is
 *    an invalid argument and is classified SQLRISK_CRITICAL with a `parse-error` finding that says
 *    so. Input longer than the library's limit (32 MiB) is SQLRISK_CRITICAL with an
 *    `input-too-large` finding; its bytes are not read.
 *  - Errors are results, never return codes: whatever cannot be classified is SQLRISK_CRITICAL
 *    (fail closed). No function aborts, exits or raises a signal on any input.
 *  - Any thread will do, whatever its stack size: a classification runs on the calling thread when
 *    that has 1.5 MiB of stack left (deep statements are parsed on a larger internal thread), else
 *    on a short-lived helper thread with a large enough stack. The caller's own stack use is about
 *    10 KiB, so even a PTHREAD_STACK_MIN (16 KiB) thread is safe; small stacks only cost a thread
 *    start per call. If no thread can be started, the result is SQLRISK_CRITICAL (`internal-error`).
 *  - Ownership: the library frees what it allocates. A result is released only with
 *    sqlrisk_result_free(); never call free() on anything this library returns.
 *  - Thread safety: every function may be called from any number of threads at once. A result
 *    is immutable: several threads may read the same result, as long as none frees it meanwhile.
 *  - Stability: these signatures never change. New capabilities (thresholds, allowlists ...)
 *    arrive as new functions, and SQLRISK_ABI_VERSION grows when functions are added.
 *  - Out of memory: the library checks its own allocation of a result and returns a static
 *    SQLRISK_CRITICAL result (`internal-error`) if it fails; memory exhausted inside the Swift
 *    runtime terminates the process, as it would in most libraries.
 */
#ifndef SQLRISK_H
#define SQLRISK_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI this header describes. Compare with sqlrisk_abi_version() at run time: a library whose
 * version is greater than or equal to the one you compiled against has every function you use. */
#define SQLRISK_ABI_VERSION 1

/* Risk levels, in increasing order of damage (SPEC §1). The values never change. */
typedef enum {
    SQLRISK_SAFE = 0,        /* reads only */
    SQLRISK_WRITE = 1,       /* changes rows or state, bounded */
    SQLRISK_SCHEMA = 2,      /* additive or reversible DDL */
    SQLRISK_DESTRUCTIVE = 3, /* irreversible loss of data or objects */
    SQLRISK_CRITICAL = 4     /* escapes the guardrails, or cannot be known (unparseable input) */
} sqlrisk_level;

/* The outcome of sqlrisk_classify(): a level and the JSON report. Opaque; immutable. */
typedef struct sqlrisk_result sqlrisk_result;

/* The ABI version of the loaded library (SQLRISK_ABI_VERSION of the header it was built from).
 * Allocates nothing. */
int sqlrisk_abi_version(void);

/* The library's version and the PostgreSQL grammar it parses with, for example
 * "sqlrisk 0.1.0 (PostgreSQL 15.1 grammar)". A static string, valid for the life of the process:
 * never free it. */
const char *sqlrisk_version(void);

/* Classifies `len` bytes at `sql` and returns only the level. Allocates nothing the caller has to
 * free (the library's temporary memory is released before it returns). */
sqlrisk_level sqlrisk_classify_level(const char *sql, size_t len);

/* Classifies `len` bytes at `sql`. Never returns NULL. The caller owns the result and releases it
 * with sqlrisk_result_free(). */
sqlrisk_result *sqlrisk_classify(const char *sql, size_t len);

/* The level of a result: the highest level among its statements (SQLRISK_SAFE when there are
 * none). A NULL result gives SQLRISK_CRITICAL. Allocates nothing. */
sqlrisk_level sqlrisk_result_level(const sqlrisk_result *result);

/* The report of a result as compact, NUL-terminated UTF-8 JSON (SPEC §2: "version", "level",
 * "statements" with their "findings"). Owned by the result: valid until sqlrisk_result_free();
 * copy it to keep it longer, never free it. A NULL result gives NULL. */
const char *sqlrisk_result_json(const sqlrisk_result *result);

/* Releases a result and its JSON. NULL is a no-op. Freeing a result twice, or using it after
 * it is freed, is undefined behaviour (as with free()). */
void sqlrisk_result_free(sqlrisk_result *result);

#ifdef __cplusplus
}
#endif

#endif /* SQLRISK_H */
