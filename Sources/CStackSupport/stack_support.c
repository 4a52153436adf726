#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include "stack_support.h"

size_t sqlrisk_remaining_stack(void) {
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    void *low = NULL;
    size_t size = 0;
    int failed = pthread_attr_getstack(&attributes, &low, &size);
    pthread_attr_destroy(&attributes);
    if (failed || low == NULL) return 0;
    char marker;
    uintptr_t here = (uintptr_t)&marker;
    return here > (uintptr_t)low ? (size_t)(here - (uintptr_t)low) : 0;
}
