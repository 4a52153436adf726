// Classifies the SQL given as argument with libsqlrisk and prints the level and the JSON report.
//
//   classify 'DELETE FROM users'             prints "destructive" and the report; exits 1
//   classify --repeat 10000 'SELECT 1'       classifies 10,000 times (for valgrind), prints the last
//
// Exit status: 0 below destructive, 1 at destructive or above (classify-sql's default --fail-on),
// 64 on a usage error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlrisk.h"

int main(int argc, char **argv) {
    long repeat = 1;
    int first = 1;
    if (argc >= 3 && strcmp(argv[1], "--repeat") == 0) {
        repeat = strtol(argv[2], NULL, 10);
        first = 3;
    }
    if (argc != first + 1 || repeat < 1) {
        fprintf(stderr, "usage: %s [--repeat N] SQL\n(%s)\n", argv[0], sqlrisk_version());
        return 64;
    }
    if (sqlrisk_abi_version() < SQLRISK_ABI_VERSION) {
        fprintf(stderr, "libsqlrisk has ABI %d, this program needs %d\n", sqlrisk_abi_version(), SQLRISK_ABI_VERSION);
        return 64;
    }
    const char *sql = argv[first];
    size_t len = strlen(sql);

    // Every call but the last: both entry points, every result freed.
    for (long i = 1; i < repeat; i++) {
        sqlrisk_result *result = sqlrisk_classify(sql, len);
        if (sqlrisk_result_level(result) != sqlrisk_classify_level(sql, len) || sqlrisk_result_json(result)[0] != '{') {
            fprintf(stderr, "inconsistent result at call %ld\n", i);
            sqlrisk_result_free(result);
            return 2;
        }
        sqlrisk_result_free(result);
    }

    sqlrisk_result *result = sqlrisk_classify(sql, len);
    sqlrisk_level level = sqlrisk_result_level(result);
    printf("%s\n", sqlrisk_level_name(level));
    // The findings without JSON: borrowed strings, valid until the result is freed.
    long count = sqlrisk_result_finding_count(result);
    for (long i = 0; i < count; i++) {
        sqlrisk_finding finding;
        if (sqlrisk_result_finding(result, i, &finding) != 0) {
            fprintf(stderr, "%s\n", sqlrisk_last_error());
            sqlrisk_result_free(result);
            return 2;
        }
        printf("%ld:%ld: %s (%s): %s\n  hint: %s\n", finding.line, finding.column, finding.rule,
               sqlrisk_level_name(finding.level), finding.message, finding.hint);
    }
    printf("%s\n", sqlrisk_result_json(result));
    sqlrisk_result_free(result);
    return level >= SQLRISK_DESTRUCTIVE ? 1 : 0;
}
