/* Flag sanitising: a gcc command line in, one libclang accepts out.
 * What to drop, what to append and how to pick the target are data
 * (rules/flags/gcc.json), not code. */
#ifndef XLATCHECK_FLAGS_H
#define XLATCHECK_FLAGS_H

#include <stddef.h>

#include "../util.h"

struct flag_rules;

/* NULL after printing one error line naming the file and the field. */
struct flag_rules *flag_rules_load(const char *path);
void flag_rules_free(struct flag_rules *fr);

/* Appends to `out` the clang arguments for the compiler flags `in` (no
 * compiler name, no source file), compiled in `directory`. */
void flags_sanitise(const struct flag_rules *fr, char *const *in, size_t n, const char *directory,
                    struct strvec *out);

#endif
