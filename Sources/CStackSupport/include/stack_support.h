#ifndef SQLRISK_STACK_SUPPORT_H
#define SQLRISK_STACK_SUPPORT_H
#include <stddef.h>

/// Bytes of stack left below the caller's frame on the current thread, or 0 when it cannot be told.
/// (pthread_getattr_np is a GNU extension that Swift's Glibc module does not export.)
/// Hidden: libsqlrisk.so exports only the functions of sqlrisk.h.
__attribute__((visibility("hidden"))) size_t sqlrisk_remaining_stack(void);

/// Counts a hand-off of work from the calling thread to another (a large-stack worker).
__attribute__((visibility("hidden"))) void sqlrisk_note_handoff(void);
/// Hand-offs the calling thread has made so far.
__attribute__((visibility("hidden"))) size_t sqlrisk_handoffs_on_this_thread(void);
#endif
