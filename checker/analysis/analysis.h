/* The analysis: which memory region every pointer may point into, and
 * where a non-linear one reaches a linear-only translation.  One call per
 * parsed TU; no state outside it, so TUs are analysed in parallel. */
#ifndef XLATCHECK_ANALYSIS_H
#define XLATCHECK_ANALYSIS_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "../findings/finding.h"
#include "../rules/rules.h"

struct analysis_input {
	CXTranslationUnit tu;
	const char *main_file;     /* absolute */
	const char *directory;     /* relative file names in the TU are below it */
	bool module;               /* compiled with -DMODULE */
	const char *summaries_dir; /* write the function summaries there */
	/* The TU's compiler arguments: a source compiled twice with other
	 * flags (lib/cmdline.c in the kernel and in the boot code) is two TUs,
	 * whose summaries must not overwrite each other. */
	const struct strvec *args;
	/* Where the limits the analysis hits go (findings/notice.h); NULL: stderr. */
	struct notice_list *notices;
};

/* False when the summaries could not be written (after an error line). */
bool analyze_tu(const struct analysis_input *in, const struct rule_set *rs,
                struct finding_list *out);

#endif
