// Counts allocations by interposing the C allocator. Symbols defined in the executable take
// precedence over glibc's for every shared library too (libswiftCore, libpg_query), so this sees
// Swift's and libpg_query's allocations alike. It forwards to glibc's exported `__libc_*` entry points
// rather than dlsym(RTLD_NEXT, ...), which itself allocates (the classic bootstrap recursion).
#define _GNU_SOURCE
#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include "bench_support.h"

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void __libc_free(void *pointer);
extern void *__libc_memalign(size_t alignment, size_t size);

static atomic_int counting;
static atomic_uint_least64_t allocations;
static atomic_uint_least64_t bytes;

// Off (the timed passes), the cost is one relaxed load and a predictable branch per call.
static inline void count(size_t size) {
    if (atomic_load_explicit(&counting, memory_order_relaxed)) {
        atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
        atomic_fetch_add_explicit(&bytes, size, memory_order_relaxed);
    }
}

void *malloc(size_t size) { count(size); return __libc_malloc(size); }
void *calloc(size_t n, size_t size) { count(n * size); return __libc_calloc(n, size); }
void *realloc(void *pointer, size_t size) { if (size != 0) count(size); return __libc_realloc(pointer, size); }
void free(void *pointer) { __libc_free(pointer); }
void *memalign(size_t alignment, size_t size) { count(size); return __libc_memalign(alignment, size); }
void *aligned_alloc(size_t alignment, size_t size) { count(size); return __libc_memalign(alignment, size); }

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
    count(size);
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *out = pointer;
    return 0;
}

void bench_alloc_counting(int on) { atomic_store(&counting, on); }

bench_alloc_counts bench_alloc_read(void) {
    bench_alloc_counts counts = { atomic_load(&allocations), atomic_load(&bytes) };
    return counts;
}
