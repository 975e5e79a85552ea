/* xlatcheck: the driver.  main() is the table of contents of a run; each
 * stage lives in driver/ (options.c: the command line; run.c: rules, TUs,
 * threads, report) and in the pipeline directories it calls:
 *
 *   options -> front end (jobs) -> parse -> analysis -> report -> exit code
 */
#include <string.h>

#include "driver/options.h"
#include "driver/run.h"
#include "report/report.h"
#include "rules/explain.h"

static int finish(struct options *o, struct session *s, int status)
{
	run_free(s);
	options_free(o);
	return status;
}

int main(int argc, char **argv)
{
	struct options o = {0};
	struct session s = {0};
	if (argc > 1 && !strcmp(argv[1], "html")) /* SARIF in, static HTML pages out */
		return html_main(argc - 2, argv + 2);
	run_install_crash_handlers();       /* a crash still exits 3, with a line */
	if (!options_parse(argc, argv, &o)) /* one table for check and merge */
		return finish(&o, &s, EXIT_USAGE);
	if (o.list_rules || o.explain_rule) /* the rules explain themselves */
		return finish(&o, &s, rules_help_main(argc, argv));
	if (o.command == COMMAND_MERGE) /* per-TU SARIF files in, one run out */
		return finish(&o, &s, run_merge(&o));
	if (o.command == COMMAND_LINK) /* summaries (and per-TU SARIF) in, one run out */
		return finish(&o, &s, run_link(&o));
	int status = run_load(&s, &o); /* the rules, the gcc flag rules, rule docs */
	if (status == EXIT_CLEAN)      /* TUs: compile database, Kbuild argv, or files */
		status = run_gather(&s, &o);
	if (status == EXIT_CLEAN && o.print_clang_args) /* what libclang would get */
		return finish(&o, &s, run_print_clang_args(&s));
	if (status == EXIT_CLEAN) /* parse and analyse on -j threads */
		status = run_check(&s, &o);
	if (status == EXIT_CLEAN) /* suppressions, baseline, text, SARIF, summary */
		status = run_report(&s, &o, argc, argv);
	return finish(&o, &s, status);
}
