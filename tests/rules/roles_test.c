/* Unit test of the one rule layer (checker/rules/roles.c): the order of
 * precedence when a name is listed in two sections of the rule files (a
 * name both a sink and a source, a sanitizer and a sink, a guard and a
 * source, an attribute and a macro sink), the first entry within one role
 * (file order, then --rules), and the events: read (variable, field), type,
 * placement (local, section, module data, extern, module code) and the
 * regions reported under kernel options.  The rules are files this test
 * writes in a directory it creates.
 *
 *   roles_test WORKDIR      every check; exit 0 when all pass */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "rules/roles.h"

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
			failures++;                                                                \
		}                                                                                  \
	} while (0)

static const char regions_json[] =
    "{\"regions\": [{\"name\": \"linear\", \"linear\": true},\n"
    "  {\"name\": \"far\"}, {\"name\": \"stack\", \"locals\": true},\n"
    "  {\"name\": \"mod\", \"module_data\": true},\n"
    "  {\"name\": \"opt\", \"requires\": [\"CONFIG_OPT\"]},\n"
    "  {\"name\": \"unreported\"}],\n"
    " \"rules\": [{\"id\": \"far-to-linear\", \"name\": \"F\", \"regions\": [\"far\", \"stack\", "
    "\"mod\", \"opt\"],\n"
    "  \"short_description\": \"s\", \"full_description\": \"f\", \"message\": \"%r %s\",\n"
    "  \"help\": \"h\", \"level\": \"warning\", \"precision\": \"high\"}]}\n";

/* Names listed twice on purpose; "b" is read after "a". */
static const char a_json[] =
    "{\"sources\": [{\"function\": \"both\", \"region\": \"far\"},\n"
    "  {\"function\": \"guard_src\", \"region\": \"far\"},\n"
    "  {\"attribute\": \"__far\", \"region\": \"far\"},\n"
    "  {\"variable\": \"far_offset\", \"region\": \"far\"},\n"
    "  {\"field\": \"area.addr\", \"region\": \"far\"},\n"
    "  {\"type\": \"struct map\", \"region\": \"far\"},\n"
    "  {\"section\": \".data..far\", \"region\": \"far\"}],\n"
    " \"sinks\": [{\"function\": \"both\", \"arg\": 1},\n"
    "  {\"function\": \"san_sink\"}, {\"macro\": \"__far\"},\n"
    "  {\"function\": \"twice\", \"arg\": 0}],\n"
    " \"sanitizers\": [{\"function\": \"san_sink\"}],\n"
    " \"guards\": [{\"function\": \"guard_src\", \"arg\": 0, \"regions\": [\"far\"]}]}\n";
/* Conditioned sources ("when"): on a constant argument's flags, and on the
 * region of an argument. */
static const char when_json[] =
    "{\"sources\": [{\"function\": \"alloc_far\", \"region\": \"unreported\",\n"
    "  \"when\": {\"arg\": 1, \"flags\": 18}},\n"
    "  {\"function\": \"addr_of\", \"region\": \"far\",\n"
    "   \"when\": {\"arg\": 0, \"region\": \"unreported\"}}]}\n";
static const char b_json[] = "{\"sinks\": [{\"function\": \"twice\", \"arg\": 2}]}\n";
static const char extra_json[] =
    "{\"sinks\": [{\"function\": \"twice\", \"arg\": 3}, {\"function\": \"extra\", \"arg\": 3}],\n"
    " \"sources\": [{\"function\": \"extra\", \"region\": \"far\"}]}\n";

static int write_file(const char *dir, const char *name, const char *text)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f)) {
		fprintf(stderr, "roles_test: cannot write %s\n", path);
		return -1;
	}
	return 0;
}

static int make_dirs(const char *work, char *base, char *extra, size_t n)
{
	snprintf(base, n, "%s/base", work);
	snprintf(extra, n, "%s/extra", work);
	mkdir(work, 0755);
	mkdir(base, 0755);
	mkdir(extra, 0755);
	return write_file(base, "00-regions.json", regions_json) ||
	               write_file(base, "a.json", a_json) || write_file(base, "b.json", b_json) ||
	               write_file(base, "w.json", when_json) ||
	               write_file(extra, "c.json", extra_json)
	           ? -1
	           : 0;
}

static int check_names(const struct roles *rl)
{
	int failures = 0;
	struct role r = roles_call(rl, "both"); /* sink and source: a sink */
	CHECK(r.kind == ROLE_SINK && r.sink && r.sink->arg == 1 && !r.source);
	r = roles_call(rl, "san_sink"); /* sanitizer and sink: a sanitizer */
	CHECK(r.kind == ROLE_SANITIZER && r.sanitizer && !r.sink);
	r = roles_call(rl, "guard_src"); /* guard and source: a guard */
	CHECK(r.kind == ROLE_GUARD && r.guard && !r.source);
	CHECK(roles_condition(rl, "guard_src") == r.guard);
	CHECK(roles_condition(rl, "both") == NULL);
	r = roles_macro(rl, "__far"); /* attribute and macro sink: an attribute */
	CHECK(r.kind == ROLE_ATTRIBUTE && r.source && r.source->match == MATCH_ATTRIBUTE);
	CHECK(roles_call(rl, "__far").kind == ROLE_NONE); /* a macro, not a function */
	r = roles_call(rl, "twice");                      /* one role twice: the first file read */
	CHECK(r.kind == ROLE_SINK && r.sink->arg == 0);
	r = roles_call(rl, "extra"); /* --rules adds below the same precedence */
	CHECK(r.kind == ROLE_SINK && r.sink->arg == 3);
	CHECK(roles_call(rl, "nothing").kind == ROLE_NONE);
	return failures;
}

static int check_events(const struct rule_set *rs, const struct roles *rl)
{
	int failures = 0;
	int far = rules_region_index(rs, "far"), stack = rules_region_index(rs, "stack");
	int mod = rules_region_index(rs, "mod"), opt = rules_region_index(rs, "opt");
	CHECK(roles_read(rl, NULL, "far_offset") &&
	      roles_read(rl, NULL, "far_offset")->region == far);
	CHECK(roles_read(rl, "area", "addr") && roles_read(rl, "area", "addr")->region == far);
	CHECK(!roles_read(rl, NULL, "addr") && !roles_read(rl, "other", "addr"));
	CHECK(!roles_read(rl, "", "addr") && !roles_read(rl, "area", "far_offset"));
	CHECK(roles_typed(rl, "struct map") && !roles_typed(rl, "struct map *"));
	CHECK(roles_place(rl, PLACE_LOCAL, NULL, false).region == stack);
	struct placement p = roles_place(rl, PLACE_STATIC_DATA, ".data..far.x", true);
	CHECK(p.region == far && p.section); /* a section before module data */
	CHECK(roles_place(rl, PLACE_STATIC_DATA, ".data", true).region == mod);
	CHECK(roles_place(rl, PLACE_STATIC_DATA, NULL, false).region == -1);
	CHECK(roles_place(rl, PLACE_EXTERN_DATA, NULL, true).region == -1);
	CHECK(roles_place(rl, PLACE_EXTERN_DATA, ".data..far", false).region == far);
	CHECK(roles_place(rl, PLACE_FUNCTION, NULL, true).region == mod);
	CHECK(roles_place(rl, PLACE_FUNCTION, NULL, false).region == -1);
	regionset base = 1u << far | 1u << stack | 1u << mod;
	CHECK(roles_reported(rl, 0) == base);
	CHECK(roles_reported(rl, ~(optionset)0) == (base | 1u << opt));
	return failures;
}

/* A source's "when" as loaded: a plain source has none (arg -1). */
static int check_when(const struct rule_set *rs, const struct roles *rl)
{
	int failures = 0;
	const struct source_rule *s = roles_call(rl, "alloc_far").source;
	CHECK(s && s->when.arg == 1 && s->when.flags == 18 && s->when.region == -1);
	s = roles_call(rl, "addr_of").source;
	CHECK(s && s->when.arg == 0 && !s->when.flags &&
	      s->when.region == rules_region_index(rs, "unreported"));
	CHECK(roles_read(rl, NULL, "far_offset")->when.arg == -1);
	return failures;
}

/* Each of these "when" is refused: rules_load() gives NULL (and its one
 * line on stderr). */
static int check_bad_when(const char *work)
{
	static const char *const bad[] = {
	    "{\"macro\": \"m\", \"region\": \"far\", \"when\": {\"arg\": 0, \"flags\": 2}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"flags\": 2}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 0}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 0, \"flags\": 2, "
	    "\"region\": \"far\"}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 0, \"flags\": 0}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 0, \"flags\": \"2\"}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 32, \"flags\": 2}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 0, \"region\": "
	    "\"nowhere\"}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": {\"arg\": 0, \"bits\": 2}}",
	    "{\"function\": \"f\", \"region\": \"far\", \"when\": [0, 2]}",
	};
	int failures = 0;
	char dir[4096], text[512];
	snprintf(dir, sizeof(dir), "%s/bad-when", work);
	mkdir(dir, 0755);
	const char *extras[] = {dir};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(text, sizeof(text), "{\"sources\": [%s]}\n", bad[i]);
		if (write_file(dir, "bad.json", text))
			return failures + 1;
		struct rule_set *rs = rules_load(extras, 1);
		if (rs)
			fprintf(stderr, "roles_test: accepted %s\n", bad[i]);
		failures += rs != NULL;
		rules_free(rs);
	}
	return failures;
}

int main(int argc, char **argv)
{
	char base[4096], extra[4096];
	if (argc != 2 || make_dirs(argv[1], base, extra, sizeof(base)))
		return 2;
	setenv("XLATCHECK_RULES_DIR", base, 1);
	const char *extras[] = {extra};
	struct rule_set *rs = rules_load(extras, 1);
	if (!rs || !rs->roles) {
		fprintf(stderr, "roles_test: the rules did not load\n");
		return 1;
	}
	int failures =
	    check_names(rs->roles) + check_events(rs, rs->roles) + check_when(rs, rs->roles);
	rules_free(rs);
	failures += check_bad_when(argv[1]);
	if (failures)
		fprintf(stderr, "roles_test: %d checks failed\n", failures);
	return failures ? 1 : 0;
}
