// Inputs shared by the C test programs: ordinary statements of every level and the hostile cases of
// SPEC §5 (NULL, invalid UTF-8, embedded NUL, unparseable text).
#ifndef SQLRISK_TEST_INPUTS_H
#define SQLRISK_TEST_INPUTS_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;
    const char *sql;
    size_t len;
} test_input;

#define INPUT(name, literal) { name, literal, sizeof(literal) - 1 }

static const test_input fixed_inputs[] = {
    { "null-empty", NULL, 0 },
    { "null-with-length", NULL, 12 },
    INPUT("empty", ""),
    INPUT("comment-only", "-- nothing\n/* at all */"),
    INPUT("select", "SELECT 1"),
    INPUT("select-join", "SELECT u.id, o.total FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = 42"),
    INPUT("insert", "INSERT INTO t (a, b) VALUES (1, 'x')"),
    INPUT("update-where", "UPDATE t SET a = 1 WHERE id = 2"),
    INPUT("create-table", "CREATE TABLE t (id int PRIMARY KEY, name text)"),
    INPUT("delete-all", "DELETE FROM users"),
    INPUT("always-true", "DELETE FROM users WHERE 1 = 1"),
    INPUT("drop-table", "DROP TABLE users"),
    INPUT("stacked", "COMMIT; DROP SCHEMA public CASCADE"),
    INPUT("syntax-error", "SELECT FROM WHERE"),
    INPUT("invalid-utf8", "SELECT '\xff\xfe'"),
    INPUT("overlong-utf8", "SELECT '\xc0\xaf'"),
    INPUT("embedded-nul", "SELECT 1\0; DROP TABLE users"),
    INPUT("unicode", "SELECT 'h\xc3\xa9llo \xe2\x9c\x93' AS \"\xc3\xa9\""),
};

enum { fixed_input_count = sizeof(fixed_inputs) / sizeof(fixed_inputs[0]) };

/// `head`, then `prefix` repeated `depth` times, `middle`, `suffix` repeated `depth` times, `tail`.
/// The caller frees the text.
static inline test_input nested(const char *name, const char *head, const char *prefix, const char *middle,
                                const char *suffix, const char *tail, size_t depth) {
    size_t h = strlen(head), p = strlen(prefix), m = strlen(middle), s = strlen(suffix), t = strlen(tail);
    size_t len = h + depth * (p + s) + m + t;
    char *sql = malloc(len + 1);
    if (!sql) abort();
    char *cursor = sql;
    memcpy(cursor, head, h);
    cursor += h;
    for (size_t i = 0; i < depth; i++, cursor += p) memcpy(cursor, prefix, p);
    memcpy(cursor, middle, m);
    cursor += m;
    for (size_t i = 0; i < depth; i++, cursor += s) memcpy(cursor, suffix, s);
    memcpy(cursor, tail, t);
    sql[len] = 0;
    return (test_input){ name, sql, len };
}

/// "SELECT 1+1+...+1" with `depth` additions: a left-deep expression, the parser's worst case.
static inline test_input deep_addition(size_t depth) {
    return nested("deep-addition", "SELECT 1", "", "", "+1", "", depth);
}

static inline const char *level_name(int level) {
    static const char *names[] = { "safe", "write", "schema", "destructive", "critical" };
    return level >= 0 && level <= 4 ? names[level] : "invalid";
}

#endif
