/* xlatcheck: the driver.  Reads the command line, gathers translation units
 * (compile database, Kbuild CHECK= argv, or one file), parses and analyses
 * them in -j worker processes (frontend/run.c), and hands every finding to
 * the reporters.
 *
 *   options -> front end (jobs) -> parse -> analysis -> report -> exit code
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "analysis/analysis.h"
#include "frontend/frontend.h"
#include "frontend/run.h"
#include "report/output.h"
#include "report/report.h"
#include "rules/rules.h"
#include "util.h"

#ifndef XLATCHECK_VERSION
#define XLATCHECK_VERSION "0.0.0"
#endif

static const char usage_text[] =
    "usage: xlatcheck [OPTIONS] -p BUILD_DIR|compile_commands.json [PATH...]\n"
    "       xlatcheck [OPTIONS] FILE.c... [-- COMPILER-FLAGS...]\n"
    "       make C=1 CHECK=\"xlatcheck [OPTIONS]\"     (Kbuild: $(CHECK) $(CHECKFLAGS) $(c_flags) "
    "FILE.c)\n"
    "       xlatcheck merge [OPTIONS] DIR|FILE.sarif... -o OUT.sarif\n"
    "\n"
    "Finds kernel pointers into non-linear memory (percpu, vmalloc, vmap, module,\n"
    "stack, ioremap, fixmap...) that reach translations only valid on the linear\n"
    "map (__pa, virt_to_phys, virt_to_page, sg_set_buf, dma_map_single, ...).\n"
    "\n"
    "Input:\n"
    "  -p PATH                  compile database (a build directory or its\n"
    "                           compile_commands.json); PATHs restrict the run to\n"
    "                           those files or directories\n"
    "  -j N                     parse N translation units at once (default: CPUs)\n"
    "  --rules DIR              also load the *.json rules in DIR (repeatable)\n"
    "  --print-clang-args       print what reaches libclang for each TU and exit\n"
    "  --summaries DIR          write each TU's function summaries (JSON) into DIR\n"
    "Output:\n"
    "  --format text|sarif      format of the main report (default text)\n"
    "  -o FILE                  write the main report to FILE (default stdout)\n"
    "  --sarif FILE             also write SARIF 2.1.0 to FILE\n"
    "  --sarif-dir DIR          write one SARIF file per TU into DIR (Kbuild runs;\n"
    "                           combine them with `xlatcheck merge`)\n"
    "  --srcroot DIR            SARIF URIs are relative to DIR (%%SRCROOT%%)\n"
    "  --help-uri-base URL      base of the rule pages linked from SARIF\n"
    "  --category ID            SARIF automationDetails.id (e.g. xlatcheck/i386)\n"
    "  --color auto|always|never  colour the text report (default auto)\n"
    "  -q                       no progress or summary on stderr\n"
    "  -v                       print clang's errors for TUs that have them\n"
    "Suppressions and CI:\n"
    "  --suppressions FILE      external suppressions (path glob, rule, reason)\n"
    "  --show-suppressed        list suppressed findings in the text report\n"
    "  --report-stale-suppressions  report suppressions that match nothing\n"
    "  --for-upload             leave suppressed and absent results out of SARIF\n"
    "                           (GitHub code scanning ignores SARIF suppressions)\n"
    "  --baseline OLD.sarif     mark findings new/unchanged/updated/absent\n"
    "  --fail-on any|new|never  which findings make the exit status 1\n"
    "                           (default any; in Kbuild mode never, unless given)\n"
    "  --version, --help\n"
    "\n"
    "Exit status: 0 no (failing) findings, 1 findings, 2 usage or input error,\n"
    "3 internal error.\n";

struct options {
	const char *compdb;
	long jobs;
	bool quiet, verbose, print_clang_args;
	const char *summaries_dir;
	const char *color;
	struct strvec rule_dirs;
	struct report_options report;
};

/* ---- option parsing ---------------------------------------------------- */

/* Options that take a value, as --name VALUE or --name=VALUE. */
static const char *option_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	const char *arg = argv[*i];
	if (strncmp(arg, name, n) != 0)
		return NULL;
	if (arg[n] == '=')
		return arg + n + 1;
	if (arg[n] != '\0')
		return n == 2 ? arg + n : NULL; /* -j2, -ofile */

	if (*i + 1 >= argc) {
		error_msg("option needs a value: %s", name);
		exit(EXIT_USAGE);
	}
	return argv[++*i];
}

static enum fail_on parse_fail_on(const char *v)
{
	if (!strcmp(v, "any"))
		return FAIL_ON_ANY;
	if (!strcmp(v, "new"))
		return FAIL_ON_NEW;
	if (!strcmp(v, "never"))
		return FAIL_ON_NEVER;
	error_msg("--fail-on takes any, new or never: %s", v);
	exit(EXIT_USAGE);
}

/* Parses the option at argv[*i] (and its value, moving *i past it); false
 * when argv[*i] is not one of xlatcheck's options. */
static bool parse_one_option(int argc, char **argv, int *ip, struct options *o)
{
	int i = *ip;
	const char *a = argv[i], *v;
	if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
		fputs(usage_text, stdout);
		exit(EXIT_CLEAN);
	} else if (!strcmp(a, "--version")) {
		printf("xlatcheck %s (rules: %s)\n", XLATCHECK_VERSION,
		       rules_default_dir() ? rules_default_dir() : "?");
		exit(EXIT_CLEAN);
	} else if ((v = option_value(argc, argv, &i, "-p"))) {
		o->compdb = v;
	} else if ((v = option_value(argc, argv, &i, "-j"))) {
		char *end;
		o->jobs = strtol(v, &end, 10);
		if (*end || o->jobs < 1 || o->jobs > 1024) {
			error_msg("-j takes a number from 1 to 1024: %s", v);
			exit(EXIT_USAGE);
		}
	} else if (!strcmp(a, "-q")) {
		o->quiet = true;
	} else if (!strcmp(a, "-v")) {
		o->verbose = true;
	} else if (!strcmp(a, "--print-clang-args")) {
		o->print_clang_args = true;
	} else if ((v = option_value(argc, argv, &i, "--summaries"))) {
		o->summaries_dir = v;
	} else if ((v = option_value(argc, argv, &i, "--rules"))) {
		strvec_push(&o->rule_dirs, v);
	} else if ((v = option_value(argc, argv, &i, "--format"))) {
		if (!strcmp(v, "text"))
			o->report.format = FORMAT_TEXT;
		else if (!strcmp(v, "sarif"))
			o->report.format = FORMAT_SARIF;
		else {
			error_msg("--format takes text or sarif: %s", v);
			exit(EXIT_USAGE);
		}
	} else if ((v = option_value(argc, argv, &i, "-o"))) {
		o->report.output = v;
	} else if ((v = option_value(argc, argv, &i, "--sarif"))) {
		o->report.sarif_path = v;
	} else if ((v = option_value(argc, argv, &i, "--sarif-dir"))) {
		o->report.sarif_dir = v;
	} else if ((v = option_value(argc, argv, &i, "--srcroot"))) {
		o->report.srcroot = v;
	} else if ((v = option_value(argc, argv, &i, "--help-uri-base"))) {
		o->report.help_uri_base = v;
	} else if ((v = option_value(argc, argv, &i, "--category"))) {
		o->report.automation_id = v;
	} else if ((v = option_value(argc, argv, &i, "--baseline"))) {
		o->report.baseline = v;
	} else if ((v = option_value(argc, argv, &i, "--suppressions"))) {
		o->report.suppressions = v;
	} else if ((v = option_value(argc, argv, &i, "--fail-on"))) {
		o->report.fail_on = parse_fail_on(v);
		o->report.fail_on_given = true;
	} else if ((v = option_value(argc, argv, &i, "--color"))) {
		if (strcmp(v, "auto") && strcmp(v, "always") && strcmp(v, "never")) {
			error_msg("--color takes auto, always or never: %s", v);
			exit(EXIT_USAGE);
		}
		o->color = v;
	} else if (!strcmp(a, "--for-upload")) {
		o->report.sarif_for_upload = true;
	} else if (!strcmp(a, "--show-suppressed")) {
		o->report.show_suppressed = true;
	} else if (!strcmp(a, "--report-stale-suppressions")) {
		o->report.report_stale_suppressions = true;
	} else {
		return false;
	}
	*ip = i;
	return true;
}

/* Kbuild passes `$(CHECK) $(CHECKFLAGS) $(c_flags) file.c`: xlatcheck's own
 * options come first and the rest is the compiler's.  Returns the index of
 * the first argument that is not an option of ours. */
static int parse_leading_options(int argc, char **argv, struct options *o)
{
	int i = 1;
	while (i < argc && parse_one_option(argc, argv, &i, o))
		i++;
	return i;
}

/* Outside Kbuild mode, options may follow the files too (up to "--"):
 * sorts argv[first..] into positional arguments and compiler flags. */
static bool parse_remaining_options(int argc, char **argv, int first, struct options *o,
                                    struct strvec *positional, char ***flags, size_t *nflags)
{
	for (int i = first; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			*flags = argv + i + 1;
			*nflags = (size_t)(argc - i - 1);
			return true;
		}
		if (argv[i][0] != '-' || !argv[i][1]) {
			strvec_push(positional, argv[i]);
			continue;
		}
		if (!parse_one_option(argc, argv, &i, o)) {
			error_msg("unknown option: %s", argv[i]);
			return false;
		}
	}
	return true;
}

/* ---- gathering jobs ---------------------------------------------------- */

static int gather_jobs(const struct options *o, char **positional, size_t npositional, char **flags,
                       size_t nflags, bool kbuild, const struct flag_rules *fr,
                       struct job_list *jobs)
{
	if (o->compdb) {
		if (nflags) {
			error_msg("compiler flags after -- are not used with -p: %s", flags[0]);
			return EXIT_USAGE;
		}
		int st = compdb_load(o->compdb, positional, npositional, fr, jobs);
		if (st == EXIT_CLEAN &&
		    !jobs_check_sources(jobs, 0, "named by the compile database"))
			st = EXIT_USAGE;
		return st;
	}
	char *cwd = getcwd(NULL, 0);
	if (!cwd) {
		error_msg("cannot read the current directory: .");
		return EXIT_USAGE;
	}
	int status = EXIT_CLEAN;
	if (kbuild) {
		job_from_flags(jobs, fr, flags[nflags], flags, nflags, cwd);
	} else if (npositional == 0) {
		error_msg("nothing to check (give -p BUILD_DIR or FILE.c): see --help");
		status = EXIT_USAGE;
	} else {
		for (size_t i = 0; i < npositional; i++)
			job_from_flags(jobs, fr, positional[i], flags, nflags, cwd);
	}
	/* An unreadable source is an input error, not a parse error. */
	if (status == EXIT_CLEAN && !jobs_check_sources(jobs, 0, ""))
		status = EXIT_USAGE;
	free(cwd);
	return status;
}

/* ---- main ---------------------------------------------------------------- */

static bool seen_before(const struct strvec *sv, const char *s)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strcmp(sv->v[i], s))
			return true;
	return false;
}

static void print_clang_args(const struct job_list *jobs)
{
	for (size_t i = 0; i < jobs->n; i++) {
		printf("%s:", jobs->v[i].file);
		for (size_t k = 0; k < jobs->v[i].args.n; k++)
			printf(" %s", jobs->v[i].args.v[k]);
		putchar('\n');
	}
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "merge"))
		return merge_main(argc - 2, argv + 2);

	crash_handler_install("the driver");

	struct options o = {.jobs = sysconf(_SC_NPROCESSORS_ONLN), .color = "auto"};
	int first = parse_leading_options(argc, argv, &o);
	double start = now_seconds();
	/* Kbuild's argv, with the source last, or files and paths with options
	 * anywhere before "--" and compiler flags after it. */
	char **rest = argv + first, **flags = NULL;
	size_t nrest = (size_t)(argc - first), nflags = 0;
	bool kbuild = !o.compdb && kbuild_argv_recognised(rest, nrest);
	struct strvec positional = {0};
	bool args_ok = true;
	for (size_t i = 0; kbuild && i < nrest; i++)
		kbuild = strcmp(rest[i], "--") != 0;
	if (kbuild) {
		flags = rest;
		nflags = nrest - 1; /* the source follows the flags */
	} else {
		args_ok =
		    parse_remaining_options(argc, argv, first, &o, &positional, &flags, &nflags);
	}

	struct rule_set *rules =
	    args_ok ? rules_load((const char *const *)o.rule_dirs.v, (int)o.rule_dirs.n) : NULL;
	char *flags_path = xasprintf("%s/flags/gcc.json", rules_default_dir());
	struct flag_rules *fr = rules ? flag_rules_load(flags_path) : NULL;
	free(flags_path);
	struct job_list jobs = {0};
	int status = args_ok && rules && fr ? EXIT_CLEAN : EXIT_USAGE;
	if (status == EXIT_CLEAN &&
	    ((o.summaries_dir && !output_check_dir(o.summaries_dir, "--summaries")) ||
	     !report_check_paths(&o.report)))
		status = EXIT_USAGE;
	if (status == EXIT_CLEAN)
		status =
		    gather_jobs(&o, positional.v, positional.n, flags, nflags, kbuild, fr, &jobs);
	if (status == EXIT_CLEAN && o.print_clang_args) {
		print_clang_args(&jobs);
	} else if (status == EXIT_CLEAN) {
		/* Kbuild runs one process per TU under make -j: no threads,
		 * no progress line. */
		bool internal = false;
		struct tu_outcome *outcomes =
		    run_jobs(&jobs, rules, o.summaries_dir, kbuild ? 1 : o.jobs, o.quiet || kbuild,
		             &internal);

		struct finding_list findings = {0};
		struct run_info run = {.argv = argv, .argc = argc, .kbuild_mode = kbuild};
		run.cwd = getcwd(NULL, 0);
		run.tus = xcalloc(jobs.n, sizeof(*run.tus));
		run.ntus = jobs.n;
		struct strvec notes = {0};
		size_t nclean = 0, nerrors = 0, nfailed = 0;
		bool summaries_failed = false;
		for (size_t i = 0; i < jobs.n; i++) {
			struct tu_outcome *out = &outcomes[i];
			finding_list_move(&findings, &out->findings);
			summaries_failed |= out->summaries_failed;
			run.tus[i] = out->result;
			for (size_t k = 0; k < out->rejected_flags.n; k++)
				if (!seen_before(&notes, out->rejected_flags.v[k]))
					strvec_push(&notes, out->rejected_flags.v[k]);
			switch (out->result.status) {
			case TU_CLEAN:
				nclean++;
				break;
			case TU_PARSE_ERRORS:
				nerrors++;
				break;
			case TU_FAILED:
			case TU_INTERNAL_ERROR: /* its worker said so on stderr */
				nfailed++;
				break;
			}
			if (out->result.status != TU_CLEAN &&
			    out->result.status != TU_INTERNAL_ERROR && !o.quiet)
				fprintf(stderr, "xlatcheck: %s: %s: %u errors (first: %s)\n",
				        out->result.status == TU_FAILED ? "failed" : "parse errors",
				        out->result.file, out->result.nerrors,
				        out->result.first_error ? out->result.first_error : "?");
			if (o.verbose)
				for (size_t k = 0; k < out->diagnostics.n; k++)
					fprintf(stderr, "%s\n", out->diagnostics.v[k]);
			strvec_free(&out->rejected_flags);
			strvec_free(&out->diagnostics);
		}
		free(outcomes);
		/* Once per run, not once per TU: the same flags reach every TU. */
		for (size_t k = 0; k < notes.n && !o.quiet; k++)
			warning_msg("clang rejected a flag (add it to rules/flags/gcc.json): %s",
			            notes.v[k]);
		run.notifications = notes.v;
		run.nnotifications = notes.n;
		run.start_time = start;
		run.end_time = now_seconds();
		if (!o.quiet && (!kbuild || o.verbose))
			fprintf(stderr,
			        "xlatcheck: %zu TUs: %zu clean, %zu with parse errors, %zu failed, "
			        "in %.2fs\n",
			        jobs.n, nclean, nerrors, nfailed, run.end_time - start);

		o.report.quiet = o.quiet;
		o.report.color = !strcmp(o.color, "always") ||
		                 (!strcmp(o.color, "auto") && !o.report.output && isatty(1));
		if (kbuild && !o.report.fail_on_given)
			o.report.fail_on = FAIL_ON_NEVER;
		status = report_run(&o.report, rules, &findings, &run);
		/* A TU that did not parse is an input error: its findings
		 * are reported, but the run is not a clean bill.  Kbuild
		 * mode never breaks the kernel build for it, as sparse. */
		if (status != EXIT_USAGE && (nfailed || nerrors) && !kbuild)
			status = EXIT_USAGE;
		/* A crash on a TU is an internal error, but in Kbuild mode it
		 * follows the parse-error policy: it never breaks the build. */
		if (internal && !kbuild)
			status = EXIT_INTERNAL;
		if (summaries_failed)
			status = EXIT_USAGE;

		finding_list_free(&findings);
		for (size_t i = 0; i < run.ntus; i++) {
			free(run.tus[i].file);
			free(run.tus[i].first_error);
		}
		free(run.tus);
		free(run.cwd);
		strvec_free(&notes);
	}

	job_list_free(&jobs);
	strvec_free(&positional);
	flag_rules_free(fr);
	rules_free(rules);
	strvec_free(&o.rule_dirs);
	return status;
}
