#ifndef SQLRISK_BENCH_SUPPORT_H
#define SQLRISK_BENCH_SUPPORT_H
#include <stddef.h>
#include <stdint.h>

/// The baseline: libpg_query's `pg_query_parse` (the PostgreSQL grammar and its JSON output) on a
/// NUL-terminated statement, its result freed. Returns the JSON's length, or -1 on a parse error.
long bench_pg_query_parse(const char *sql);
/// The PostgreSQL release whose grammar libpg_query carries ("15.1").
const char *bench_pg_version(void);

/// Allocation counting. This target defines malloc, calloc, realloc, free, posix_memalign,
/// aligned_alloc and memalign for the whole process (they forward to glibc's `__libc_*`); while
/// counting is on, every allocation is counted, whichever thread or library makes it.
typedef struct {
    uint64_t allocations;   /* malloc/calloc/memalign calls, and realloc calls that allocate */
    uint64_t bytes;         /* bytes requested by those calls */
} bench_alloc_counts;

void bench_alloc_counting(int on);
bench_alloc_counts bench_alloc_read(void);

/// Calls body(context): profile with valgrind --toggle-collect=bench_profile_region to count only
/// what runs inside (the `profile` subcommand warms up outside it).
void bench_profile_region(void (*body)(void *), void *context);

/// Resident set size now and its peak (VmRSS, VmHWM of /proc/self/status), in KiB; -1 if unknown.
long bench_rss_kib(void);
long bench_peak_rss_kib(void);
/// Resets the peak (VmHWM) to the current RSS (writes 5 to /proc/self/clear_refs); 0 on success.
int bench_reset_peak_rss(void);

#endif
