/* Internals of the reporters: the model every output is written from, and
 * the stages report_run() and `xlatcheck merge` share (suppressions,
 * baseline, fingerprints, SARIF in and out). */
#ifndef XLATCHECK_REPORT_PRIVATE_H
#define XLATCHECK_REPORT_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include "../util.h"
#include "../findings/finding.h"
#include "../findings/notice.h"
#include "report.h"

struct rule;
struct line_hashes;

/* No informationUri and no default helpUri: the project has no address
 * of its own, and each rule's help travels inside the SARIF. */
#define XLATCHECK_TOOL_NAME "xlatcheck"
/* The key of our own fingerprint in partialFingerprints; bump the version
 * when its inputs change, so old baselines are not matched wrongly. */
#define XLATCHECK_FINGERPRINT_KEY "xlatcheck/v1"

#ifndef XLATCHECK_VERSION
#error "XLATCHECK_VERSION must be defined by the build (the project version)"
#endif

/* Everything one run's outputs are written from.  `rules` is the whole
 * rule array (ruleIndex is the position in it); every finding's rule
 * points into it. */
struct report_model {
	const struct rule *rules;
	int nrules;
	struct finding_list findings; /* sorted, unique */
	struct finding_list absent;   /* baseline results no longer found */
	char *srcroot;                /* absolute, no trailing slash */
	char *cwd;                    /* for the text report's paths */
	struct strvec targets;        /* analysed main files, absolute */
	struct notice_list notices;
	bool execution_successful;
	bool baseline_given;
};

void report_model_free(struct report_model *m);

/* The stages after the findings are known, shared by the direct run and
 * `merge`: external suppressions, baseline, every output, the exit code. */
int report_finish(const struct report_options *opt, struct report_model *m, bool kbuild_mode,
                  struct line_hashes *lh);

/* srcroot-relative, '/'-separated path of `file`, or NULL outside it. */
const char *report_relative(const struct report_model *m, const char *file);

/* --- fingerprint.c ---------------------------------------------------- */

/* primaryLocationLineHash of every line of a file, as GitHub's upload
 * action computes it; files are hashed once and kept. */
struct line_hashes *line_hashes_new(void);
void line_hashes_free(struct line_hashes *lh);
/* Files below `dir`, and `file` itself, may be read to hash them; no
 * other file is. */
void line_hashes_allow(struct line_hashes *lh, const char *dir);
void line_hashes_allow_file(struct line_hashes *lh, const char *file);
/* The hash of `line` of `file`, or NULL when the file cannot be read and
 * no value was recorded for it. */
const char *line_hash_get(struct line_hashes *lh, const char *file, unsigned line);
/* A value read from an input SARIF: used when the file cannot be read. */
void line_hash_record(struct line_hashes *lh, const char *file, unsigned line, const char *hash);
/* Hashes `text` the way fingerprints.ts does, calling `fn` per line. */
void line_hash_text(const char *text, size_t len,
                    void (*fn)(void *ctx, unsigned line, const char *hash), void *ctx);

/* The xlatcheck fingerprint of each finding of `fl` (same order), see
 * docs/suppression.md: stable across line shifts; a ":n" suffix tells
 * apart findings that would otherwise share one. */
char **fingerprints_compute(const struct report_model *m, const struct finding_list *fl);
void fingerprints_free(char **fp, size_t n);
/* A call path's identity for --baseline (docs/design.md, "Grouping"):
 * rule, region, sink, and each step's kind, file (relative to `srcroot`,
 * the model's when NULL) and message without numbers. */
uint64_t flow_identity(const struct report_model *m, const struct finding *f, const char *srcroot,
                       const struct path_step *steps, size_t n);
/* `s` with numbers that are not part of a name replaced by "#". */
char *normalise_numbers(const char *s);
/* A hash of `s` that is the same on every machine and run. */
uint64_t stable_hash(const char *s);

/* --- suppress.c ------------------------------------------------------- */

/* Applies "xlatcheck: ignore[...] reason" comments and annotate()
 * attributes, and adds the suppression-without-reason and (when asked)
 * stale-suppression findings.  `scan` lists files to look for comments in
 * besides the files of findings (the analysed main files). */
void suppress_in_source(struct report_model *m, const struct strvec *scan, bool report_stale);
/* --suppressions FILE: false (error printed) when it cannot be read or a
 * line is malformed. */
bool suppress_external(struct report_model *m, const char *path, bool report_stale);
/* Drops stale-suppression findings for comments that suppressed a result
 * of another TU: the per-TU runs each saw only part of the picture. */
void suppress_drop_used_stale(struct finding_list *fl);

/* --- baseline.c ------------------------------------------------------- */

/* Sets baselineState on every finding and fills m->absent.  False (error
 * printed) when the baseline cannot be read or is not SARIF. */
bool baseline_apply(struct report_model *m, const char *path, struct line_hashes *lh);

/* --- columns.c -------------------------------------------------------- */

/* Source lines, read once, for converting columns between units. */
struct source_cache;
struct source_cache *source_cache_new(void);
void source_cache_free(struct source_cache *c);
/* The 1-based byte column `col` of `line` of `file` as a 1-based UTF-16
 * column (SARIF's columnKind utf16CodeUnits), and back. */
unsigned column_to_utf16(struct source_cache *c, const char *file, unsigned line, unsigned col);
unsigned column_from_utf16(struct source_cache *c, const char *file, unsigned line, unsigned col);
/* The whole text of `file` (NULL: unreadable), and the text of one 1-based
 * line without its '\n' (NULL: no such line). */
const char *source_text(struct source_cache *c, const char *file, size_t *len);
const char *source_line(struct source_cache *c, const char *file, unsigned line, size_t *len);
/* The number of lines of `file` (a final newline ends the last line, it does
 * not start one), or -1 when it cannot be read. */
long source_nlines(struct source_cache *c, const char *file);
/* A finding read from SARIF gets byte columns again. */
void finding_columns_from_utf16(struct source_cache *c, struct finding *f);

/* --- group.c --------------------------------------------------------- */

/* One root cause, one result: findings that reach one sink through the
 * same callee parameter from every call site of that callee become one
 * result at the sink with one code flow per call path (docs/design.md,
 * "Grouping").  The list is left unsorted. */
void group_findings(struct finding_list *fl);
/* Where a path enters its call chain: its first call into a parameter
 * (the site an ungrouped finding is reported at), else its first step. */
const struct xc_loc *flow_call_site(const struct path_step *steps, size_t n);

/* --- fixes.c ---------------------------------------------------------- */

/* Sets fix_with/fix_loc on every finding whose rule knows a replacement
 * for its sink and whose sink is written in the source as that name
 * followed by '(' at the finding's location (never through a macro of
 * another name, so never inside a macro body), unless another finding
 * at that place wants another fix or none.  `m->findings` is sorted. */
void fixes_compute(struct report_model *m, struct source_cache *src);
/* --fix-diff: the fixes of the unsuppressed findings as one unified diff
 * (a/ b/ paths relative to the srcroot) that `git apply` takes.  False
 * (error printed) when it cannot be written. */
bool fixes_write_diff(const struct report_model *m, struct source_cache *src, const char *path);

/* --- sarif.c ---------------------------------------------------------- */

struct sarif_write_options {
	const char *help_uri_base; /* NULL: no helpUri (the help is inline) */
	const char *automation_id;
	struct source_cache *sources; /* for UTF-16 columns */
	/* GitHub ignores suppressions and baselineState: an upload leaves
	 * out suppressed and absent results, or they would show as alerts. */
	bool for_upload;
};

/* The SARIF log: 2-space indent, stable key and result order, streamed to
 * `out` item by item (output.h), so memory stays bounded by the largest
 * single rule or result however many there are. */
struct output;
void sarif_write(struct output *out, const struct report_model *m,
                 const struct sarif_write_options *o, struct line_hashes *lh);
/* The same into `path` (stdout when NULL) through output_open(), or for a
 * generated name output_open_generated(); false after one error line. */
bool sarif_write_file(const char *path, bool generated, const struct report_model *m,
                      const struct sarif_write_options *o, struct line_hashes *lh);

/* --- sarif_read.c ----------------------------------------------------- */

/* One run of a SARIF file read back into the model's terms. */
struct sarif_input {
	char *srcroot; /* %SRCROOT% as a path, or NULL */
	struct rule *rules;
	int nrules;
	struct strmap rule_ids;       /* id -> index in rules */
	struct finding_list findings; /* rule points into `rules` */
	char **fingerprints;          /* XLATCHECK_FINGERPRINT_KEY per finding */
	char **line_hashes;           /* primaryLocationLineHash per finding */
	struct strvec targets;
	struct notice_list notices;
	bool execution_successful;
	char *automation_id;
};

/* Reads `path`; false (error printed as "<what>: path") when it is not
 * SARIF 2.1.0 with exactly one run. */
bool sarif_read(const char *path, const char *what, struct sarif_input *in);
void sarif_input_free(struct sarif_input *in);

#endif
