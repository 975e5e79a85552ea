/* The whole-program link (docs/summaries.md, "The link"): the summaries
 * documents the per-TU pass wrote (`--summaries DIR`), read and checked,
 * closed to a fixpoint, and the findings that cross files.  Called by
 * `xlatcheck -p` and `xlatcheck FILE.c...` after their per-TU pass, and by
 * `xlatcheck link` after a Kbuild run. */
#ifndef XLATCHECK_LINK_H
#define XLATCHECK_LINK_H

#include <stdbool.h>
#include <stddef.h>

#include "../findings/finding.h"
#include "../util.h"

struct rule_set;

struct link_stats {
	size_t docs, functions, places, derived;
	double read_s, solve_s, emit_s; /* seconds reading, building + solving, emitting */
};

/* Reads every document of `inputs` (a directory: its *.json files, sorted;
 * a file as given), links them and appends the cross-file findings to
 * `out`.  False after one error line naming the bad document (nothing is
 * appended then). */
bool link_run(const struct strvec *inputs, const struct rule_set *rs, struct finding_list *out,
              struct link_stats *stats);

#endif
