/* One check run, stage by stage, as main() lists them: load the rules,
 * gather the translation units, parse and analyse them on -j threads,
 * report.  Each stage returns an exit status (EXIT_CLEAN to go on). */
#ifndef XLATCHECK_RUN_H
#define XLATCHECK_RUN_H

#include "../frontend/frontend.h"
#include "../report/report.h"
#include "options.h"

struct tu_outcome;

struct session {
	struct rule_set *rules;
	struct flag_rules *flag_rules;
	struct job_list jobs;
	struct tu_outcome *outcomes; /* one per job, in job order */
	double start;                /* seconds since the epoch */
	char *extmod_root;           /* --srcroot from KBUILD_EXTMOD */
	bool internal;               /* a worker crashed on a TU */
	/* -p or FILE.c...: the summaries the link reads after the per-TU pass
	 * (--summaries DIR, else a private directory made and removed here). */
	char *link_dir;
	bool link_dir_private;
};

/* SIGSEGV and friends end in exit status 3 and a line saying so. */
void run_install_crash_handlers(void);
int run_load(struct session *s, const struct options *o);
int run_gather(struct session *s, const struct options *o);
int run_check(struct session *s, const struct options *o);
/* --print-clang-args: what reaches libclang, per TU. */
int run_print_clang_args(struct session *s);
int run_report(struct session *s, struct options *o, int argc, char **argv);
void run_free(struct session *s);

/* `xlatcheck merge`, its options read. */
int run_merge(struct options *o);
/* `xlatcheck link`, its options read. */
int run_link(struct options *o);

/* Rule help from docs/rules/<id>.md, installed beside the rules, into
 * each rule's fullDescription and help.markdown. */
void rule_docs_attach(struct rule_set *rules);

#endif
