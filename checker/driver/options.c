/* The one option table of `xlatcheck` and `xlatcheck merge`, and the reader
 * that walks argv with it.  Syntax as getopt_long's: short options bundle
 * (-qv, -j4, -ofile), long ones take --name=value or --name value, and no
 * option is abbreviated (Kbuild's argv holds gcc's --param=..., which must
 * not be mistaken for a prefix of ours).  --help is written from the table,
 * so the help, the parser and the man page's list cannot drift apart.
 *
 * Kbuild runs `$(CHECK) $(CHECKFLAGS) $(c_flags) FILE.c`, and CF= lands
 * inside CHECKFLAGS, after sparse's -D flags.  So in Kbuild mode our long
 * options, and short ones that have a long name too (-q, -v, -qv, -o), are
 * taken from anywhere before the source; everything else is the
 * compiler's. */
#include "options.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../cache/cache.h"
#include "../frontend/frontend.h"
#include "../rules/rules.h"
#include "shard.h"

#define FOR_CHECK (1u << COMMAND_CHECK)
/* `link` takes every option of `merge`, and --summaries and --rules. */
#define FOR_LINK  (1u << COMMAND_LINK)
#define FOR_MERGE ((1u << COMMAND_MERGE) | FOR_LINK)
#define FOR_BOTH  (FOR_CHECK | FOR_MERGE)

enum kind {
	KIND_SECTION, /* a heading in --help */
	KIND_FLAG,    /* sets the bool at `offset` */
	KIND_STRING,  /* stores the value in the const char * at `offset` */
	KIND_CUSTOM,  /* calls `apply` */
};

struct option_spec {
	const char *name; /* long name without "--", or NULL */
	char short_name;  /* or 0 */
	const char *arg;  /* the value's name in --help; NULL: takes none */
	unsigned commands;
	enum kind kind;
	size_t offset;
	bool (*apply)(struct options *o, const char *option, const char *value);
	const char *help;
};

struct choice {
	const char *name;
	int value;
};

static bool pick(const struct choice *c, size_t n, const char *option, const char *value, int *out)
{
	struct strbuf valid = {0};
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(c[i].name, value)) {
			*out = c[i].value;
			sb_free(&valid);
			return true;
		}
		sb_printf(&valid, "%s%s", i ? ", " : "", c[i].name);
	}
	error_msg("invalid argument '%s' for '%s' (valid: %s)", value, option, valid.s);
	sb_free(&valid);
	return false;
}

#define PICK(choices, option, value, out) pick(choices, NELEMS(choices), option, value, out)

static bool set_format(struct options *o, const char *option, const char *value)
{
	static const struct choice c[] = {{"text", FORMAT_TEXT}, {"sarif", FORMAT_SARIF}};
	int v;
	if (!PICK(c, option, value, &v))
		return false;
	o->report.format = (enum output_format)v;
	return true;
}

static bool set_fail_on(struct options *o, const char *option, const char *value)
{
	static const struct choice c[] = {
	    {"any", FAIL_ON_ANY}, {"new", FAIL_ON_NEW}, {"never", FAIL_ON_NEVER}};
	int v;
	if (!PICK(c, option, value, &v))
		return false;
	o->report.fail_on = (enum fail_on)v;
	o->report.fail_on_given = true;
	return true;
}

static bool set_color(struct options *o, const char *option, const char *value)
{
	static const struct choice c[] = {
	    {"auto", COLOR_AUTO}, {"always", COLOR_ALWAYS}, {"never", COLOR_NEVER}};
	int v;
	if (!PICK(c, option, value, &v))
		return false;
	o->color = (enum color_mode)v;
	return true;
}

static bool set_jobs(struct options *o, const char *option, const char *value)
{
	char *end;
	long n = strtol(value, &end, 10);
	if (*end || end == value || n < 1 || n > 1024) {
		error_msg("invalid argument '%s' for '%s' (valid: 1 to 1024)", value, option);
		return false;
	}
	o->jobs = n;
	return true;
}

static bool set_cache_size(struct options *o, const char *option, const char *value)
{
	if (!cache_parse_size(value, &o->cache_size)) {
		error_msg("invalid argument '%s' for '%s' (valid: a size such as 500M or 2G)",
		          value, option);
		return false;
	}
	return true;
}

static bool set_shard(struct options *o, const char *option, const char *value)
{
	if (!shard_parse(value, &o->shard_index, &o->shard_count)) {
		error_msg("invalid argument '%s' for '%s' (valid: I/N with 1 <= I <= N <= 1024)",
		          value, option);
		return false;
	}
	return true;
}

static bool add_rules(struct options *o, const char *option, const char *value)
{
	(void)option;
	strvec_push(&o->rule_dirs, value);
	return true;
}

static bool show_help(struct options *o, const char *option, const char *value);

static bool show_version(struct options *o, const char *option, const char *value)
{
	(void)o, (void)option, (void)value;
	const char *rules = rules_default_dir();
	printf("xlatcheck %s (rules: %s)\n", XLATCHECK_VERSION, rules ? rules : "?");
	exit(EXIT_CLEAN);
}

#define AT(field)            offsetof(struct options, field)
#define SECTION(title, cmds) {NULL, 0, NULL, cmds, KIND_SECTION, 0, NULL, title}

static const struct option_spec option_table[] = {
    SECTION("Input:", FOR_CHECK | FOR_LINK),
    {NULL, 'p', "PATH", FOR_CHECK, KIND_STRING, AT(compdb), NULL,
     "compile database: a build directory holding compile_commands.json,\n"
     "or the database file itself; PATHs restrict the run to those files\n"
     "or directories"},
    {"jobs", 'j', "N", FOR_CHECK, KIND_CUSTOM, 0, set_jobs,
     "parse N translation units at once (default: the CPUs this process\n"
     "may run on, from its affinity mask)"},
    {"rules", 0, "DIR", FOR_CHECK | FOR_LINK, KIND_CUSTOM, 0, add_rules,
     "also load the *.json rules in DIR (repeatable)"},
    {"print-clang-args", 0, NULL, FOR_CHECK, KIND_FLAG, AT(print_clang_args), NULL,
     "print what reaches libclang for each TU and exit"},
    {"summaries", 0, "DIR", FOR_CHECK | FOR_LINK, KIND_STRING, AT(summaries_dir), NULL,
     "write each TU's summary (JSON, docs/summaries.md) into DIR; with -p\n"
     "or FILE.c... they are linked across files either way; link: read\n"
     "the summaries of a Kbuild run from DIR"},
    {"shard", 0, "I/N", FOR_CHECK, KIND_CUSTOM, 0, set_shard,
     "with -p: check only the I-th of N shards of the TUs (balanced by\n"
     "size, the same whatever the database's order; merge the shards'\n"
     "--sarif-dir files)"},
    SECTION("Cache (a TU whose files, flags and rules are unchanged is not parsed again):",
            FOR_CHECK),
    {"cache", 0, "DIR", FOR_CHECK, KIND_STRING, AT(cache_dir), NULL,
     "the result cache (default: $XLATCHECK_CACHE, where \"off\" means\n"
     "none, else $XDG_CACHE_HOME/xlatcheck, else ~/.cache/xlatcheck)"},
    {"no-cache", 0, NULL, FOR_CHECK, KIND_FLAG, AT(no_cache), NULL,
     "neither read nor write the result cache"},
    {"cache-size", 0, "SIZE", FOR_CHECK, KIND_CUSTOM, 0, set_cache_size,
     "keep the cache under SIZE bytes (K, M, G, T suffixes; default 2G;\n"
     "0: no limit), the least recently used entries going first"},
    SECTION("Output:", FOR_BOTH),
    {"format", 0, "text|sarif", FOR_BOTH, KIND_CUSTOM, 0, set_format,
     "format of the main report (default: text; merge and link: sarif)"},
    {"output", 'o', "FILE", FOR_BOTH, KIND_STRING, AT(report.output), NULL,
     "write the main report to FILE (default: stdout; in Kbuild mode the\n"
     "text goes to stderr, as sparse's warnings do)"},
    {"sarif", 0, "FILE", FOR_BOTH, KIND_STRING, AT(report.sarif_path), NULL,
     "also write SARIF 2.1.0 to FILE"},
    {"sarif-dir", 0, "DIR", FOR_CHECK, KIND_STRING, AT(report.sarif_dir), NULL,
     "write one SARIF file per process into DIR, made if missing (Kbuild:\n"
     "one per TU; combine them with `xlatcheck merge DIR`)"},
    {"fix-diff", 0, "FILE", FOR_CHECK, KIND_STRING, AT(report.fix_diff), NULL,
     "write the findings' fixes (rules that know the replacement) to FILE\n"
     "as a unified diff for `git apply`; paths relative to --srcroot"},
    {"srcroot", 0, "DIR", FOR_BOTH, KIND_STRING, AT(report.srcroot), NULL,
     "SARIF paths are relative to DIR, the %SRCROOT% base (default: M= of\n"
     "an external module, else the nearest directory holding .git)"},
    {"help-uri-base", 0, "URL", FOR_BOTH, KIND_STRING, AT(report.help_uri_base), NULL,
     "rule pages live at URL<rule-id>.md (helpUri; rule help is in the\n"
     "SARIF itself either way)"},
    {"category", 0, "ID", FOR_BOTH, KIND_STRING, AT(report.automation_id), NULL,
     "SARIF automationDetails.id, e.g. xlatcheck/i386"},
    {"color", 0, "auto|always|never", FOR_BOTH, KIND_CUSTOM, 0, set_color,
     "colour the text report (default auto: on a terminal, unless\n"
     "NO_COLOR is set or TERM=dumb)"},
    {"quiet", 'q', NULL, FOR_BOTH, KIND_FLAG, AT(quiet), NULL,
     "no progress and no summary; errors are still printed"},
    {"verbose", 'v', NULL, FOR_BOTH, KIND_FLAG, AT(verbose), NULL,
     "print clang's errors for TUs that have them; the summary in Kbuild mode"},
    SECTION("Suppressions and CI:", FOR_BOTH),
    {"suppressions", 0, "FILE", FOR_BOTH, KIND_STRING, AT(report.suppressions), NULL,
     "external suppressions (path glob, rule, reason)"},
    {"show-suppressed", 0, NULL, FOR_BOTH, KIND_FLAG, AT(report.show_suppressed), NULL,
     "list suppressed findings in the text report"},
    {"report-stale-suppressions", 0, NULL, FOR_BOTH, KIND_FLAG,
     AT(report.report_stale_suppressions), NULL, "report suppressions that match nothing"},
    {"for-upload", 0, NULL, FOR_BOTH, KIND_FLAG, AT(report.sarif_for_upload), NULL,
     "leave suppressed and absent results out of SARIF (GitHub code\n"
     "scanning ignores SARIF suppressions)"},
    {"baseline", 0, "OLD.sarif", FOR_BOTH, KIND_STRING, AT(report.baseline), NULL,
     "mark findings new/unchanged/updated/absent; text marks new ones [new]"},
    {"only-new", 0, NULL, FOR_BOTH, KIND_FLAG, AT(report.only_new), NULL,
     "the text report lists only findings new against --baseline"},
    {"fail-on", 0, "any|new|never", FOR_BOTH, KIND_CUSTOM, 0, set_fail_on,
     "which findings make the exit status 1 (default any; Kbuild mode:\n"
     "never). never also keeps parse errors from making it 2"},
    {"fail-on-parse-errors", 0, NULL, FOR_BOTH, KIND_FLAG, AT(fail_on_parse_errors), NULL,
     "exit 2 when a TU did not parse cleanly, even in Kbuild mode or with\n"
     "--fail-on never"},
    SECTION("Information:", FOR_BOTH),
    {"list-rules", 0, NULL, FOR_CHECK, KIND_FLAG, AT(list_rules), NULL,
     "list the rules (id, region, level, description) and exit"},
    {"explain", 0, "RULE", FOR_CHECK, KIND_STRING, AT(explain_rule), NULL,
     "print the rule's page (why, what instead, how to suppress) and exit"},
    {"help", 'h', NULL, FOR_BOTH, KIND_CUSTOM, 0, show_help, "print this help and exit"},
    {"version", 0, NULL, FOR_BOTH, KIND_CUSTOM, 0, show_version,
     "print the version and the rules directory and exit"},
};

#define NOPTIONS (NELEMS(option_table))

static const char check_usage[] =
    "usage: xlatcheck [OPTIONS] -p BUILD_DIR|compile_commands.json [PATH...]\n"
    "       xlatcheck [OPTIONS] FILE.c... [-- COMPILER-FLAGS...]\n"
    "       make C=2 CHECK=xlatcheck CF=\"[OPTIONS]\" DIR/|FILE.o    (Kbuild)\n"
    "       xlatcheck merge [OPTIONS] DIR|FILE.sarif...\n"
    "       xlatcheck link --summaries DIR [OPTIONS] [DIR|FILE.sarif...]\n"
    "\n"
    "Finds kernel pointers into non-linear memory (percpu, vmalloc, vmap, module,\n"
    "stack, ioremap, fixmap...) that reach translations only valid on the linear\n"
    "map (__pa, virt_to_phys, virt_to_page, sg_set_buf, dma_map_single, ...).\n";

static const char merge_usage[] =
    "usage: xlatcheck merge [OPTIONS] DIR|FILE.sarif...\n"
    "\n"
    "Merges the per-TU SARIF files of a Kbuild run (--sarif-dir) into one run;\n"
    "an empty directory gives an empty, valid SARIF log and a warning.\n";

static const char link_usage[] =
    "usage: xlatcheck link --summaries DIR [OPTIONS] [DIR|FILE.sarif...]\n"
    "\n"
    "Links the per-TU summaries of a Kbuild run (--summaries DIR) across files\n"
    "and reports the findings that cross files, together with the per-TU SARIF\n"
    "files (--sarif-dir) given, as one deduplicated run (default format: sarif).\n";

static const char exit_text[] =
    "\n"
    "Exit status: 0 no (failing) findings, 1 findings (as --fail-on says),\n"
    "2 usage or input error, or a TU that did not parse (see --fail-on and\n"
    "--fail-on-parse-errors), 3 internal error.\n";

#define HELP_INDENT 29
#define HELP_WIDTH  79

/* `text` word-wrapped to HELP_WIDTH, every line but the first indented;
 * `col` is where the first line starts. */
static void print_wrapped(const char *text, int col)
{
	for (const char *p = text; *p;) {
		while (*p == ' ' || *p == '\n')
			p++;
		size_t len = strcspn(p, " \n");
		if (!len)
			break;
		if (col > HELP_INDENT && col + 1 + (int)len > HELP_WIDTH) {
			printf("\n%*s", HELP_INDENT, "");
			col = HELP_INDENT;
		} else if (col > HELP_INDENT) {
			putchar(' ');
			col++;
		}
		printf("%.*s", (int)len, p);
		col += (int)len;
		p += len;
	}
	putchar('\n');
}

static void print_option(const struct option_spec *s)
{
	char head[64];
	const char *sep = s->arg ? " " : "", *arg = s->arg ? s->arg : "";
	if (s->short_name && s->name)
		snprintf(head, sizeof(head), "-%c, --%s%s%s", s->short_name, s->name, sep, arg);
	else if (s->short_name)
		snprintf(head, sizeof(head), "-%c%s%s", s->short_name, sep, arg);
	else
		snprintf(head, sizeof(head), "    --%s%s%s", s->name, sep, arg);
	int n = printf("  %s", head);
	if (n + 1 > HELP_INDENT) {
		printf("\n%*s", HELP_INDENT, "");
	} else {
		printf("%*s", HELP_INDENT - n, "");
	}
	print_wrapped(s->help, HELP_INDENT);
}

static bool show_help(struct options *o, const char *option, const char *value)
{
	(void)option, (void)value;
	fputs(o->command == COMMAND_MERGE  ? merge_usage
	      : o->command == COMMAND_LINK ? link_usage
	                                   : check_usage,
	      stdout);
	for (size_t i = 0; i < NOPTIONS; i++) {
		const struct option_spec *s = &option_table[i];
		if (!(s->commands & (1u << o->command)))
			continue;
		if (s->kind == KIND_SECTION)
			printf("\n%s\n", s->help);
		else
			print_option(s);
	}
	fputs(exit_text, stdout);
	exit(EXIT_CLEAN);
}

static const struct option_spec *find_long(enum command c, const char *name, size_t len)
{
	for (size_t i = 0; i < NOPTIONS; i++) {
		const struct option_spec *s = &option_table[i];
		if (s->name && (s->commands & (1u << c)) && strlen(s->name) == len &&
		    !strncmp(s->name, name, len))
			return s;
	}
	return NULL;
}

static const struct option_spec *find_short(enum command c, char ch)
{
	for (size_t i = 0; i < NOPTIONS; i++) {
		const struct option_spec *s = &option_table[i];
		if (s->short_name == ch && ch && (s->commands & (1u << c)))
			return s;
	}
	return NULL;
}

static bool apply(struct options *o, const struct option_spec *s, const char *shown,
                  const char *value)
{
	char *base = (char *)o;
	switch (s->kind) {
	case KIND_FLAG:
		*(bool *)(base + s->offset) = true;
		return true;
	case KIND_STRING:
		*(const char **)(base + s->offset) = value;
		return true;
	case KIND_CUSTOM:
		return s->apply(o, shown, value);
	case KIND_SECTION:
		break;
	}
	return false;
}

/* How a token is read: `strict` makes an unknown option an error (else the
 * token is left for the compiler); `among_flags` (Kbuild's c_flags) takes
 * long options and the short ones that also have a long name: -p has
 * none, so gcc's -pg stays the compiler's. */
struct scan {
	int argc;
	char **argv;
	bool strict, among_flags;
};

enum taken { NOT_OURS, TAKEN, BAD };

static enum taken take_long(struct options *o, const struct scan *sc, int *i)
{
	const char *tok = sc->argv[*i] + 2;
	const char *eq = strchr(tok, '=');
	size_t len = eq ? (size_t)(eq - tok) : strlen(tok);
	const struct option_spec *s = find_long(o->command, tok, len);
	char shown[64];
	snprintf(shown, sizeof(shown), "--%.*s", (int)len, tok);
	if (!s) {
		if (!sc->strict)
			return NOT_OURS;
		error_msg("unrecognized option '%s' (see --help)", sc->argv[*i]);
		return BAD;
	}
	if (!s->arg && eq) {
		error_msg("option '%s' doesn't allow an argument", shown);
		return BAD;
	}
	const char *value = eq ? eq + 1 : NULL;
	if (s->arg && !value) {
		if (*i + 1 >= sc->argc) {
			error_msg("option '%s' requires an argument", shown);
			return BAD;
		}
		value = sc->argv[++*i];
	}
	return apply(o, s, shown, value) ? TAKEN : BAD;
}

/* -abc: every letter must be ours before any is applied, so a compiler
 * flag such as -pg is never half taken. */
static enum taken take_short(struct options *o, const struct scan *sc, int *i)
{
	const char *tok = sc->argv[*i] + 1;
	for (const char *p = tok; *p; p++) {
		const struct option_spec *s = find_short(o->command, *p);
		if (!s || (sc->among_flags && !s->name)) {
			if (!sc->strict)
				return NOT_OURS;
			error_msg("invalid option -- '%c' (see --help)", *p);
			return BAD;
		}
		if (s->arg)
			break;
	}
	for (const char *p = tok; *p; p++) {
		const struct option_spec *s = find_short(o->command, *p);
		char shown[3] = {'-', *p, 0};
		if (!s->arg) {
			if (!apply(o, s, shown, NULL))
				return BAD;
			continue;
		}
		const char *value = p[1] ? p + 1 : NULL;
		if (!value) {
			if (*i + 1 >= sc->argc) {
				error_msg("option requires an argument -- '%c'", *p);
				return BAD;
			}
			value = sc->argv[++*i];
		}
		return apply(o, s, shown, value) ? TAKEN : BAD;
	}
	return TAKEN;
}

static bool is_option(const char *tok)
{
	return tok[0] == '-' && tok[1] && strcmp(tok, "--") != 0;
}

static enum taken take(struct options *o, const struct scan *sc, int *i)
{
	const char *tok = sc->argv[*i];
	if (!is_option(tok))
		return NOT_OURS;
	return tok[1] == '-' ? take_long(o, sc, i) : take_short(o, sc, i);
}

/* Kbuild mode: our options out of the flags, the source last. */
static bool split_kbuild(struct options *o, int argc, char **argv, int first)
{
	struct scan sc = {argc - 1, argv, false, true};
	for (int i = first; i < argc - 1; i++) {
		int at = i;
		enum taken t = take(o, &sc, &i);
		if (t == BAD)
			return false;
		if (t == NOT_OURS)
			strvec_push(&o->compiler_flags, argv[at]);
	}
	strvec_push(&o->positional, argv[argc - 1]);
	return true;
}

/* Files and paths, with options anywhere up to "--" and the compiler's
 * flags after it. */
static bool split_plain(struct options *o, int argc, char **argv, int first)
{
	struct scan sc = {argc, argv, true, false};
	for (int i = first; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			for (i++; i < argc; i++)
				strvec_push(&o->compiler_flags, argv[i]);
			break;
		}
		if (!is_option(argv[i]))
			strvec_push(&o->positional, argv[i]);
		else if (take(o, &sc, &i) == BAD)
			return false;
	}
	return true;
}

static bool kbuild_shape(char **argv, int first, int argc)
{
	for (int i = first; i < argc; i++)
		if (!strcmp(argv[i], "--"))
			return false;
	return kbuild_argv_recognised(argv + first, (size_t)(argc - first));
}

bool options_parse(int argc, char **argv, struct options *o)
{
	int first = 1;
	o->cache_size = CACHE_DEFAULT_MAX_SIZE;
	if (argc > 1 && (!strcmp(argv[1], "merge") || !strcmp(argv[1], "link"))) {
		o->command = argv[1][0] == 'm' ? COMMAND_MERGE : COMMAND_LINK;
		o->report.format = FORMAT_SARIF;
		first = 2;
	}
	/* Leading options, up to the first token that is not ours. */
	struct scan lead = {argc, argv, false, false};
	for (enum taken t; first < argc && (t = take(o, &lead, &first)) != NOT_OURS; first++)
		if (t == BAD)
			return false;
	o->kbuild = o->command == COMMAND_CHECK && !o->compdb && kbuild_shape(argv, first, argc);
	if (o->kbuild && !split_kbuild(o, argc, argv, first))
		return false;
	/* Every TU of a make would replace the one diff with its own. */
	if (o->kbuild && o->report.fix_diff) {
		error_msg("--fix-diff is not for Kbuild mode (each TU would replace the diff): "
		          "run on the compile database (-p) instead");
		return false;
	}
	if (o->kbuild)
		return true;
	if (!split_plain(o, argc, argv, first))
		return false;
	if (o->command == COMMAND_MERGE && !o->positional.n) {
		error_msg("merge: nothing to merge (give DIR or FILE.sarif; see merge --help)");
		return false;
	}
	if (o->command == COMMAND_LINK && !o->summaries_dir) {
		error_msg("link: nothing to link (give --summaries DIR; see link --help)");
		return false;
	}
	return true;
}

void options_free(struct options *o)
{
	strvec_free(&o->rule_dirs);
	strvec_free(&o->positional);
	strvec_free(&o->compiler_flags);
}

bool options_color(const struct options *o, int fd)
{
	if (o->color != COLOR_AUTO)
		return o->color == COLOR_ALWAYS;
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
	if ((no_color && *no_color) || (term && !strcmp(term, "dumb")))
		return false;
	return isatty(fd);
}
