// Issue 5, item 6: 8 C threads × 10,000 mixed calls give byte-identical results to a single thread.
//
// usage: threads [THREADS [CALLS]]   (default 8 × 10000). Prints one summary line; exit 0 when every
// call of every thread matched the single-threaded reference.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlrisk.h"
#include "inputs.h"

enum { max_inputs = 64 };
static test_input inputs[max_inputs];
static size_t input_count;
static sqlrisk_level reference_level[max_inputs];
static char *reference_json[max_inputs];
static const char *reference_version;
static long calls_per_thread = 10000;

typedef struct {
    int index;
    long mismatches;
    long calls;
} worker;

// Call `call` of thread `index`: a different input and entry point on every call, and a different
// order in every thread, so threads overlap on different inputs.
static long check_call(int index, long call) {
    size_t k = (size_t)(call * 7 + index * 13) % input_count;
    const test_input *input = &inputs[k];
    switch (call % 4) {
    case 0:
        return sqlrisk_classify_level(input->sql, input->len) != reference_level[k];
    case 1:
    case 2: {
        sqlrisk_result *result = sqlrisk_classify(input->sql, input->len);
        long bad = sqlrisk_result_level(result) != reference_level[k] || strcmp(sqlrisk_result_json(result), reference_json[k]) != 0;
        sqlrisk_result_free(result);
        return bad;
    }
    default:
        return strcmp(sqlrisk_version(), reference_version) != 0 || sqlrisk_abi_version() != SQLRISK_ABI_VERSION;
    }
}

static void *run(void *argument) {
    worker *w = argument;
    for (long call = 0; call < calls_per_thread; call++) {
        w->mismatches += check_call(w->index, call);
        w->calls++;
    }
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 8;
    if (argc > 2) calls_per_thread = atol(argv[2]);
    if (threads < 1 || threads > 256 || calls_per_thread < 1) return 64;

    for (size_t i = 0; i < fixed_input_count; i++) inputs[input_count++] = fixed_inputs[i];
    inputs[input_count++] = deep_addition(50);
    inputs[input_count++] = nested("deep-parentheses", "", "(", "SELECT 1", ")", "", 50);
    inputs[input_count++] = nested("deep-not", "DELETE FROM t WHERE ", "NOT ", "false", "", "", 30);

    // The single-threaded reference.
    reference_version = strdup(sqlrisk_version());
    for (size_t k = 0; k < input_count; k++) {
        sqlrisk_result *result = sqlrisk_classify(inputs[k].sql, inputs[k].len);
        reference_level[k] = sqlrisk_result_level(result);
        reference_json[k] = strdup(sqlrisk_result_json(result));
        sqlrisk_result_free(result);
    }
    // One thread first: the reference must be reproducible at all.
    worker single = { 0, 0, 0 };
    run(&single);

    worker *workers = calloc((size_t)threads, sizeof(worker));
    pthread_t *ids = calloc((size_t)threads, sizeof(pthread_t));
    for (int t = 0; t < threads; t++) {
        workers[t].index = t;
        if (pthread_create(&ids[t], NULL, run, &workers[t]) != 0) { perror("pthread_create"); return 2; }
    }
    long mismatches = 0, calls = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
        mismatches += workers[t].mismatches;
        calls += workers[t].calls;
    }
    printf("inputs=%zu single-thread calls=%ld mismatches=%ld; %d threads calls=%ld mismatches=%ld\n",
           input_count, single.calls, single.mismatches, threads, calls, mismatches);
    return mismatches == 0 && single.mismatches == 0 ? 0 : 1;
}
