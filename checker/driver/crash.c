/* The crash handler: a fatal signal (SIGSEGV from a stack overflow in
 * deep but valid C, SIGABRT from an assertion in libclang, ...) ends in
 *   xlatcheck: internal error: <TU>: <signal>
 * and exit status 3, never a bare "Segmentation fault" or make's
 * "Error 139".  It runs on an alternate signal stack, so it still works
 * when the crash is a stack overflow; every thread that may crash gets
 * its own (sigaltstack is per thread).
 *
 * The name the message carries is the one piece of file-scope state in
 * the checker: a signal handler has no other way to learn what was being
 * done.  It is set before each TU and only ever read by the handler. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util.h"
#include "crash.h"

static const char *volatile crash_what = "xlatcheck";

static const char *signal_text(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return "SIGSEGV (segmentation fault; a stack overflow?)";
	case SIGBUS:
		return "SIGBUS (bus error)";
	case SIGFPE:
		return "SIGFPE (arithmetic exception)";
	case SIGILL:
		return "SIGILL (illegal instruction)";
	case SIGABRT:
		return "SIGABRT (aborted)";
	default:
		return "fatal signal";
	}
}

static void put(const char *s)
{
	ssize_t ignored = write(2, s, strlen(s));
	(void)ignored;
}

static void on_fatal_signal(int sig)
{
	put("xlatcheck: internal error: ");
	put(crash_what);
	put(": ");
	put(signal_text(sig));
	put("\n");
	_exit(3); /* EXIT_INTERNAL */
}

void *crash_altstack_enter(void)
{
	size_t size = 256 * 1024;
	stack_t ss = {.ss_sp = malloc(size), .ss_size = size};
	if (!ss.ss_sp || sigaltstack(&ss, NULL) != 0) {
		free(ss.ss_sp);
		return NULL;
	}
	return ss.ss_sp;
}

void crash_altstack_leave(void *stack)
{
	if (!stack)
		return;
	stack_t ss = {.ss_flags = SS_DISABLE};
	sigaltstack(&ss, NULL);
	free(stack);
}

void crash_handler_set(void)
{
	static const int signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sa.sa_flags = SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NELEMS(signals); i++)
		sigaction(signals[i], &sa, NULL);
}

void crash_what_set(const char *what)
{
	crash_what = what ? what : "xlatcheck";
}
