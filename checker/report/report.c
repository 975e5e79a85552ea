/* Reporting, end to end: suppressions, baseline, every output file and the
 * exit code.  report_run() starts from the engine's findings; `merge`
 * (merge.c) from per-TU SARIF files; both end in report_finish(). */
#define _GNU_SOURCE /* mkstemp, fchmod, open_memstream */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../rules/rules.h"
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

bool output_write(const char *path, const char *data, size_t len)
{
	if (!path) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			error_msg("cannot write: %s: %s", "<stdout>", strerror(errno));
			return false;
		}
		return true;
	}
	/* A temp file in the target's directory and rename(): readers (and a
	 * parallel make) never see a half-written file. */
	const char *slash = strrchr(path, '/');
	char *tmp = slash ? xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
	                  : xasprintf(".%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	bool ok = fd >= 0;
	if (ok) {
		mode_t mask = umask(0);
		umask(mask);
		ok = fchmod(fd, 0666 & ~mask) == 0;
		for (size_t done = 0; ok && done < len;) {
			ssize_t n = write(fd, data + done, len - done);
			if (n < 0 && errno == EINTR)
				continue;
			ok = n > 0;
			done += ok ? (size_t)n : 0;
		}
		ok = (close(fd) == 0) && ok;
		ok = ok && rename(tmp, path) == 0;
	}
	if (!ok) {
		int err = errno;
		if (fd >= 0)
			unlink(tmp);
		error_msg("cannot write: %s: %s", path, strerror(err));
	}
	free(tmp);
	return ok;
}

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
	char *sarif = sarif_render(m, wo, lh);
	bool ok = write_file(path, sarif, strlen(sarif));
	free(sarif);
	return ok;
}

/* --sarif-dir: one file per process, which in Kbuild mode is one per TU.
 * The name keeps the source's base name for people and a hash of the
 * full paths for uniqueness, so parallel makes never collide. */
static char *sarif_dir_path(const char *dir, const struct strvec *targets)
{
	struct strbuf all = {0};
	for (size_t i = 0; i < targets->n; i++)
		sb_printf(&all, "%s\n", targets->v[i]);
	const char *base = targets->n ? strrchr(targets->v[0], '/') : NULL;
	base = base ? base + 1 : targets->n ? targets->v[0] : "xlatcheck";
	char *path = xasprintf("%s/%s-%016llx.sarif", dir, base,
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
	error_msg("cannot write: %s: %s", opt->text_to_stderr ? "<stderr>" : "<stdout>",
	          strerror(errno));
	return false;
}

static bool write_outputs(const struct report_options *opt, const struct report_model *m,
                          struct line_hashes *lh)
{
	struct sarif_write_options wo = {
	    .help_uri_base = opt->help_uri_base,
	    .automation_id = opt->automation_id,
	    .for_upload = opt->sarif_for_upload,
	    .sources = source_cache_new(),
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
		ok = write_sarif(path, m, &wo, lh) && ok;
		free(path);
	}
	source_cache_free(wo.sources);
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
	finding_list_sort_unique(&m->findings);
	ok = ok && (!opt->baseline || baseline_apply(m, opt->baseline, lh));
	finding_list_sort_unique(&m->absent);
	notice_list_sort_unique(&m->notices);
	ok = ok && write_outputs(opt, m, lh);
	struct tally t = tally_of(m);
	if (ok && opt->summary)
		print_summary(opt, m, &t);
	return parse_error_status(opt, &t, ok ? exit_code(opt, m, kbuild_mode) : EXIT_USAGE);
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
		bool failed = tu->status == TU_FAILED;
		char *text = xasprintf(
		    failed ? "clang could not parse this file (%u errors); it was not analysed%s%s"
		           : "clang reported %u errors; the file was analysed as far as its "
		             "syntax tree goes%s%s",
		    tu->nerrors, tu->first_error ? ". First: " : "",
		    tu->first_error ? tu->first_error : "");
		notice_add(&m->notices, failed ? "parse-failed" : "parse-errors",
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
	struct line_hashes *lh = line_hashes_new();
	int rc = report_finish(opt, &m, run->kbuild_mode, lh);
	line_hashes_free(lh);
	/* The caller owns the findings, now with suppressions and baseline
	 * states set and the meta findings added. */
	*findings = m.findings;
	m.findings = (struct finding_list){0};
	report_model_free(&m);
	return rc;
}
