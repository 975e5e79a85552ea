/* Reporting: turns the run's findings into the text report, SARIF files and
 * an exit code.  The driver calls report_run() once, after every TU was
 * analysed; `xlatcheck merge` calls merge_main(). */
#ifndef XLATCHECK_REPORT_H
#define XLATCHECK_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "../util.h"
#include "../findings/finding.h"
#include "../findings/notice.h"

struct rule_set;

enum output_format { FORMAT_TEXT, FORMAT_SARIF };
enum fail_on { FAIL_ON_ANY, FAIL_ON_NEW, FAIL_ON_NEVER };

struct report_options {
	enum output_format format; /* of the main output (-o, else stdout) */
	const char *output;        /* -o FILE, NULL: stdout */
	const char *sarif_path;    /* --sarif FILE: SARIF beside the text */
	const char *sarif_dir;     /* --sarif-dir DIR: one file per TU */
	const char *fix_diff;      /* --fix-diff FILE: the fixes as a unified diff */
	const char *srcroot;       /* --srcroot, NULL: the tree root guessed */
	const char *help_uri_base; /* --help-uri-base */
	const char *automation_id; /* --category / automationDetails.id */
	const char *baseline;      /* --baseline OLD.sarif */
	const char *suppressions;  /* --suppressions FILE (external) */
	enum fail_on fail_on;
	bool fail_on_given; /* Kbuild mode exits 0 unless --fail-on was given */
	bool show_suppressed;
	bool report_stale_suppressions;
	/* SARIF for GitHub: without suppressed and absent results, which code
	 * scanning would show as open alerts (it ignores both markings). */
	bool sarif_for_upload;
	bool only_new; /* --only-new: the text lists only findings new against the baseline */
	bool color;    /* decided by the driver: --color, NO_COLOR, TERM, a terminal */
	bool quiet;
	bool text_to_stderr; /* Kbuild mode: diagnostics on stderr, as sparse's */
	bool summary;        /* the one-line summary on stderr */
	/* A TU that did not parse cleanly makes the exit status 2 (the driver
	 * sets it unless --fail-on never, and --fail-on-parse-errors always). */
	bool fail_on_parse_errors;
	double elapsed; /* seconds, for the summary; 0: not shown */
};

enum tu_status {
	TU_CLEAN,        /* parsed without errors and analysed */
	TU_PARSE_ERRORS, /* analysed as far as the AST goes */
	TU_FAILED,       /* no AST at all */
	/* xlatcheck crashed on it (its worker process died): not analysed,
	 * the other TUs were */
	TU_INTERNAL_ERROR,
};

/* What the run looked at: SARIF's artifacts and invocation notifications. */
struct tu_result {
	char *file; /* absolute path of the main source */
	enum tu_status status;
	unsigned nerrors;  /* clang error diagnostics */
	char *first_error; /* "file:line:col: message" of the first, or NULL */
};

struct run_info {
	char **argv; /* the command line, for invocations[].commandLine */
	int argc;
	char *cwd;
	struct tu_result *tus;
	size_t ntus;
	char **notifications; /* run-level notes, e.g. flags clang rejected */
	size_t nnotifications;
	struct notice_list notices; /* the analysis' notices (limits hit), every TU's */
	bool kbuild_mode;
	double start_time, end_time; /* seconds since the epoch */
};

/* Applies suppressions and the baseline, writes every requested output and
 * returns the exit code (EXIT_CLEAN, EXIT_FINDINGS, or EXIT_USAGE when an
 * output cannot be written or an input such as the baseline is broken). */
int report_run(const struct report_options *opt, const struct rule_set *rules,
               struct finding_list *findings, const struct run_info *run);

/* How the text report looks. */
struct text_style {
	const char *cwd; /* paths below it are shown relative */
	bool color;
	bool show_suppressed;
	bool mark_new; /* a baseline was given: "[new]" on new findings */
	bool only_new; /* and only those are listed */
};
/* Before the analysis: every output path can be written and every input
 * file (baseline, suppressions) is a regular file that can be read.
 * False after one error line with the reason. */
bool report_check_paths(const struct report_options *opt);

/* GCC-style text: "file:line:col: warning: message [xlatcheck:rule]", then
 * note: lines for the path and the hint.  Columns count bytes, as clang's
 * and sparse's do (docs/guide.md). */
void text_write_styled(FILE *out, const struct finding_list *fl, const struct text_style *st);
void text_write(FILE *out, const struct finding_list *fl, const char *cwd, bool color,
                bool show_suppressed);

/* `xlatcheck merge`: `inputs` are directories of *.sarif files or files. */
int merge_run(const struct report_options *opt, const struct strvec *inputs);
/* `xlatcheck link`: the same, with the link's findings (`linked`, whose
 * rules are those of `rs`) added to the inputs'; `inputs` may be empty. */
int merge_run_linked(const struct report_options *opt, const struct strvec *inputs,
                     const struct rule_set *rs, struct finding_list *linked);
/* `xlatcheck merge ARGS...` with argv starting after "merge": the driver's
 * option table (driver/options.c), then merge_run(). */
int merge_main(int argc, char **argv);

/* `xlatcheck html IN.sarif... -o DIR` (argv starts after "html"): a static
 * HTML report of the findings and their paths (html.c). */
int html_main(int argc, char **argv);

#endif
