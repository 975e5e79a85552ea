/* Reporting, end to end: suppressions, baseline, every output file, the
 * summary line and the exit code.  report_run() starts from the engine's
 * findings; `merge` (merge.c) from per-TU SARIF files; both end in
 * report_finish().  The helpers these stages share are in report.c. */
#define _GNU_SOURCE /* open_memstream */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../rules/rules.h"
#include "output.h"
#include "report_private.h"

static struct text_style text_style_of(const struct report_options *opt,
                                       const struct report_model *m, bool color)
{
	return (struct text_style){
	    .cwd = m->cwd,
	    .color = color,
	    .show_suppressed = opt->show_suppressed,
	    .mark_new = m->baseline_given,
	    .only_new = opt->only_new && m->baseline_given,
	};
}

static char *text_render(const struct report_options *opt, const struct report_model *m)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		fputs("xlatcheck: internal error: out of memory\n", stderr);
		exit(EXIT_INTERNAL);
	}
	struct text_style st = text_style_of(opt, m, false);
	text_write_styled(f, &m->findings, &st);
	fclose(f);
	return buf;
}

/* Every file output goes through here: its directory is made first. */
static bool write_file(const char *path, const char *data, size_t len)
{
	return (!path || path_make_parent(path)) && output_write(path, data, len);
}

static bool write_sarif(const char *path, const struct report_model *m,
                        const struct sarif_write_options *wo, struct line_hashes *lh)
{
	return (!path || path_make_parent(path)) && sarif_write_file(path, false, m, wo, lh);
}

/* --sarif-dir: one file per process, which in Kbuild mode is one per TU.
 * The name is a hash of the full paths (unique, so parallel makes never
 * collide) after at most 64 bytes of the source's base name for people,
 * without leading dots: `merge` skips dot files (temp files), and Kbuild
 * has sources like .vmlinux.export.c.  Any source name fits NAME_MAX. */
static char *sarif_dir_path(const char *dir, const struct strvec *targets)
{
	struct strbuf all = {0};
	for (size_t i = 0; i < targets->n; i++)
		sb_printf(&all, "%s\n", targets->v[i]);
	const char *base = targets->n ? strrchr(targets->v[0], '/') : NULL;
	base = base ? base + 1 : targets->n ? targets->v[0] : "xlatcheck";
	while (*base == '.')
		base++;
	size_t n = strnlen(base, 64);
	char *path = xasprintf("%s/%.*s%s%016llx.sarif", dir, (int)n, base, n ? "-" : "",
	                       (unsigned long long)stable_hash(all.s ? all.s : ""));
	sb_free(&all);
	return path;
}

/* The text report on a stream: stdout, or stderr in Kbuild mode. */
static bool write_text_stream(const struct report_options *opt, const struct report_model *m)
{
	FILE *out = opt->text_to_stderr ? stderr : stdout;
	struct text_style st = text_style_of(opt, m, opt->color);
	text_write_styled(out, &m->findings, &st);
	if (fflush(out) == 0)
		return true;
	error_msg("cannot write (%s): %s", strerror(errno),
	          opt->text_to_stderr ? "<stderr>" : "<stdout>");
	return false;
}

static bool write_outputs(const struct report_options *opt, const struct report_model *m,
                          struct line_hashes *lh, struct source_cache *src)
{
	struct sarif_write_options wo = {
	    .help_uri_base = opt->help_uri_base,
	    .automation_id = opt->automation_id,
	    .for_upload = opt->sarif_for_upload,
	    .sources = src,
	};
	bool ok = true;
	if (opt->format == FORMAT_SARIF) {
		ok = write_sarif(opt->output, m, &wo, lh);
	} else if (opt->output) {
		char *text = text_render(opt, m);
		ok = write_file(opt->output, text, strlen(text));
		free(text);
	} else {
		ok = write_text_stream(opt, m);
	}
	if (opt->sarif_path)
		ok = write_sarif(opt->sarif_path, m, &wo, lh) && ok;
	if (opt->sarif_dir) {
		char *path = sarif_dir_path(opt->sarif_dir, &m->targets);
		ok = path_make_parent(path) && sarif_write_file(path, true, m, &wo, lh) && ok;
		free(path);
	}
	if (opt->fix_diff)
		ok = fixes_write_diff(m, src, opt->fix_diff) && ok;
	return ok;
}

static int exit_code(const struct report_options *opt, const struct report_model *m,
                     bool kbuild_mode)
{
	/* A Kbuild CHECK= failing would stop the kernel build. */
	if ((kbuild_mode && !opt->fail_on_given) || opt->fail_on == FAIL_ON_NEVER)
		return EXIT_CLEAN;
	for (size_t i = 0; i < m->findings.n; i++) {
		const struct finding *f = &m->findings.v[i];
		if (f->suppression != SUPPRESSION_NONE) /* reviewed: never fails the run */
			continue;
		if (opt->fail_on == FAIL_ON_ANY || f->baseline == BASELINE_NEW ||
		    f->baseline == BASELINE_NONE)
			return EXIT_FINDINGS;
	}
	return EXIT_CLEAN;
}

/* What the summary and the parse-error exit rule count. */
struct tally {
	size_t tus, unparsed, findings, new_findings, suppressed;
	const char *first_unparsed;
};

static struct tally tally_of(const struct report_model *m)
{
	struct tally t = {.tus = m->targets.n};
	const char *last = NULL;
	for (size_t i = 0; i < m->notices.n; i++) {
		const struct notice *nt = &m->notices.v[i];
		bool unparsed = !strcmp(nt->id, "parse-errors") || !strcmp(nt->id, "parse-failed");
		/* Sorted by file: one count per TU. */
		if (unparsed && nt->file && (!last || strcmp(last, nt->file))) {
			t.unparsed++;
			last = nt->file;
			t.first_unparsed = t.first_unparsed ? t.first_unparsed : nt->file;
		}
	}
	for (size_t i = 0; i < m->findings.n; i++) {
		const struct finding *f = &m->findings.v[i];
		if (f->suppression != SUPPRESSION_NONE) {
			t.suppressed++;
			continue;
		}
		t.findings++;
		t.new_findings += f->baseline == BASELINE_NEW;
	}
	return t;
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* "xlatcheck: 2 TUs checked, 1 failed to parse, 4 findings (1 new)". */
static void print_summary(const struct report_options *opt, const struct report_model *m,
                          const struct tally *t)
{
	fprintf(stderr, "xlatcheck: %zu %s checked, %zu failed to parse, %zu %s", t->tus,
	        plural(t->tus, "TU", "TUs"), t->unparsed, t->findings,
	        plural(t->findings, "finding", "findings"));
	if (m->baseline_given)
		fprintf(stderr, " (%zu new)", t->new_findings);
	if (t->suppressed)
		fprintf(stderr, ", %zu suppressed", t->suppressed);
	if (opt->elapsed > 0)
		fprintf(stderr, ", in %.2fs", opt->elapsed);
	fputc('\n', stderr);
}

/* A TU that did not parse was not fully checked: exit status 2 when the
 * options say so, with the reason on stderr even under -q. */
static int parse_error_status(const struct report_options *opt, const struct tally *t, int rc)
{
	if (!t->unparsed || !opt->fail_on_parse_errors || rc == EXIT_USAGE)
		return rc;
	error_msg("%zu %s did not parse cleanly, so the check is incomplete (first: %s)",
	          t->unparsed, plural(t->unparsed, "TU", "TUs"), t->first_unparsed);
	return EXIT_USAGE;
}

int report_finish(const struct report_options *opt, struct report_model *m, bool kbuild_mode,
                  struct line_hashes *lh)
{
	bool ok = !opt->suppressions ||
	          suppress_external(m, opt->suppressions, opt->report_stale_suppressions);
	if (opt->suppressions) { /* its stale entries are results in it */
		char *abs = path_absolute(NULL, opt->suppressions);
		line_hashes_allow_file(lh, abs);
		free(abs);
	}
	finding_list_sort_unique(&m->findings);
	ok = ok && (!opt->baseline || baseline_apply(m, opt->baseline, lh));
	finding_list_sort_unique(&m->absent);
	notice_list_sort_unique(&m->notices);
	struct source_cache *src = source_cache_new();
	fixes_compute(m, src);
	ok = ok && write_outputs(opt, m, lh, src);
	source_cache_free(src);
	struct tally t = tally_of(m);
	if (ok && opt->summary)
		print_summary(opt, m, &t);
	return parse_error_status(opt, &t, ok ? exit_code(opt, m, kbuild_mode) : EXIT_USAGE);
}

/* Before the analysis: output directories are made (as a run would make
 * them) and every output path can be written; the baseline and the
 * suppression file are regular files that can be read. */
bool report_check_paths(const struct report_options *opt)
{
	return (!opt->output ||
	        (path_make_parent(opt->output) && output_check_file(opt->output))) &&
	       (!opt->sarif_path ||
	        (path_make_parent(opt->sarif_path) && output_check_file(opt->sarif_path))) &&
	       (!opt->sarif_dir ||
	        ((path_is_dir(opt->sarif_dir) || path_make_dirs(opt->sarif_dir)) &&
	         output_check_dir(opt->sarif_dir, "--sarif-dir"))) &&
	       (!opt->baseline || input_check(opt->baseline, "baseline")) &&
	       (!opt->suppressions || input_check(opt->suppressions, "suppression file"));
}

/* The root of the tree: the nearest directory holding .git, else the
 * working directory (Kbuild runs the checker from the tree's top). */
static char *guess_srcroot(const char *cwd)
{
	char *dir = xstrdup(cwd);
	for (;;) {
		char *git = xasprintf("%s/.git", dir);
		bool found = access(git, F_OK) == 0;
		free(git);
		if (found)
			return dir;
		char *slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			break;
		*slash = '\0';
	}
	free(dir);
	return xstrdup(cwd);
}

static void add_tu_notices(struct report_model *m, const struct run_info *run)
{
	for (size_t i = 0; i < run->ntus; i++) {
		const struct tu_result *tu = &run->tus[i];
		strvec_push(&m->targets, tu->file);
		if (tu->status == TU_CLEAN)
			continue;
		bool failed = tu->status != TU_PARSE_ERRORS;
		bool crashed = tu->status == TU_INTERNAL_ERROR;
		char *text =
		    crashed
		        ? xasprintf("internal error: %s; the file was not analysed (the other "
		                    "files were). Please report it.",
		                    tu->first_error ? tu->first_error : "xlatcheck crashed on it")
		        : xasprintf(
		              failed
		                  ? "clang could not parse this file (%u errors); it was not "
		                    "analysed%s%s"
		                  : "clang reported %u errors; the file was analysed as far as its "
		                    "syntax tree goes%s%s",
		              tu->nerrors, tu->first_error ? ". First: " : "",
		              tu->first_error ? tu->first_error : "");
		notice_add(&m->notices,
		           crashed  ? "internal-error"
		           : failed ? "parse-failed"
		                    : "parse-errors",
		           failed ? "error" : "warning", text, tu->file);
		free(text);
		if (failed)
			m->execution_successful = false;
	}
	for (size_t i = 0; i < run->nnotifications; i++)
		notice_add(&m->notices, "note", "note", run->notifications[i], NULL);
	for (size_t i = 0; i < run->notices.n; i++) {
		const struct notice *nt = &run->notices.v[i];
		notice_add(&m->notices, nt->id, nt->level, nt->text, nt->file);
	}
}

int report_run(const struct report_options *opt, const struct rule_set *rules,
               struct finding_list *findings, const struct run_info *run)
{
	char *cwd = run->cwd ? xstrdup(run->cwd) : path_absolute(NULL, ".");
	struct report_model m = {
	    .rules = rules->rules,
	    .nrules = rules->nrules,
	    .findings = *findings,
	    .srcroot = opt->srcroot ? path_absolute(cwd, opt->srcroot) : guess_srcroot(cwd),
	    .cwd = cwd,
	    .execution_successful = true,
	};
	*findings = (struct finding_list){0};
	add_tu_notices(&m, run);
	finding_list_sort_unique(&m.findings);
	group_findings(&m.findings);
	finding_list_sort_unique(&m.findings);
	suppress_in_source(&m, &m.targets, opt->report_stale_suppressions);
	/* The analysis read these files; a baseline's results are hashed
	 * only below the tree and the working directory. */
	struct line_hashes *lh = line_hashes_new();
	line_hashes_allow(lh, m.srcroot);
	line_hashes_allow(lh, m.cwd);
	for (size_t i = 0; i < m.findings.n; i++) {
		line_hashes_allow_file(lh, m.findings.v[i].loc.file);
		for (size_t k = 0; k < m.findings.v[i].nsteps; k++)
			line_hashes_allow_file(lh, m.findings.v[i].steps[k].loc.file);
	}
	int rc = report_finish(opt, &m, run->kbuild_mode, lh);
	line_hashes_free(lh);
	/* The caller owns the findings, now with suppressions and baseline
	 * states set and the meta findings added. */
	*findings = m.findings;
	m.findings = (struct finding_list){0};
	report_model_free(&m);
	return rc;
}
