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

/* ---- Added in round 2 (SPEC §5). Functions that can fail return NULL or a negative number and
 * set a message readable with sqlrisk_last_error(). ---- */

/* The message of the last failure on the calling thread (thread-local, owned by the library, valid
 * until the next call on this thread that fails), or NULL when nothing has failed on it. */
const char *sqlrisk_last_error(void);

/* Number of statements in a result (0 for an empty input); -1 for a NULL result. */
long sqlrisk_result_statement_count(const sqlrisk_result *result);

/* Number of findings in a result, over all its statements, in report order; -1 for a NULL result. */
long sqlrisk_result_finding_count(const sqlrisk_result *result);

/* One finding, read without JSON. The strings are borrowed from the result: valid until
 * sqlrisk_result_free(), never freed by the caller. Offsets are bytes of the input (UTF-8, 0-based);
 * line and column are 1-based, the column counted in Unicode scalar values. */
typedef struct {
    const char *rule;         /* stable rule id, e.g. "delete-without-where" */
    const char *message;      /* what would happen, in SQL words */
    const char *hint;         /* the safer alternative */
    sqlrisk_level level;
    long statement_index;     /* index of the statement the finding belongs to */
    long location;            /* byte offset of the construct that caused it */
    long length;              /* its length in bytes */
    long line;
    long column;
} sqlrisk_finding;

/* Fills `*finding` with finding `index` (0 <= index < sqlrisk_result_finding_count()). Returns 0, or
 * -1 (and sets sqlrisk_last_error()) for a NULL argument or an index out of range. */
int sqlrisk_result_finding(const sqlrisk_result *result, long index, sqlrisk_finding *finding);

/* One statement, read without JSON; strings borrowed from the result as for sqlrisk_finding. */
typedef struct {
    const char *kind;         /* PostgreSQL's command tag: "SELECT", "DROP TABLE" ... */
    const char *fingerprint;  /* libpg_query fingerprint (16 hex digits), or NULL when not computed */
    sqlrisk_level level;
    long location;            /* byte offset of its first token */
    long length;
    long line;
    long column;
    long finding_count;       /* its findings are the next finding_count after those of the statements before */
} sqlrisk_statement;

/* Fills `*statement` with statement `index`. Returns 0, or -1 (and sqlrisk_last_error()). */
int sqlrisk_result_statement(const sqlrisk_result *result, long index, sqlrisk_statement *statement);

/* "safe", "write", "schema", "destructive" or "critical" (static strings); NULL for another value. */
const char *sqlrisk_level_name(sqlrisk_level level);

/* The level named `name` (NUL-terminated, any case), or -1 (and sqlrisk_last_error()) for a name
 * that is not a level. */
int sqlrisk_level_from_name(const char *name);

/* The rule catalogue as JSON: an array of {"id", "level", "summary", "rationale", "hint", "hits",
 * "misses"}. A static string, never freed. */
const char *sqlrisk_rules_json(void);

/* A policy (SPEC §6): thresholds, allowlists, protected objects. Opaque; immutable once loaded, so
 * one policy may be shared by any number of threads. */
typedef struct sqlrisk_policy sqlrisk_policy;

/* Decisions (SPEC §6). The values never change. */
typedef enum {
    SQLRISK_ALLOW = 0,
    SQLRISK_ASK = 1,
    SQLRISK_DENY = 2
} sqlrisk_decision;

/* Loads a policy from `len` bytes of TOML. Returns NULL and sets sqlrisk_last_error() (file-less
 * "line:column: what was expected" messages) when the TOML is not a valid policy. Release with
 * sqlrisk_policy_free(). */
sqlrisk_policy *sqlrisk_policy_load(const char *toml, size_t len);

/* Releases a policy. NULL is a no-op. Results classified with it stay valid. */
void sqlrisk_policy_free(sqlrisk_policy *policy);

/* Classifies as sqlrisk_classify() does and decides with `policy` under profile `profile`
 * (NUL-terminated; NULL for the policy's default). A NULL policy is the built-in default policy
 * (safe/write/schema allow, destructive ask, critical deny). Never returns NULL. */
sqlrisk_result *sqlrisk_classify_with(const char *sql, size_t len, const sqlrisk_policy *policy, const char *profile);

/* The decision of a result: from its policy for sqlrisk_classify_with(), from the built-in default
 * policy for sqlrisk_classify(). A NULL result gives SQLRISK_DENY. */
sqlrisk_decision sqlrisk_result_decision(const sqlrisk_result *result);

#ifdef __cplusplus
}
#endif

#endif /* SQLRISK_H */
