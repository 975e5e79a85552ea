/* One TU's outcome, and its encoding for the trip from a worker process
 * to the driver (outcome.c). */
#ifndef XLATCHECK_OUTCOME_H
#define XLATCHECK_OUTCOME_H

#include <stdbool.h>
#include <stddef.h>

#include "../findings/finding.h"
#include "../findings/notice.h"
#include "../report/report.h"
#include "../util.h"

struct rule_set;

/* What one TU gave: findings, its parse status, what clang said, the
 * analysis' notices. */
struct tu_outcome {
	struct finding_list findings;
	struct tu_result result; /* result.file is set by the driver */
	struct strvec rejected_flags;
	struct strvec diagnostics;
	struct notice_list notices; /* limits the analysis hit */
	bool summaries_failed;
};

/* Appends the outcome (all but result.file) to `sb`. */
void outcome_encode(struct strbuf *sb, const struct rule_set *rs, const struct tu_outcome *o);
/* Fills `o` (zeroed by the caller) from exactly `len` bytes; false when
 * they are not one whole encoded outcome (then outcome_free(o)). */
bool outcome_decode(const char *data, size_t len, const struct rule_set *rs, struct tu_outcome *o);
void outcome_free(struct tu_outcome *o);

#endif
