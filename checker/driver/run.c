/* The stages of a check run, called in order by main(): the rules, the
 * translation units (compile database, Kbuild argv or files), parsing and
 * analysis on -j threads with a progress line, and the hand-over to the
 * reporters with what the run saw (TUs, parse errors, rejected flags). */
#define _GNU_SOURCE
#include "run.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "../cache/cache.h"
#include "../link/link.h"
#include "../report/output.h"
#include "../rules/rules.h"
#include "parser.h"
#include "shard.h"
#include "workers.h"

void run_install_crash_handlers(void)
{
	crash_handler_install("the driver");
}

/* ---- rules ---------------------------------------------------------------- */

int run_load(struct session *s, const struct options *o)
{
	s->start = now_seconds();
	s->rules = rules_load((const char *const *)o->rule_dirs.v, (int)o->rule_dirs.n);
	if (!s->rules)
		return EXIT_USAGE;
	rule_docs_attach(s->rules);
	char *flags_path = xasprintf("%s/flags/gcc.json", rules_default_dir());
	s->flag_rules = flag_rules_load(flags_path);
	free(flags_path);
	if (!s->flag_rules)
		return EXIT_USAGE;
	/* Every output path is made and checked before any analysis. */
	if (o->summaries_dir &&
	    ((!path_is_dir(o->summaries_dir) && !path_make_dirs(o->summaries_dir)) ||
	     !output_check_dir(o->summaries_dir, "--summaries")))
		return EXIT_USAGE;
	if (!report_check_paths(&o->report))
		return EXIT_USAGE;
	return EXIT_CLEAN;
}

/* ---- gathering jobs --------------------------------------------------- */

/* In a Kbuild O= directory (it holds the `source` link to the source
 * tree), the compile commands name the sources there: a relative PATH
 * such as `mm` means the source tree's mm/, not the object directory. */
static void paths_in_source_tree(const struct strvec *paths, struct strvec *out)
{
	struct stat st;
	char *src =
	    lstat("source", &st) == 0 && S_ISLNK(st.st_mode) ? realpath("source", NULL) : NULL;
	for (size_t i = 0; i < paths->n; i++)
		if (src && paths->v[i][0] != '/')
			strvec_push_owned(out, xasprintf("%s/%s", src, paths->v[i]));
		else
			strvec_push(out, paths->v[i]);
	free(src);
}

/* -p: the compile database's TUs (under PATHs), or --shard's part of them. */
static int gather_compdb(struct session *s, const struct options *o)
{
	if (o->compiler_flags.n) {
		error_msg("compiler flags after -- are not used with -p: %s",
		          o->compiler_flags.v[0]);
		return EXIT_USAGE;
	}
	const struct parser_api *parser = parser_load(); /* libclang reads the database */
	if (!parser)
		return EXIT_INTERNAL;
	struct strvec paths = {0};
	paths_in_source_tree(&o->positional, &paths);
	int rc = parser->compdb_load(o->compdb, paths.v, paths.n, s->flag_rules, &s->jobs);
	strvec_free(&paths);
	if (rc == EXIT_CLEAN && o->shard_count)
		shard_select(&s->jobs, o->shard_index, o->shard_count);
	if (rc == EXIT_CLEAN && !jobs_check_sources(&s->jobs, 0, "named by the compile database"))
		rc = EXIT_USAGE;
	return rc;
}

int run_gather(struct session *s, const struct options *o)
{
	const struct strvec *pos = &o->positional, *flags = &o->compiler_flags;
	if (o->shard_count && !o->compdb) {
		error_msg("--shard needs a compile database (-p): --shard %u/%u", o->shard_index,
		          o->shard_count);
		return EXIT_USAGE;
	}
	if (o->compdb)
		return gather_compdb(s, o);
	if (pos->n == 0) {
		error_msg("nothing to check (give -p BUILD_DIR or FILE.c): see --help");
		return EXIT_USAGE;
	}
	char *cwd = getcwd(NULL, 0);
	if (!cwd) {
		error_msg("cannot read the current directory (%s): .", strerror(errno));
		return EXIT_USAGE;
	}
	for (size_t i = 0; i < pos->n; i++)
		job_from_flags(&s->jobs, s->flag_rules, pos->v[i], flags->v, flags->n, cwd);
	free(cwd);
	/* An unreadable source is an input error, not a parse error. */
	return jobs_check_sources(&s->jobs, 0, "") ? EXIT_CLEAN : EXIT_USAGE;
}

/* ---- running jobs (workers.c) ----------------------------------------- */

static void print_clang_args(const struct job_list *jobs)
{
	for (size_t i = 0; i < jobs->n; i++) {
		printf("%s:", jobs->v[i].file);
		for (size_t k = 0; k < jobs->v[i].args.n; k++)
			printf(" %s", jobs->v[i].args.v[k]);
		putchar('\n');
	}
}

int run_print_clang_args(struct session *s)
{
	print_clang_args(&s->jobs);
	return EXIT_CLEAN;
}

/* The result cache, opened before the workers fork (they share it):
 * --cache DIR, else the default directory; without one (no home, or
 * XLATCHECK_CACHE=off) the run goes on without a cache.  False after an
 * error line when the directory cannot be used. */
static bool open_cache(const struct options *o, const struct rule_set *rules,
                       struct result_cache **cache)
{
	char *dir = o->cache_dir ? xstrdup(o->cache_dir) : cache_default_dir();
	/* What analyses, by size and mtime: this binary, the parser and
	 * libclang (whose version a Kbuild hit never loads to ask). */
	struct strvec binaries = {0};
	strvec_push(&binaries, "/proc/self/exe");
	char *parser = parser_path();
	strvec_push_owned(&binaries, parser ? parser : xstrdup("?"));
	strvec_push(&binaries, XLATCHECK_LIBCLANG);
	if (dir)
		*cache = cache_open(dir, o->cache_size, rules, &binaries, o->verbose);
	bool ok = !dir || *cache;
	strvec_free(&binaries);
	free(dir);
	return ok;
}

/* -p and FILE.c...: where the workers write the summaries the link reads
 * after the per-TU pass: --summaries DIR, else a private directory under
 * $TMPDIR that run_free() removes (not for one TU: nothing crosses files).
 * Kbuild mode checks one TU per process: `xlatcheck link` links them. */
static bool open_link_dir(struct session *s, const struct options *o)
{
	if (o->kbuild || (!o->summaries_dir && s->jobs.n < 2))
		return true;
	if (o->summaries_dir) {
		s->link_dir = xstrdup(o->summaries_dir);
		return true;
	}
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/xlatcheck-summaries-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		error_msg("cannot make a directory for the summaries (%s): %s", strerror(errno),
		          dir);
		free(dir);
		return false;
	}
	s->link_dir = dir;
	s->link_dir_private = true;
	return true;
}

/* The private summaries directory and the documents in it. */
static void remove_link_dir(struct session *s)
{
	if (!s->link_dir_private)
		return;
	DIR *d = opendir(s->link_dir);
	for (struct dirent *de; d && (de = readdir(d));) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *p = xasprintf("%s/%s", s->link_dir, de->d_name);
		unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(s->link_dir);
}

int run_check(struct session *s, const struct options *o)
{
	/* Kbuild runs one process per TU under make -j: no threads, no
	 * progress line. */
	long jobs = o->kbuild ? 1 : o->jobs ? o->jobs : cpus_available();
	if (o->verbose && !o->kbuild)
		fprintf(stderr, "xlatcheck: %zu %s, %ld at a time\n", s->jobs.n,
		        s->jobs.n == 1 ? "TU" : "TUs",
		        (size_t)jobs < s->jobs.n ? jobs : (long)s->jobs.n);
	if (!open_link_dir(s, o))
		return EXIT_USAGE;
	struct run_jobs_options ro = {o->kbuild ? o->summaries_dir : s->link_dir, NULL, jobs,
	                              o->quiet || o->kbuild};
	if (!o->no_cache && !open_cache(o, s->rules, &ro.cache))
		return EXIT_USAGE;
	s->outcomes = run_jobs(&s->jobs, s->rules, &ro, &s->internal);
	cache_close(ro.cache);
	return EXIT_CLEAN;
}

/* ---- reporting -------------------------------------------------------- */

static bool seen_before(const struct strvec *sv, const char *s)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strcmp(sv->v[i], s))
			return true;
	return false;
}

/* A TU that did not parse is always named, -q or not: it may be why the
 * exit status is 2. */
static void print_tu_problems(const struct tu_outcome *out, bool verbose)
{
	/* A TU that crashed its worker was named by the worker already. */
	if (out->result.status != TU_CLEAN && out->result.status != TU_INTERNAL_ERROR)
		fprintf(stderr, "xlatcheck: %s: %s: %u errors (first: %s)\n",
		        out->result.status == TU_FAILED ? "failed" : "parse errors",
		        out->result.file, out->result.nerrors,
		        out->result.first_error ? out->result.first_error : "?");
	for (size_t k = 0; verbose && k < out->diagnostics.n; k++)
		fprintf(stderr, "%s\n", out->diagnostics.v[k]);
}

/* Moves the outcomes into the run's findings and TU list. */
static bool collect(struct session *s, const struct options *o, struct finding_list *findings,
                    struct run_info *run, struct strvec *notes)
{
	bool summaries_failed = false;
	run->tus = xcalloc(s->jobs.n, sizeof(*run->tus));
	run->ntus = s->jobs.n;
	for (size_t i = 0; i < s->jobs.n; i++) {
		struct tu_outcome *out = &s->outcomes[i];
		finding_list_move(findings, &out->findings);
		summaries_failed |= out->summaries_failed;
		print_tu_problems(out, o->verbose);
		run->tus[i] = out->result;
		out->result = (struct tu_result){0};
		for (size_t k = 0; k < out->rejected_flags.n; k++)
			if (!seen_before(notes, out->rejected_flags.v[k]))
				strvec_push(notes, out->rejected_flags.v[k]);
		/* The analysis' notices: in the SARIF, and on stderr for text. */
		for (size_t k = 0; o->report.format == FORMAT_TEXT && k < out->notices.n; k++)
			notice_print(&out->notices.v[k]);
		notice_list_move(&run->notices, &out->notices);
	}
	/* Once per run, not once per TU: the same flags reach every TU. */
	for (size_t k = 0; k < notes->n && !o->quiet; k++)
		warning_msg("clang rejected a flag (add it to rules/flags/gcc.json): %s",
		            notes->v[k]);
	run->notifications = notes->v;
	run->nnotifications = notes->n;
	return !summaries_failed;
}

/* -v: what the link read, derived and cost. */
static void print_link_stats(const struct link_stats *st, double start)
{
	fprintf(stderr,
	        "xlatcheck: linked %zu summaries (%zu functions, %zu places, %zu facts derived) "
	        "in %.2fs (read %.2fs, solve %.2fs, findings %.2fs)\n",
	        st->docs, st->functions, st->places, st->derived, now_seconds() - start, st->read_s,
	        st->solve_s, st->emit_s);
}

/* -p and FILE.c...: the cross-file findings of the TUs just checked, less
 * those their own analysis reported.  False after an error line: a bad
 * document never gives a partial report. */
static bool link_checked(struct session *s, const struct options *o, struct finding_list *findings)
{
	if (!s->link_dir || (s->link_dir_private && s->jobs.n < 2))
		return true;
	struct strvec dirs = {0};
	strvec_push(&dirs, s->link_dir);
	struct finding_list linked = {0};
	struct link_stats st;
	double start = now_seconds();
	bool ok = link_run(&dirs, s->rules, &linked, &st);
	strvec_free(&dirs);
	if (ok && o->verbose)
		print_link_stats(&st, start);
	finding_list_drop_known(&linked, findings);
	finding_list_move(findings, &linked);
	return ok;
}

/* What Kbuild mode and the environment change in the report options. */
static void settle_report_options(struct options *o, struct session *s, const char *cwd)
{
	struct report_options *r = &o->report;
	if (o->kbuild && !r->fail_on_given)
		r->fail_on = FAIL_ON_NEVER;
	const char *extmod = getenv("KBUILD_EXTMOD");
	if (o->kbuild && !r->srcroot && extmod && *extmod)
		r->srcroot = s->extmod_root = path_absolute(cwd, extmod);
	r->text_to_stderr = o->kbuild;
	r->quiet = o->quiet;
	r->summary = !o->quiet && (!o->kbuild || o->verbose);
	r->color = !r->output && options_color(o, r->text_to_stderr ? 2 : 1);
	r->fail_on_parse_errors = o->fail_on_parse_errors || r->fail_on != FAIL_ON_NEVER;
}

int run_report(struct session *s, struct options *o, int argc, char **argv)
{
	struct finding_list findings = {0};
	struct run_info run = {.argv = argv, .argc = argc, .kbuild_mode = o->kbuild};
	struct strvec notes = {0};
	run.cwd = getcwd(NULL, 0);
	bool summaries_ok = collect(s, o, &findings, &run, &notes);
	bool linked_ok = !summaries_ok || link_checked(s, o, &findings);
	run.start_time = s->start;
	run.end_time = now_seconds();
	settle_report_options(o, s, run.cwd ? run.cwd : ".");
	o->report.elapsed = run.end_time - run.start_time;
	int status = linked_ok ? report_run(&o->report, s->rules, &findings, &run) : EXIT_USAGE;
	if (!summaries_ok)
		status = EXIT_USAGE;
	/* A crash on a TU is an internal error; in Kbuild mode it follows the
	 * parse-error policy instead and never breaks the build by itself. */
	if (s->internal && !o->kbuild)
		status = EXIT_INTERNAL;
	finding_list_free(&findings);
	for (size_t i = 0; i < run.ntus; i++) {
		free(run.tus[i].file);
		free(run.tus[i].first_error);
	}
	free(run.tus);
	free(run.cwd);
	notice_list_free(&run.notices);
	strvec_free(&notes);
	return status;
}

void run_free(struct session *s)
{
	for (size_t i = 0; s->outcomes && i < s->jobs.n; i++) {
		finding_list_free(&s->outcomes[i].findings);
		strvec_free(&s->outcomes[i].rejected_flags);
		strvec_free(&s->outcomes[i].diagnostics);
		notice_list_free(&s->outcomes[i].notices);
		free(s->outcomes[i].result.file);
		free(s->outcomes[i].result.first_error);
	}
	free(s->outcomes);
	job_list_free(&s->jobs);
	flag_rules_free(s->flag_rules);
	rules_free(s->rules);
	free(s->extmod_root);
	remove_link_dir(s);
	free(s->link_dir);
}

/* ---- merge ------------------------------------------------------------ */

static int run_merge_linked(struct options *o, const struct rule_set *rs,
                            struct finding_list *linked)
{
	o->report.summary = !o->quiet;
	o->report.quiet = o->quiet;
	o->report.color = !o->report.output && options_color(o, 1);
	o->report.fail_on_parse_errors =
	    o->fail_on_parse_errors || o->report.fail_on != FAIL_ON_NEVER;
	return merge_run_linked(&o->report, &o->positional, rs, linked);
}

int run_merge(struct options *o)
{
	return run_merge_linked(o, NULL, NULL);
}

int merge_main(int argc, char **argv)
{
	char **full = xcalloc((size_t)argc + 3, sizeof(*full));
	full[0] = "xlatcheck";
	full[1] = "merge";
	for (int i = 0; i < argc; i++)
		full[i + 2] = argv[i];
	struct options o = {0};
	int rc = options_parse(argc + 2, full, &o) ? run_merge(&o) : EXIT_USAGE;
	options_free(&o);
	free(full);
	return rc;
}

/* ---- link ------------------------------------------------------------- */

/* `xlatcheck link --summaries DIR [SARIF...]`: the cross-file findings of a
 * Kbuild run's summaries, reported with its per-TU SARIF as `merge` does. */
int run_link(struct options *o)
{
	struct rule_set *rules =
	    rules_load((const char *const *)o->rule_dirs.v, (int)o->rule_dirs.n);
	if (!rules)
		return EXIT_USAGE;
	rule_docs_attach(rules);
	struct finding_list linked = {0};
	struct strvec dirs = {0};
	strvec_push(&dirs, o->summaries_dir);
	struct link_stats st;
	double start = now_seconds();
	int rc = EXIT_USAGE;
	if (report_check_paths(&o->report) && link_run(&dirs, rules, &linked, &st)) {
		if (o->verbose)
			print_link_stats(&st, start);
		rc = run_merge_linked(o, rules, &linked);
	}
	finding_list_free(&linked);
	strvec_free(&dirs);
	rules_free(rules);
	return rc;
}
