/* The command line of `xlatcheck`, `xlatcheck merge` and `xlatcheck link`: one table of
 * options (driver/options.c) read the getopt_long way (bundled short
 * options such as -qv, --name=value or --name value, the same messages
 * for both commands), plus the Kbuild convention that xlatcheck's own
 * options may sit among the compiler flags (CF=, CHECKFLAGS). */
#ifndef XLATCHECK_OPTIONS_H
#define XLATCHECK_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "../report/report.h"
#include "../util.h"

enum command { COMMAND_CHECK, COMMAND_MERGE, COMMAND_LINK };
enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct options {
	enum command command;
	const char *compdb; /* -p */
	long jobs;          /* -j; 0: the CPUs this process may run on */
	bool quiet, verbose, print_clang_args;
	bool fail_on_parse_errors;
	bool list_rules;          /* --list-rules: rules_help_main() runs instead */
	const char *explain_rule; /* --explain RULE: likewise */
	const char *summaries_dir;
	const char *cache_dir; /* --cache; NULL: cache_default_dir() */
	bool no_cache;
	uint64_t cache_size;               /* --cache-size; 0: no limit */
	unsigned shard_index, shard_count; /* --shard I/N; 0/0: all TUs */
	enum color_mode color;
	struct strvec rule_dirs;
	struct report_options report;
	/* What is left: files and paths (or merge's inputs), and the compiler
	 * flags after "--" or Kbuild's c_flags ending in the source. */
	struct strvec positional;
	struct strvec compiler_flags;
	bool kbuild; /* the argv is Kbuild's $(CHECK) $(CHECKFLAGS) $(c_flags) FILE.c */
};

/* Reads argv into `o`.  --help and --version print and exit 0; a bad
 * option prints one error line and returns false. */
bool options_parse(int argc, char **argv, struct options *o);
void options_free(struct options *o);

/* Whether text written to `fd` is coloured: --color, then NO_COLOR and
 * TERM=dumb, then whether fd is a terminal. */
bool options_color(const struct options *o, int fd);

#endif
