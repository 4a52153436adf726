// Issue 5, item 3: calls from threads with small stacks never crash, and give the same results as
// calls from the main thread. A C caller may call from a thread with a 256 KiB stack; a
// 100,000-deep expression must not overflow it.
//
// usage: small_stacks STACK_KIB...   (e.g. 256 64). Prints one line per stack size and input; exit 0
// when every input classified on every stack gave the main thread's level and JSON.
#define _DEFAULT_SOURCE
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sqlrisk.h"
#include "inputs.h"

enum { max_inputs = 64 };
static test_input inputs[max_inputs];
static size_t input_count;
static sqlrisk_level main_level[max_inputs];
static char *main_json[max_inputs];

typedef struct {
    sqlrisk_level level[max_inputs];
    int json_matches[max_inputs];
    int level_matches[max_inputs];
} outcome;

static void *classify_all(void *argument) {
    outcome *out = argument;
    for (size_t k = 0; k < input_count; k++) {
        sqlrisk_result *result = sqlrisk_classify(inputs[k].sql, inputs[k].len);
        out->level[k] = sqlrisk_result_level(result);
        out->json_matches[k] = strcmp(sqlrisk_result_json(result), main_json[k]) == 0;
        sqlrisk_result_free(result);
        // The level-only entry point too, but not on the slowest inputs (it shares the code path).
        out->level_matches[k] = inputs[k].len > 100000 || sqlrisk_classify_level(inputs[k].sql, inputs[k].len) == main_level[k];
    }
    return NULL;
}

/// Runs `classify_all` on a new thread with a stack of `size` bytes (and a guard page below it, so
/// an overflow faults instead of writing over the heap). Returns the most stack the thread used, or
/// 0 when the thread could not be created.
static size_t run_on_stack(size_t size, outcome *out) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size = (size + page - 1) / page * page;
    unsigned char *mapping = mmap(NULL, size + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping == MAP_FAILED || mprotect(mapping, page, PROT_NONE) != 0) return 0;
    unsigned char *stack = mapping + page;
    memset(stack, 0xA5, size);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstack(&attributes, stack, size);
    pthread_t thread;
    int created = pthread_create(&thread, &attributes, classify_all, out) == 0;
    if (created) pthread_join(thread, NULL);
    pthread_attr_destroy(&attributes);
    size_t untouched = 0;
    while (untouched < size && stack[untouched] == 0xA5) untouched++;
    munmap(mapping, size + page);
    return created ? size - untouched : 0;
}

int main(int argc, char **argv) {
    for (size_t i = 0; i < fixed_input_count; i++) inputs[input_count++] = fixed_inputs[i];
    inputs[input_count++] = deep_addition(100000);
    inputs[input_count++] = deep_addition(9000);
    inputs[input_count++] = deep_addition(2000);
    inputs[input_count++] = nested("deep-parentheses", "", "(", "SELECT 1", ")", "", 100000);
    inputs[input_count++] = nested("deep-subqueries", "", "SELECT (", "SELECT 1", ")", "", 1000);
    inputs[input_count++] = nested("deep-not", "DELETE FROM t WHERE ", "NOT ", "true", "", "", 100000);
    inputs[input_count++] = nested("deep-not", "DELETE FROM t WHERE ", "NOT ", "true", "", "", 1000);
    inputs[input_count++] = nested("deep-minus", "SELECT ", "- ", "1", "", "", 100000);
    inputs[input_count++] = nested("deep-cte", "", "WITH a AS (", "DELETE FROM t RETURNING *", ") SELECT 1", "", 500);
    inputs[input_count++] = nested("deep-array", "SELECT ", "ARRAY[", "1", "]", "", 1000);
    inputs[input_count++] = nested("deep-case", "SELECT ", "CASE WHEN a THEN ", "1", " END", "", 1000);
    inputs[input_count++] = nested("deep-not-folded", "DELETE FROM t WHERE ", "NOT ", "false", "", "", 100);
    inputs[input_count++] = nested("deep-sum-folded", "DELETE FROM t WHERE 1 = ", "", "1", " + 0", "", 100);
    inputs[input_count++] = nested("deep-or-folded", "DELETE FROM t WHERE ", "a OR (", "true", ")", "", 100);
    inputs[input_count++] = nested("function-body", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1", "", "",
                                   "+1", " $$", 2000);
    inputs[input_count++] = nested("plpgsql-body", "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1",
                                   "", "", "+1", "; END $$", 2000);
    inputs[input_count++] = nested("plpgsql-if", "DO $$ BEGIN ", "IF a THEN ", "DELETE FROM t;", " END IF;", " END $$", 1000);
    inputs[input_count++] = nested("huge-body", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1", "", "",
                                   "+1", " $$", 100000);

    for (size_t k = 0; k < input_count; k++) {
        sqlrisk_result *result = sqlrisk_classify(inputs[k].sql, inputs[k].len);
        main_level[k] = sqlrisk_result_level(result);
        main_json[k] = strdup(sqlrisk_result_json(result));
        sqlrisk_result_free(result);
    }


    int failures = 0;
    for (int a = 1; a < argc; a++) {
        size_t stack = (size_t)atol(argv[a]) * 1024;
        if (stack < PTHREAD_STACK_MIN) stack = PTHREAD_STACK_MIN;
        static outcome out;
        memset(&out, 0, sizeof out);
        size_t used = run_on_stack(stack, &out);
        if (used == 0) { fprintf(stderr, "could not start a thread with a %zu KiB stack\n", stack / 1024); return 2; }
        printf("%zu KiB stack: at most %zu KiB used by the calling thread\n", stack / 1024, (used + 1023) / 1024);
        for (size_t k = 0; k < input_count; k++) {
            int ok = out.json_matches[k] && out.level_matches[k] && out.level[k] == main_level[k];
            failures += !ok;
            printf("  %-18s %8zu bytes  %-11s %s\n", inputs[k].name, inputs[k].len, level_name(out.level[k]),
                   ok ? "same as main thread" : "DIFFERENT FROM MAIN THREAD");
        }
    }
    return failures == 0 ? 0 : 1;
}
