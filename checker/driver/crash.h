/* The crash handler (crash.c): a message naming the TU and the signal,
 * exit status 3, on an alternate signal stack. */
#ifndef XLATCHECK_CRASH_H
#define XLATCHECK_CRASH_H

/* Installs the handler for SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT
 * (process-wide). */
void crash_handler_set(void);
/* An alternate signal stack for the calling thread; returns what to hand
 * back to crash_altstack_leave() before the thread ends (NULL: none). */
void *crash_altstack_enter(void);
void crash_altstack_leave(void *stack);
/* What the message names: the TU being worked on. */
void crash_what_set(const char *what);

#endif
