/* Rule loading: the rule files (rules/NAME.json) -> struct rule_set.
 *
 * Every file may hold any of the sections "regions", "sources", "sinks",
 * "sanitizers", "guards", "returns", "rules" and "callbacks"; files are read in name order, the
 * default directory first, then each --rules directory.  Regions are
 * collected from all files before anything that names one is read, so a
 * user's file can add a region and the rule that reports it.  See
 * docs/rules-format.md. */
#define _GNU_SOURCE
#include "rules.h"

#include <dirent.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util.h"
#include "roles.h"

struct rule_file {
	char *path;
	json_object *root;
};

/* Context for error messages: which file, which field. */
struct loader {
	struct rule_set *rs;
	const char *path;
	bool failed;
};

static void field_error(struct loader *ld, const char *section, int i, const char *field,
                        const char *what)
{
	if (ld->failed)
		return; /* one line per run: the first problem */
	if (i >= 0)
		error_msg("%s[%d].%s: %s: %s", section, i, field, what, ld->path);
	else
		error_msg("%s: %s: %s", section, what, ld->path);
	ld->failed = true;
}

static const char *const match_keys[] = {
    [MATCH_FUNCTION] = "function", [MATCH_MACRO] = "macro",         [MATCH_SECTION] = "section",
    [MATCH_VARIABLE] = "variable", [MATCH_ATTRIBUTE] = "attribute", [MATCH_FIELD] = "field",
    [MATCH_TYPE] = "type",
};

/* An entry names what it matches by exactly one of the match keys. */
static bool read_match(struct loader *ld, json_object *e, const char *section, int i,
                       unsigned allowed, enum match_kind *kind, char **name)
{
	int found = 0;
	*name = NULL;
	for (unsigned k = 0; k < NELEMS(match_keys); k++) {
		json_object *v;
		if (!json_object_object_get_ex(e, match_keys[k], &v))
			continue;
		const char *why =
		    !(allowed & (1u << k)) ? "not allowed in this section"
		    : !json_object_is_type(v, json_type_string) || !*json_object_get_string(v)
		        ? "must be a non-empty string"
		        : NULL;
		if (why || found++) {
			field_error(ld, section, i, match_keys[k],
			            why ? why
			                : "give only one of "
			                  "function/macro/section/variable/attribute/field/type");
			free(*name);
			*name = NULL;
			return false;
		}
		*kind = k;
		*name = xstrdup(json_object_get_string(v));
	}
	if (!found)
		field_error(ld, section, i, "function",
		            "missing function, macro, section, variable, attribute, field or type");
	return found == 1;
}

static bool get_string(struct loader *ld, json_object *e, const char *section, int i,
                       const char *field, bool required, char **out)
{
	json_object *v;
	*out = NULL;
	if (!json_object_object_get_ex(e, field, &v)) {
		if (required)
			field_error(ld, section, i, field, "missing");
		return !required;
	}
	if (!json_object_is_type(v, json_type_string)) {
		field_error(ld, section, i, field, "must be a string");
		return false;
	}
	*out = xstrdup(json_object_get_string(v));
	return true;
}

static bool get_int(struct loader *ld, json_object *e, const char *section, int i,
                    const char *field, int dflt, int *out)
{
	json_object *v;
	*out = dflt;
	if (!json_object_object_get_ex(e, field, &v))
		return true;
	if (!json_object_is_type(v, json_type_int) || json_object_get_int(v) < 0 ||
	    json_object_get_int(v) > 31) {
		field_error(ld, section, i, field, "must be an argument index from 0 to 31");
		return false;
	}
	*out = json_object_get_int(v);
	return true;
}

static bool get_bool(struct loader *ld, json_object *e, const char *section, int i,
                     const char *field, bool *out)
{
	json_object *v;
	*out = false;
	if (!json_object_object_get_ex(e, field, &v))
		return true;
	if (!json_object_is_type(v, json_type_boolean)) {
		field_error(ld, section, i, field, "must be true or false");
		return false;
	}
	*out = json_object_get_boolean(v);
	return true;
}

static bool get_region_key(struct loader *ld, json_object *e, const char *section, int i,
                           const char *key, int *out)
{
	char *name;
	if (!get_string(ld, e, section, i, key, true, &name))
		return false;
	*out = rules_region_index(ld->rs, name);
	if (*out < 0) {
		char *what = xasprintf("unknown region \"%s\"", name);
		field_error(ld, section, i, key, what);
		free(what);
	}
	free(name);
	return *out >= 0;
}

static bool get_region(struct loader *ld, json_object *e, const char *section, int i, int *out)
{
	return get_region_key(ld, e, section, i, "region", out);
}

static bool get_regionset(struct loader *ld, json_object *e, const char *section, int i,
                          regionset *out)
{
	json_object *v;
	*out = 0;
	if (!json_object_object_get_ex(e, "regions", &v) ||
	    !json_object_is_type(v, json_type_array)) {
		field_error(ld, section, i, "regions", "missing or not an array of region names");
		return false;
	}
	for (size_t k = 0; k < json_object_array_length(v); k++) {
		json_object *r = json_object_array_get_idx(v, k);
		int idx = json_object_is_type(r, json_type_string)
		              ? rules_region_index(ld->rs, json_object_get_string(r))
		              : -1;
		if (idx < 0) {
			field_error(ld, section, i, "regions", "unknown region name");
			return false;
		}
		*out |= 1u << idx;
	}
	return true;
}

static bool check_keys(struct loader *ld, const char *section, int i, json_object *obj);

/* Runs the body on each element of the array `section` of `root`, once
 * the element is known to be an object with known keys. */
#define FOR_EACH_ENTRY(ld, root, section, e, i)                                                    \
	json_object *arr_##e;                                                                      \
	if (json_object_object_get_ex(root, section, &arr_##e) &&                                  \
	    !json_object_is_type(arr_##e, json_type_array))                                        \
		field_error(ld, section, -1, NULL, "must be an array");                            \
	else if (json_object_object_get_ex(root, section, &arr_##e))                               \
		for (int i = 0; !(ld)->failed && i < (int)json_object_array_length(arr_##e); i++)  \
			for (json_object *e = json_object_array_get_idx(arr_##e, (size_t)i);       \
			     e && check_keys(ld, section, i, e); e = NULL)

#define GROW(arr, n) ((arr) = xrealloc((arr), ((size_t)(n) + 1) * sizeof(*(arr))), &(arr)[(n)++])

/* The bit of kernel option `name` in rs->options, added when new; -1 when
 * the rule files name more than MAX_OPTIONS options. */
static int option_bit(struct rule_set *rs, const char *name)
{
	for (int i = 0; i < rs->noptions; i++)
		if (!strcmp(rs->options[i], name))
			return i;
	if (rs->noptions == MAX_OPTIONS)
		return -1;
	rs->options[rs->noptions] = xstrdup(name);
	return rs->noptions++;
}

/* `v`, an array of kernel option names ("CONFIG_HIGHMEM"), as a bitmask. */
static bool read_options(struct loader *ld, json_object *v, const char *section, int i,
                         const char *field, optionset *out)
{
	*out = 0;
	if (!json_object_is_type(v, json_type_array)) {
		field_error(ld, section, i, field, "must be an array of CONFIG_ option names");
		return false;
	}
	for (size_t k = 0; k < json_object_array_length(v); k++) {
		json_object *o = json_object_array_get_idx(v, k);
		const char *name =
		    json_object_is_type(o, json_type_string) ? json_object_get_string(o) : "";
		if (strncmp(name, "CONFIG_", 7) || !name[7]) {
			field_error(ld, section, i, field,
			            "must be an array of CONFIG_ option names");
			return false;
		}
		int bit = option_bit(ld->rs, name);
		if (bit < 0) {
			field_error(ld, section, i, field, "more than 64 kernel options");
			return false;
		}
		*out |= (optionset)1 << bit;
	}
	return true;
}

/* A region's optional "requires": the options without which it is linear. */
static bool get_region_requires(struct loader *ld, json_object *e, int i, optionset *out)
{
	json_object *v;
	*out = 0;
	return !json_object_object_get_ex(e, "requires", &v) ||
	       read_options(ld, v, "regions", i, "requires", out);
}

/* A rule's optional "requires": {"family" or "*": [options]}. */
static bool read_rule_requires(struct loader *ld, json_object *e, int i, struct rule *r)
{
	json_object *v;
	if (!json_object_object_get_ex(e, "requires", &v))
		return true;
	if (!json_object_is_type(v, json_type_object)) {
		field_error(ld, "rules", i, "requires",
		            "must map a sink family to an array of CONFIG_ option names");
		return false;
	}
	json_object_object_foreach(v, family, opts)
	{
		struct requirement q = {xstrdup(family), 0};
		if (!read_options(ld, opts, "rules", i, "requires", &q.options)) {
			free(q.family);
			return false;
		}
		*GROW(r->requires, r->nrequires) = q;
	}
	return true;
}

/* A rule's optional "not_for": sink families it never reports. */
static bool read_rule_not_for(struct loader *ld, json_object *e, int i, struct rule *r)
{
	json_object *v;
	if (!json_object_object_get_ex(e, "not_for", &v))
		return true;
	bool ok = json_object_is_type(v, json_type_array);
	for (size_t k = 0; ok && k < json_object_array_length(v); k++) {
		json_object *f = json_object_array_get_idx(v, k);
		ok = json_object_is_type(f, json_type_string);
		if (ok)
			*GROW(r->not_for, r->nnot_for) = xstrdup(json_object_get_string(f));
	}
	if (!ok)
		field_error(ld, "rules", i, "not_for", "must be an array of sink families");
	return ok;
}

static void load_regions(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "regions", e, i)
	{
		char *name, *desc;
		bool linear, locals, module_data;
		optionset
		        requires;
		if (!get_string(ld, e, "regions", i, "name", true, &name))
			break;
		if (!get_string(ld, e, "regions", i, "description", false, &desc) ||
		    !get_bool(ld, e, "regions", i, "linear", &linear) ||
		    !get_bool(ld, e, "regions", i, "locals", &locals) ||
		    !get_bool(ld, e, "regions", i, "module_data", &module_data) ||
		    !get_region_requires(ld, e, i, &requires)) {
			free(name);
			break;
		}
		if (rules_region_index(rs, name) >= 0 || rs->nregions == MAX_REGIONS) {
			field_error(ld, "regions", i, "name",
			            rs->nregions == MAX_REGIONS ? "more than 32 regions"
			                                        : "region defined twice");
			free(name);
			free(desc);
			break;
		}
		rs->regions[rs->nregions++] =
		    (struct region_def){name, desc, linear, locals, module_data, requires};
	}
}

static bool is_identifier(const char *s);

/* A field source names `tag.field` (two C identifiers); a type source a
 * type as clang spells it canonically (`struct page`), not a pointer. */
static bool check_source_name(struct loader *ld, int i, const struct source_rule *s)
{
	const char *dot = s->match == MATCH_FIELD ? strchr(s->name, '.') : NULL;
	char *tag = dot ? xstrndup(s->name, (size_t)(dot - s->name)) : NULL;
	bool ok = s->match != MATCH_FIELD || (dot && is_identifier(tag) && is_identifier(dot + 1));
	free(tag);
	if (!ok)
		field_error(ld, "sources", i, "field", "must be STRUCT.FIELD, two C identifiers");
	if (ok && s->match == MATCH_TYPE && strchr(s->name, '*')) {
		field_error(ld, "sources", i, "type", "must name the type pointed to, without '*'");
		ok = false;
	}
	return ok;
}

static bool key_known(const char *section, const char *key);

/* The error in a source's "when" object `w`, or NULL: only known keys, an
 * argument index, exactly one of flags and region. */
static const char *when_problem(json_object *w, char *buf, size_t n)
{
	if (!json_object_is_type(w, json_type_object))
		return "must be an object: {\"arg\": N, \"flags\": MASK} or "
		       "{\"arg\": N, \"region\": NAME}";
	json_object_object_foreach(w, key, val)
	{
		(void)val;
		if (!key_known("sources.when", key)) {
			snprintf(buf, n, "unknown key \"%s\" (give arg, and flags or region)", key);
			return buf;
		}
	}
	json_object *arg, *flags, *region;
	if (!json_object_object_get_ex(w, "arg", &arg) ||
	    !json_object_is_type(arg, json_type_int) || json_object_get_int(arg) < 0 ||
	    json_object_get_int(arg) > 31)
		return "arg must be an argument index from 0 to 31";
	bool has_flags = json_object_object_get_ex(w, "flags", &flags);
	if (has_flags == json_object_object_get_ex(w, "region", &region))
		return "give exactly one of flags and region";
	if (has_flags &&
	    (!json_object_is_type(flags, json_type_int) || json_object_get_int64(flags) <= 0))
		return "flags must be a positive integer mask";
	if (!has_flags && !json_object_is_type(region, json_type_string))
		return "region must be a region name";
	return NULL;
}

/* A source's optional "when" (rules.h, source_when): a function source's
 * condition on one of its arguments. */
static bool read_source_when(struct loader *ld, json_object *e, int i, struct source_rule *s)
{
	json_object *w, *v;
	s->when = (struct source_when){.arg = -1, .region = -1};
	if (!json_object_object_get_ex(e, "when", &w))
		return true;
	char buf[160];
	const char *why = s->match != MATCH_FUNCTION ? "only a function source can have one"
	                                             : when_problem(w, buf, sizeof(buf));
	if (why) {
		field_error(ld, "sources", i, "when", why);
		return false;
	}
	json_object_object_get_ex(w, "arg", &v);
	s->when.arg = json_object_get_int(v);
	if (json_object_object_get_ex(w, "flags", &v)) {
		s->when.flags = (uint64_t)json_object_get_int64(v);
		return true;
	}
	json_object_object_get_ex(w, "region", &v);
	s->when.region = rules_region_index(ld->rs, json_object_get_string(v));
	if (s->when.region < 0) {
		char *what = xasprintf("unknown region \"%s\"", json_object_get_string(v));
		field_error(ld, "sources", i, "when.region", what);
		free(what);
	}
	return s->when.region >= 0;
}

static void load_sources(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "sources", e, i)
	{
		struct source_rule s = {0};
		char *yield = NULL;
		if (!read_match(ld, e, "sources", i, (1u << MATCH_KINDS) - 1, &s.match, &s.name) ||
		    !check_source_name(ld, i, &s)) {
			free(s.name);
			break;
		}
		if (!get_region(ld, e, "sources", i, &s.region) ||
		    !get_string(ld, e, "sources", i, "yields", false, &yield) ||
		    !get_string(ld, e, "sources", i, "note", false, &s.note) ||
		    !read_source_when(ld, e, i, &s)) {
			free(s.name);
			free(yield);
			free(s.note);
			break;
		}
		/* A section names where variables live: always an lvalue. */
		s.yield = s.match == MATCH_SECTION ? YIELD_LVALUE : YIELD_POINTER;
		if (yield && !strcmp(yield, "lvalue"))
			s.yield = YIELD_LVALUE;
		else if (yield && strcmp(yield, "pointer"))
			field_error(ld, "sources", i, "yields",
			            "must be \"pointer\" or \"lvalue\"");
		free(yield);
		*GROW(rs->sources, rs->nsources) = s;
	}
}

static void load_sinks(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "sinks", e, i)
	{
		struct sink_rule s = {0};
		if (!read_match(ld, e, "sinks", i, 1u << MATCH_FUNCTION | 1u << MATCH_MACRO,
		                &s.match, &s.name))
			break;
		if (!get_int(ld, e, "sinks", i, "arg", 0, &s.arg) ||
		    !get_string(ld, e, "sinks", i, "family", false, &s.family) ||
		    !get_bool(ld, e, "sinks", i, "consumer", &s.consumer)) {
			free(s.name);
			free(s.family);
			break;
		}
		if (!s.family)
			s.family = xstrdup(s.consumer ? "fixmap" : "phys");
		*GROW(rs->sinks, rs->nsinks) = s;
	}
}

static void load_sanitizers(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "sanitizers", e, i)
	{
		struct sanitizer_rule s = {0};
		if (!read_match(ld, e, "sanitizers", i, 1u << MATCH_FUNCTION | 1u << MATCH_MACRO,
		                &s.match, &s.name))
			break;
		if (!get_bool(ld, e, "sanitizers", i, "image_symbols", &s.image_symbols) ||
		    !get_string(ld, e, "sanitizers", i, "family", false, &s.family)) {
			free(s.name);
			free(s.family);
			break;
		}
		if (s.image_symbols && !s.family)
			s.family = xstrdup("phys");
		s.as_sink =
		    (struct sink_rule){.match = s.match, .name = s.name, .family = s.family};
		*GROW(rs->sanitizers, rs->nsanitizers) = s;
	}
}

static void load_guards(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "guards", e, i)
	{
		struct guard_rule g = {.asserts = -1};
		if (!read_match(ld, e, "guards", i, 1u << MATCH_FUNCTION | 1u << MATCH_MACRO,
		                &g.match, &g.name))
			break;
		if (!get_int(ld, e, "guards", i, "arg", 0, &g.arg) ||
		    !get_regionset(ld, e, "guards", i, &g.regions) ||
		    (json_object_object_get_ex(e, "asserts", NULL) &&
		     !get_region_key(ld, e, "guards", i, "asserts", &g.asserts))) {
			free(g.name);
			break;
		}
		*GROW(rs->guards, rs->nguards) = g;
	}
}

/* "returns": a function that returns its argument "arg" (required). */
static void load_returns(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "returns", e, i)
	{
		struct returns_rule r = {0};
		if (!read_match(ld, e, "returns", i, 1u << MATCH_FUNCTION, &r.match, &r.name))
			break;
		if (!json_object_object_get_ex(e, "arg", NULL)) {
			field_error(ld, "returns", i, "arg", "is required");
			free(r.name);
			break;
		}
		if (!get_int(ld, e, "returns", i, "arg", 0, &r.arg)) {
			free(r.name);
			break;
		}
		*GROW(rs->returns, rs->nreturns) = r;
	}
}

/* "callbacks": registrations of callbacks (rules/callbacks.json).  Each
 * element of "params" says what the callback's parameter of that index
 * receives: null (nothing tracked) or {"arg": N} (argument N of the
 * registration; "address": true for its address). */
static bool read_callback_param(json_object *p, struct callback_param *out)
{
	*out = (struct callback_param){.arg = -1};
	if (!p)
		return true;
	if (!json_object_is_type(p, json_type_object))
		return false;
	json_object *arg = NULL, *addr = NULL;
	json_object_object_foreach(p, key, val)
	{
		if (!strcmp(key, "arg"))
			arg = val;
		else if (!strcmp(key, "address"))
			addr = val;
		else if (strcmp(key, "comment"))
			return false;
	}
	if (!arg || !json_object_is_type(arg, json_type_int) || json_object_get_int(arg) < 0 ||
	    json_object_get_int(arg) > 31 ||
	    (addr && !json_object_is_type(addr, json_type_boolean)))
		return false;
	out->arg = json_object_get_int(arg);
	out->address = addr && json_object_get_boolean(addr);
	return true;
}

static bool read_callback_params(struct loader *ld, json_object *e, int i, struct callback_rule *c)
{
	json_object *v;
	if (!json_object_object_get_ex(e, "params", &v) ||
	    !json_object_is_type(v, json_type_array)) {
		field_error(ld, "callbacks", i, "params",
		            "missing or not an array (one element per callback parameter)");
		return false;
	}
	c->nparams = (int)json_object_array_length(v);
	c->params = xcalloc((size_t)c->nparams + 1, sizeof(*c->params));
	for (int k = 0; k < c->nparams; k++)
		if (!read_callback_param(json_object_array_get_idx(v, (size_t)k), &c->params[k])) {
			char *what = xasprintf("element %d must be null or {\"arg\": 0 to 31, "
			                       "\"address\": true or false}",
			                       k);
			field_error(ld, "callbacks", i, "params", what);
			free(what);
			return false;
		}
	return true;
}

static void load_callbacks(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "callbacks", e, i)
	{
		struct callback_rule c = {.callback = -1};
		if (!read_match(ld, e, "callbacks", i, 1u << MATCH_FUNCTION | 1u << MATCH_MACRO,
		                &c.match, &c.name))
			break;
		if (!json_object_object_get_ex(e, "callback", NULL))
			field_error(ld, "callbacks", i, "callback", "missing");
		if (ld->failed || !get_int(ld, e, "callbacks", i, "callback", 0, &c.callback) ||
		    !read_callback_params(ld, e, i, &c)) {
			free(c.name);
			free(c.params);
			break;
		}
		*GROW(rs->callbacks, rs->ncallbacks) = c;
	}
}

static void free_callbacks(struct rule_set *rs)
{
	for (int i = 0; i < rs->ncallbacks; i++) {
		free(rs->callbacks[i].name);
		free(rs->callbacks[i].params);
	}
	free(rs->callbacks);
}

void rule_free_fields(struct rule *r)
{
	free(r->id);
	free(r->name);
	free(r->short_description);
	free(r->full_description);
	free(r->message);
	free(r->help_text);
	free(r->help_markdown);
	free(r->level);
	free(r->precision);
	free(r->security_severity);
	for (int k = 0; k < r->ntags; k++)
		free(r->tags[k]);
	free(r->tags);
	for (int k = 0; k < r->nhints; k++) {
		free(r->hints[k].family);
		free(r->hints[k].text);
	}
	free(r->hints);
	for (int k = 0; k < r->nfixes; k++) {
		free(r->fixes[k].family);
		free(r->fixes[k].sink);
		free(r->fixes[k].with);
	}
	free(r->fixes);
	for (int k = 0; k < r->nrequires; k++)
		free(r->requires[k].family);
	free(r->requires);
	for (int k = 0; k < r->nnot_for; k++)
		free(r->not_for[k]);
	free(r->not_for);
}

static bool one_of(const char *s, const char *const *allowed)
{
	for (; *allowed; allowed++)
		if (!strcmp(s, *allowed))
			return true;
	return false;
}

static bool is_identifier(const char *s)
{
	if (!*s || (*s >= '0' && *s <= '9'))
		return false;
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* "fixes": {"FAMILY": {"SINK": "REPLACEMENT", ...}, ...}: names only, so
 * a fix can never be more than a change of the callee's name.  Whether
 * each SINK is a sink of that FAMILY is checked once every file is read
 * (check_fixes). */
static bool read_fixes(struct loader *ld, json_object *v, int i, struct rule *r)
{
	static const char *const shape = "must map a sink family to {\"sink\": \"replacement\"}";
	if (!json_object_is_type(v, json_type_object)) {
		field_error(ld, "rules", i, "fixes", shape);
		return false;
	}
	json_object_object_foreach(v, family, map)
	{
		if (!json_object_is_type(map, json_type_object)) {
			field_error(ld, "rules", i, "fixes", shape);
			return false;
		}
		json_object_object_foreach(map, sink, with)
		{
			if (!json_object_is_type(with, json_type_string) ||
			    !is_identifier(json_object_get_string(with)) || !is_identifier(sink)) {
				field_error(ld, "rules", i, "fixes",
				            "sink and replacement must be C identifiers");
				return false;
			}
			*GROW(r->fixes, r->nfixes) = (struct fix_rule){
			    xstrdup(family), xstrdup(sink), xstrdup(json_object_get_string(with))};
		}
	}
	return true;
}

static bool read_rule(struct loader *ld, json_object *e, int i, struct rule *r)
{
	static const char *const levels[] = {"error", "warning", "note", NULL};
	static const char *const precisions[] = {"very-high", "high", "medium", "low", NULL};
	json_object *v;
	if (!get_string(ld, e, "rules", i, "id", true, &r->id) ||
	    !get_string(ld, e, "rules", i, "name", true, &r->name) ||
	    !get_string(ld, e, "rules", i, "short_description", true, &r->short_description) ||
	    !get_string(ld, e, "rules", i, "full_description", true, &r->full_description) ||
	    !get_string(ld, e, "rules", i, "message", true, &r->message) ||
	    !get_string(ld, e, "rules", i, "help", true, &r->help_text) ||
	    !get_string(ld, e, "rules", i, "help_markdown", false, &r->help_markdown) ||
	    !get_string(ld, e, "rules", i, "level", true, &r->level) ||
	    !get_string(ld, e, "rules", i, "precision", true, &r->precision) ||
	    !get_string(ld, e, "rules", i, "security_severity", false, &r->security_severity))
		return false;
	if (!one_of(r->level, levels)) {
		field_error(ld, "rules", i, "level", "must be error, warning or note");
		return false;
	}
	if (!one_of(r->precision, precisions)) {
		field_error(ld, "rules", i, "precision", "must be very-high, high, medium or low");
		return false;
	}
	if (json_object_object_get_ex(e, "regions", &v) &&
	    !get_regionset(ld, e, "rules", i, &r->regions))
		return false;
	if (json_object_object_get_ex(e, "tags", &v)) {
		if (!json_object_is_type(v, json_type_array)) {
			field_error(ld, "rules", i, "tags", "must be an array of strings");
			return false;
		}
		for (size_t k = 0; k < json_object_array_length(v); k++) {
			json_object *t = json_object_array_get_idx(v, k);
			if (!json_object_is_type(t, json_type_string)) {
				field_error(ld, "rules", i, "tags", "must be an array of strings");
				return false;
			}
			*GROW(r->tags, r->ntags) = xstrdup(json_object_get_string(t));
		}
	}
	if (json_object_object_get_ex(e, "hints", &v)) {
		if (!json_object_is_type(v, json_type_object)) {
			field_error(ld, "rules", i, "hints", "must map a sink family to a text");
			return false;
		}
		json_object_object_foreach(v, family, text)
		{
			if (!json_object_is_type(text, json_type_string)) {
				field_error(ld, "rules", i, "hints",
				            "must map a sink family to a text");
				return false;
			}
			*GROW(r->hints, r->nhints) =
			    (struct hint){xstrdup(family), xstrdup(json_object_get_string(text))};
		}
	}
	if (json_object_object_get_ex(e, "fixes", &v) && !read_fixes(ld, v, i, r))
		return false;
	return read_rule_requires(ld, e, i, r) && read_rule_not_for(ld, e, i, r);
}

static void load_rules(struct loader *ld, json_object *root)
{
	struct rule_set *rs = ld->rs;
	FOR_EACH_ENTRY(ld, root, "rules", e, i)
	{
		struct rule r = {0};
		if (!read_rule(ld, e, i, &r)) {
			rule_free_fields(&r);
			break;
		}
		if (rules_find(rs, r.id)) {
			field_error(ld, "rules", i, "id", "rule id defined twice");
			rule_free_fields(&r);
			break;
		}
		*GROW(rs->rules, rs->nrules) = r;
	}
}

/* Every key a rule file may hold, by section ("" is the top level): the one
 * table to extend when a rule kind learns a key.  "comment" is allowed in
 * every object.  Anything else is an error, so a misspelt key never
 * silently does nothing. */
#define MATCH_KEY_NAMES "function", "macro", "section", "variable", "attribute", "field", "type"
/* A section may fill every one of its SECTION_KEYS_MAX slots: the look-up
 * stops at the end of the array as well as at a NULL (the "rules" section
 * once filled all 16 and an unknown key there read past the table). */
#define SECTION_KEYS_MAX 32
static const struct {
	const char *section;
	const char *const keys[SECTION_KEYS_MAX];
} known_keys[] = {
    {"", {"regions", "sources", "sinks", "sanitizers", "guards", "returns", "rules", "callbacks"}},
    {"regions", {"name", "description", "linear", "locals", "module_data", "requires"}},
    {"sources", {MATCH_KEY_NAMES, "region", "yields", "note", "when"}},
    {"sources.when", {"arg", "flags", "region"}},
    {"sinks", {MATCH_KEY_NAMES, "arg", "family", "consumer"}},
    {"sanitizers", {MATCH_KEY_NAMES, "image_symbols", "family"}},
    {"guards", {MATCH_KEY_NAMES, "arg", "regions", "asserts"}},
    {"returns", {MATCH_KEY_NAMES, "arg"}},
    {"callbacks", {MATCH_KEY_NAMES, "callback", "params"}},
    {"rules",
     {"id", "name", "short_description", "full_description", "message", "help", "help_markdown",
      "level", "precision", "security_severity", "regions", "tags", "hints", "fixes", "requires",
      "not_for"}},
};

static bool key_known(const char *section, const char *key)
{
	if (!strcmp(key, "comment"))
		return true;
	for (size_t s = 0; s < NELEMS(known_keys); s++)
		if (!strcmp(known_keys[s].section, section)) {
			const char *const *keys = known_keys[s].keys;
			for (size_t k = 0; k < SECTION_KEYS_MAX && keys[k]; k++)
				if (!strcmp(key, keys[k]))
					return true;
			return false;
		}
	return false;
}

/* Entry `i` of `section` (i < 0: the top level) is an object with only
 * known keys. */
static bool check_keys(struct loader *ld, const char *section, int i, json_object *obj)
{
	if (!json_object_is_type(obj, json_type_object)) {
		field_error(ld, *section ? section : "file", i, "", "must be a JSON object");
		return false;
	}
	json_object_object_foreach(obj, key, val)
	{
		(void)val;
		if (!key_known(section, key)) {
			char *what = xasprintf("unknown key \"%s\"", key);
			if (i >= 0)
				field_error(ld, section, i, key, what);
			else
				field_error(ld, "file", -1, NULL, what);
			free(what);
			return false;
		}
	}
	return true;
}

static void check_sections(struct loader *ld, json_object *root)
{
	if (!json_object_is_type(root, json_type_object)) {
		char *what = xasprintf("the top level is %s, not a JSON object",
		                       json_type_to_name(json_object_get_type(root)));
		field_error(ld, "file", -1, NULL, what);
		free(what);
		return;
	}
	check_keys(ld, "", -1, root);
}

/* Every fix names a sink of its family: a typo would otherwise make a fix
 * that never applies. */
static bool check_fixes(const struct rule_set *rs)
{
	for (int i = 0; i < rs->nrules; i++)
		for (int k = 0; k < rs->rules[i].nfixes; k++) {
			const struct fix_rule *fx = &rs->rules[i].fixes[k];
			bool known = false;
			for (int s = 0; s < rs->nsinks && !known; s++)
				known = !strcmp(rs->sinks[s].name, fx->sink) &&
				        !strcmp(rs->sinks[s].family, fx->family);
			if (!known) {
				error_msg("rule %s: fixes.%s.%s: no sink of that name and family",
				          rs->rules[i].id, fx->family, fx->sink);
				return false;
			}
		}
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.json files of `dir` in name order; false (with a message) when the
 * directory cannot be read. */
static bool list_dir(const char *dir, struct strvec *out)
{
	DIR *d = opendir(dir);
	if (!d) {
		error_msg("cannot read rule directory: %s", dir);
		return false;
	}
	struct strvec names = {0};
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		if (n > 5 && !strcmp(de->d_name + n - 5, ".json") && de->d_name[0] != '.')
			strvec_push(&names, de->d_name);
	}
	closedir(d);
	if (names.n)
		qsort(names.v, names.n, sizeof(*names.v), cmp_str);
	for (size_t i = 0; i < names.n; i++)
		strvec_push_owned(out, xasprintf("%s/%s", dir, names.v[i]));
	strvec_free(&names);
	return true;
}

const char *rules_default_dir(void)
{
	static char dir[PATH_MAX];
	if (dir[0])
		return dir;
	const char *env = getenv("XLATCHECK_RULES_DIR");
	if (env && *env) {
		snprintf(dir, sizeof(dir), "%s", env);
		return dir;
	}
	/* bin/xlatcheck -> share/xlatcheck/rules, the same in the build tree
	 * and under an install prefix. */
	char *norm = exe_relative("../share/xlatcheck/rules");
	if (!norm)
		return NULL;
	snprintf(dir, sizeof(dir), "%s", norm);
	free(norm);
	return dir;
}

struct rule_set *rules_load(const char *const *extra_dirs, int nextra)
{
	struct rule_set *rs = xcalloc(1, sizeof(*rs));
	struct strvec files = {0};
	const char *dflt = rules_default_dir();
	bool ok = dflt && list_dir(dflt, &files);
	for (int i = 0; ok && i < nextra; i++)
		ok = list_dir(extra_dirs[i], &files);
	if (ok && files.n == 0) {
		error_msg("no rule files (*.json) found: %s", dflt);
		ok = false;
	}

	struct rule_file *rf = xcalloc(files.n, sizeof(*rf));
	for (size_t i = 0; ok && i < files.n; i++) {
		rf[i].path = files.v[i];
		ok = json_read_file(rf[i].path, "rule file", JSON_DEPTH_DEFAULT, &rf[i].root);
	}

	struct loader ld = {.rs = rs};
	for (size_t i = 0; ok && i < files.n; i++) {
		ld.path = rf[i].path;
		check_sections(&ld, rf[i].root);
		if (!ld.failed)
			load_regions(&ld, rf[i].root);
		ok = !ld.failed;
	}
	for (size_t i = 0; ok && i < files.n; i++) {
		ld.path = rf[i].path;
		load_sources(&ld, rf[i].root);
		load_sinks(&ld, rf[i].root);
		load_sanitizers(&ld, rf[i].root);
		load_guards(&ld, rf[i].root);
		load_returns(&ld, rf[i].root);
		load_rules(&ld, rf[i].root);
		load_callbacks(&ld, rf[i].root);
		ok = !ld.failed;
	}
	ok = ok && check_fixes(rs);

	for (size_t i = 0; i < files.n; i++)
		if (rf[i].root)
			json_object_put(rf[i].root);
	free(rf);
	if (ok) {
		rs->files = files.v;
		rs->nfiles = (int)files.n;
		for (int i = 0; i < rs->nrules; i++)
			rs->rules[i].index = i;
		rs->roles = roles_build(rs);
	} else {
		strvec_free(&files);
		rules_free(rs);
		return NULL;
	}
	return rs;
}

void rules_free(struct rule_set *rs)
{
	if (!rs)
		return;
	for (int i = 0; i < rs->nregions; i++) {
		free(rs->regions[i].name);
		free(rs->regions[i].description);
	}
	for (int i = 0; i < rs->nsources; i++) {
		free(rs->sources[i].name);
		free(rs->sources[i].note);
	}
	free(rs->sources);
	for (int i = 0; i < rs->nsinks; i++) {
		free(rs->sinks[i].name);
		free(rs->sinks[i].family);
	}
	free(rs->sinks);
	for (int i = 0; i < rs->nsanitizers; i++) {
		free(rs->sanitizers[i].name);
		free(rs->sanitizers[i].family);
	}
	free(rs->sanitizers);
	for (int i = 0; i < rs->nguards; i++)
		free(rs->guards[i].name);
	free(rs->guards);
	for (int i = 0; i < rs->nreturns; i++)
		free(rs->returns[i].name);
	free(rs->returns);
	free_callbacks(rs);
	for (int i = 0; i < rs->nrules; i++)
		rule_free_fields(&rs->rules[i]);
	free(rs->rules);
	for (int i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	for (int i = 0; i < rs->noptions; i++)
		free(rs->options[i]);
	roles_free(rs->roles);
	free(rs);
}

int rules_region_index(const struct rule_set *rs, const char *name)
{
	for (int i = 0; i < rs->nregions; i++)
		if (!strcmp(rs->regions[i].name, name))
			return i;
	return -1;
}

const struct rule *rules_find(const struct rule_set *rs, const char *id)
{
	for (int i = 0; i < rs->nrules; i++)
		if (!strcmp(rs->rules[i].id, id))
			return &rs->rules[i];
	return NULL;
}

const struct rule *rules_for_region(const struct rule_set *rs, int region)
{
	for (int i = 0; i < rs->nrules; i++)
		if (rs->rules[i].regions & (1u << region))
			return &rs->rules[i];
	return NULL;
}

const char *rule_hint(const struct rule *r, const char *family)
{
	const char *fallback = NULL;
	for (int i = 0; i < r->nhints; i++) {
		if (family && !strcmp(r->hints[i].family, family))
			return r->hints[i].text;
		if (!strcmp(r->hints[i].family, "*"))
			fallback = r->hints[i].text;
	}
	return fallback;
}

const char *rule_fix(const struct rule *r, const char *sink)
{
	for (int i = 0; sink && i < r->nfixes; i++)
		if (!strcmp(r->fixes[i].sink, sink))
			return r->fixes[i].with;
	return NULL;
}

static optionset rule_requires(const struct rule *r, const char *family)
{
	optionset need = 0;
	for (int i = 0; i < r->nrequires; i++)
		if (!strcmp(r->requires[i].family, "*") ||
		    (family && !strcmp(r->requires[i].family, family)))
	need |= r->
	                requires[
	                        i]
	                    .options;
	return need;
}

static bool rule_reports_family(const struct rule *r, const char *family)
{
	for (int i = 0; family && i < r->nnot_for; i++)
		if (!strcmp(r->not_for[i], family))
			return false;
	return true;
}

bool rules_applies(const struct rule_set *rs, int region, const struct rule *r, const char *family,
                   optionset defined, optionset *need)
{
	*need = rs->regions[region].
	                requires
	| rule_requires(r, family);
	return rule_reports_family(r, family) && !(*need & ~defined);
}

char *rules_option_names(const struct rule_set *rs, optionset set)
{
	struct strbuf sb = {0};
	for (int i = 0; i < rs->noptions; i++) {
		if (!(set & ((optionset)1 << i)))
			continue;
		if (sb.len)
			sb_append(&sb, ", ");
		sb_append(&sb, rs->options[i]);
	}
	return sb_steal(&sb);
}
