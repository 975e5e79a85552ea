/* `xlatcheck --list-rules` prints every rule of the loaded rule set (the
 * defaults and any --rules DIR), one line each: id, the regions it reports,
 * its level and its short description.  `xlatcheck --explain RULE` prints
 * the rule's page, docs/rules/RULE.md, installed beside the default rules
 * (share/xlatcheck/docs/rules, found from the program's own location like
 * the rules are): why it is a bug, what to use instead, how to suppress.
 * A rule without a page (one from --rules) is explained from its JSON
 * fields; an unknown id is a one-line error and exit status 2. */
#include "explain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "rules.h"

static const char usage[] = "usage: xlatcheck --list-rules [--rules DIR]...\n"
                            "       xlatcheck --explain RULE [--rules DIR]...\n";

char *rules_docs_dir(void)
{
	const char *rules = rules_default_dir();
	if (!rules)
		return NULL;
	char *rel = xasprintf("%s/../docs/rules", rules);
	char *dir = path_absolute(NULL, rel);
	free(rel);
	return dir;
}

struct help_args {
	bool list;
	const char *explain;
	struct strvec rule_dirs;
};

/* "--name VALUE" or "--name=VALUE" at argv[*i], else NULL. */
static const char *value_of(int argc, char **argv, int *i, const char *name, bool *missing)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) || (argv[*i][n] && argv[*i][n] != '='))
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	*missing = *i + 1 >= argc;
	return *missing ? NULL : argv[++*i];
}

static bool parse_args(int argc, char **argv, struct help_args *a)
{
	for (int i = 1; i < argc; i++) {
		bool missing = false;
		const char *v;
		if (!strcmp(argv[i], "--list-rules")) {
			a->list = true;
		} else if ((v = value_of(argc, argv, &i, "--explain", &missing))) {
			a->explain = v;
		} else if ((v = value_of(argc, argv, &i, "--rules", &missing))) {
			strvec_push(&a->rule_dirs, v);
		} else {
			error_msg(missing ? "option needs a value: %s"
			                  : "--list-rules and --explain take only --rules DIR: %s",
			          argv[i]);
			fputs(usage, stderr);
			return false;
		}
	}
	if (a->list && a->explain) {
		error_msg("give either --list-rules or --explain: %s", a->explain);
		return false;
	}
	return true;
}

/* "percpu" or "vmalloc,vmap"; "-" for the meta rules. */
static char *rule_regions(const struct rule_set *rs, const struct rule *r)
{
	struct strbuf sb = {0};
	for (int i = 0; i < rs->nregions; i++)
		if (r->regions & ((regionset)1 << i))
			sb_printf(&sb, "%s%s", sb.len ? "," : "", rs->regions[i].name);
	return sb.len ? sb_steal(&sb) : xstrdup("-");
}

static void list_rules(const struct rule_set *rs)
{
	int wid = 2, wreg = 6;
	char **regions = xcalloc((size_t)rs->nrules + 1, sizeof(*regions));
	for (int i = 0; i < rs->nrules; i++) {
		regions[i] = rule_regions(rs, &rs->rules[i]);
		int n = (int)strlen(rs->rules[i].id), k = (int)strlen(regions[i]);
		wid = n > wid ? n : wid;
		wreg = k > wreg ? k : wreg;
	}
	printf("%-*s  %-*s  %-7s  %s\n", wid, "ID", wreg, "REGION", "LEVEL", "DESCRIPTION");
	for (int i = 0; i < rs->nrules; i++) {
		const struct rule *r = &rs->rules[i];
		printf("%-*s  %-*s  %-7s  %s\n", wid, r->id, wreg, regions[i],
		       r->level ? r->level : "warning", r->short_description);
		free(regions[i]);
	}
	free(regions);
}

/* A rule without an installed page: what its JSON says. */
static void explain_from_fields(const struct rule *r)
{
	printf("# %s\n\n**Level** %s\n\n%s\n", r->id, r->level ? r->level : "warning",
	       r->short_description);
	if (r->full_description)
		printf("\n%s\n", r->full_description);
	if (r->help_text)
		printf("\n## How to fix\n\n%s\n", r->help_text);
	printf("\n## How to suppress\n\n/* xlatcheck: ignore[%s] the reason */ on the line, "
	       "or see the suppression documentation.\n",
	       r->id);
}

static int explain(const struct rule_set *rs, const char *id)
{
	const struct rule *r = rules_find(rs, id);
	if (!r) {
		error_msg("unknown rule (xlatcheck --list-rules lists them): %s", id);
		return EXIT_USAGE;
	}
	char *dir = rules_docs_dir();
	char *path = dir ? xasprintf("%s/%s.md", dir, r->id) : NULL;
	size_t len = 0;
	char *page = path ? read_file(path, &len) : NULL;
	if (page)
		fwrite(page, 1, len, stdout);
	else
		explain_from_fields(r);
	free(page);
	free(path);
	free(dir);
	return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
}

int rules_help_main(int argc, char **argv)
{
	struct help_args a = {0};
	int rc = EXIT_USAGE;
	if (parse_args(argc, argv, &a)) {
		struct rule_set *rs =
		    rules_load((const char *const *)a.rule_dirs.v, (int)a.rule_dirs.n);
		if (rs && a.list) {
			list_rules(rs);
			rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
		} else if (rs) {
			rc = explain(rs, a.explain);
		}
		rules_free(rs);
	}
	strvec_free(&a.rule_dirs);
	return rc;
}
