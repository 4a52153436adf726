#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include "stack_support.h"

// A thread's stack bounds never change, and pthread_getattr_np is slow (on the main thread it reads
// /proc/self/maps), so each thread looks them up once.
static __thread uintptr_t stack_low;
static __thread int stack_known;

size_t sqlrisk_remaining_stack(void) {
    if (!stack_known) {
        pthread_attr_t attributes;
        if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
        void *low = NULL;
        size_t size = 0;
        int failed = pthread_attr_getstack(&attributes, &low, &size);
        pthread_attr_destroy(&attributes);
        if (failed || low == NULL) return 0;
        stack_low = (uintptr_t)low;
        stack_known = 1;
    }
    // The frame's address, not a local's: AddressSanitizer moves locals to a heap "fake stack".
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    return here > stack_low ? (size_t)(here - stack_low) : 0;
}

// Hand-offs to another thread made by this thread's callers (tests check "at most one per call").
static __thread size_t handoffs;

void sqlrisk_note_handoff(void) { handoffs++; }

size_t sqlrisk_handoffs_on_this_thread(void) { return handoffs; }
