// The baseline every measure is compared with: what libpg_query alone costs.
#include <string.h>
#include <pg_query.h>
#include "bench_support.h"

long bench_pg_query_parse(const char *sql) {
    PgQueryParseResult result = pg_query_parse(sql);
    long length = result.error || !result.parse_tree ? -1 : (long)strlen(result.parse_tree);
    pg_query_free_parse_result(result);   // frees the tree, the error and stderr_buffer
    return length;
}

const char *bench_pg_version(void) { return PG_VERSION; }

void bench_profile_region(void (*body)(void *), void *context) { body(context); }
