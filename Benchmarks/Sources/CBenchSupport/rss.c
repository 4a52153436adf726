#include <stdio.h>
#include <string.h>
#include "bench_support.h"

static long status_field_kib(const char *name) {
    FILE *file = fopen("/proc/self/status", "r");
    if (!file) return -1;
    char line[256];
    long value = -1;
    size_t length = strlen(name);
    while (fgets(line, sizeof line, file)) {
        if (strncmp(line, name, length) == 0 && line[length] == ':') {
            sscanf(line + length + 1, "%ld", &value);
            break;
        }
    }
    fclose(file);
    return value;
}

long bench_rss_kib(void) { return status_field_kib("VmRSS"); }
long bench_peak_rss_kib(void) { return status_field_kib("VmHWM"); }

int bench_reset_peak_rss(void) {
    FILE *file = fopen("/proc/self/clear_refs", "w");
    if (!file) return -1;
    int failed = fputs("5", file) < 0;
    return fclose(file) != 0 || failed ? -1 : 0;
}
