/* A bump allocator for everything that lives as long as one TU's analysis:
 * path steps, taint lists, environments.  Freed in one go, so the engine
 * shares sub-paths freely without reference counts. */
#ifndef XLATCHECK_ARENA_H
#define XLATCHECK_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena_chunk;
struct arena {
	struct arena_chunk *head;
	size_t used, size;
};

void *arena_alloc(struct arena *a, size_t n); /* zeroed */
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

#endif
