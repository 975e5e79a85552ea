/* Reporting, end to end: suppressions, baseline, every output file and the
 * exit code.  report_run() starts from the engine's findings; `merge`
 * (merge.c) from per-TU SARIF files; both end in report_finish(). */
#define _GNU_SOURCE /* open_memstream */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../rules/rules.h"
#include "output.h"
#include "report_private.h"

void notice_add(struct notice_list *nl, const char *id, const char *level, const char *text,
                const char *file)
{
	if (nl->n == nl->cap) {
		nl->cap = nl->cap ? 2 * nl->cap : 8;
		nl->v = xrealloc(nl->v, nl->cap * sizeof(*nl->v));
	}
	nl->v[nl->n++] = (struct notice){
	    .id = xstrdup(id),
	    .level = xstrdup(level),
	    .text = xstrdup(text),
	    .file = file ? xstrdup(file) : NULL,
	};
}

static void notice_free(struct notice *n)
{
	free(n->id);
	free(n->level);
	free(n->text);
	free(n->file);
}

static int strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int notice_cmp(const void *pa, const void *pb)
{
	const struct notice *a = pa, *b = pb;
	int c = strcmp_null(a->file, b->file);
	if (!c)
		c = strcmp(a->id, b->id);
	if (!c)
		c = strcmp(a->text, b->text);
	return c ? c : strcmp(a->level, b->level);
}

void notice_list_sort_unique(struct notice_list *nl)
{
	if (!nl->n)
		return;
	qsort(nl->v, nl->n, sizeof(*nl->v), notice_cmp);
	size_t kept = 1;
	for (size_t i = 1; i < nl->n; i++) {
		if (notice_cmp(&nl->v[kept - 1], &nl->v[i]))
			nl->v[kept++] = nl->v[i];
		else
			notice_free(&nl->v[i]);
	}
	nl->n = kept;
}

void notice_list_free(struct notice_list *nl)
{
	for (size_t i = 0; i < nl->n; i++)
		notice_free(&nl->v[i]);
	free(nl->v);
	*nl = (struct notice_list){0};
}

void report_model_free(struct report_model *m)
{
	finding_list_free(&m->findings);
	finding_list_free(&m->absent);
	free(m->srcroot);
	free(m->cwd);
	strvec_free(&m->targets);
	notice_list_free(&m->notices);
}

const char *report_relative(const struct report_model *m, const char *file)
{
	return path_below(file, m->srcroot);
}

static char *text_render(const struct report_model *m, bool show_suppressed)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		fputs("xlatcheck: internal error: out of memory\n", stderr);
		exit(EXIT_INTERNAL);
	}
	text_write(f, &m->findings, m->cwd, false, show_suppressed);
	fclose(f);
	return buf;
}

static bool write_sarif(const char *path, const struct report_model *m,
                        const struct sarif_write_options *wo, struct line_hashes *lh)
{
	char *sarif = sarif_render(m, wo, lh);
	bool ok = output_write(path, sarif, strlen(sarif));
	free(sarif);
	return ok;
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

static bool write_outputs(const struct report_options *opt, const struct report_model *m,
                          struct line_hashes *lh)
{
	struct sarif_write_options wo = {
	    .help_uri_base = opt->help_uri_base,
	    .automation_id = opt->automation_id,
	    .for_upload = opt->sarif_for_upload,
	};
	bool ok = true;
	if (opt->format == FORMAT_SARIF) {
		ok = write_sarif(opt->output, m, &wo, lh);
	} else if (opt->output) {
		char *text = text_render(m, opt->show_suppressed);
		ok = output_write(opt->output, text, strlen(text));
		free(text);
	} else {
		text_write(stdout, &m->findings, m->cwd, opt->color, opt->show_suppressed);
		ok = fflush(stdout) == 0;
		if (!ok)
			error_msg("cannot write <stdout> (%s)", strerror(errno));
	}
	if (opt->sarif_path)
		ok = write_sarif(opt->sarif_path, m, &wo, lh) && ok;
	if (opt->sarif_dir) {
		char *path = sarif_dir_path(opt->sarif_dir, &m->targets);
		char *sarif = sarif_render(m, &wo, lh);
		ok = output_write_generated(path, sarif, strlen(sarif)) && ok;
		free(sarif);
		free(path);
	}
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
		if (f->suppression != SUPPRESSION_NONE)
			continue;
		if (opt->fail_on == FAIL_ON_ANY || f->baseline == BASELINE_NEW ||
		    f->baseline == BASELINE_NONE)
			return EXIT_FINDINGS;
	}
	return EXIT_CLEAN;
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
	ok = ok && write_outputs(opt, m, lh);
	return ok ? exit_code(opt, m, kbuild_mode) : EXIT_USAGE;
}

bool report_check_paths(const struct report_options *opt)
{
	return (!opt->output || output_check_file(opt->output)) &&
	       (!opt->sarif_path || output_check_file(opt->sarif_path)) &&
	       (!opt->sarif_dir || output_check_dir(opt->sarif_dir, "--sarif-dir")) &&
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
