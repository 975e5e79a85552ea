/* Notices: what a run says about itself beside its findings, written as
 * SARIF's invocations[0].toolExecutionNotifications: a TU that did not
 * parse cleanly or crashed xlatcheck, a flag clang rejected, a limit of
 * the analysis that was hit in a function (facts may be missing).  Plain
 * data like findings, so they travel from a worker process to the driver
 * (driver/outcome.c), are read back from SARIF by `merge` and --baseline,
 * and come out sorted whatever order the TUs finished in. */
#ifndef XLATCHECK_NOTICE_H
#define XLATCHECK_NOTICE_H

#include <stddef.h>

/* The descriptor id of a notice from the analysis: a bound was hit. */
#define NOTICE_ENGINE_LIMIT "engine-limit"

struct notice {
	char *id;    /* descriptor id: "parse-errors", "parse-failed", "engine-limit", "note" */
	char *level; /* "error", "warning", "note" */
	char *text;
	char *file; /* absolute, or NULL */
};

struct notice_list {
	struct notice *v;
	size_t n, cap;
};

void notice_add(struct notice_list *nl, const char *id, const char *level, const char *text,
                const char *file);
/* Appends every notice of `from`, which is left empty. */
void notice_list_move(struct notice_list *to, struct notice_list *from);
/* Sorted and without duplicates: merged output does not depend on the
 * order of its inputs. */
void notice_list_sort_unique(struct notice_list *nl);
void notice_list_free(struct notice_list *nl);
/* "xlatcheck: notice: FILE: TEXT" on stderr, as the text mode shows it. */
void notice_print(const struct notice *n);

#endif
