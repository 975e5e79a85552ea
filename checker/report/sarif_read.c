/* Reads a SARIF run back into findings: per-TU files for `merge`, and the
 * old log of --baseline.  Only what xlatcheck writes is understood; what a
 * result needs (rule, message, location) must be there, the rest is
 * optional, so a baseline from an older xlatcheck still reads. */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

/* The member `key` of `obj` when it has type `type`, else NULL. */
static struct json_object *member(struct json_object *obj, const char *key, enum json_type type)
{
	struct json_object *v;
	if (!obj || !json_object_object_get_ex(obj, key, &v) || !json_object_is_type(v, type))
		return NULL;
	return v;
}

static const char *member_str(struct json_object *obj, const char *key)
{
	struct json_object *v = member(obj, key, json_type_string);
	return v ? json_object_get_string(v) : NULL;
}

/* obj.key.text, SARIF's message and description shape. */
static const char *member_text(struct json_object *obj, const char *key)
{
	return member_str(member(obj, key, json_type_object), "text");
}

static unsigned member_uint(struct json_object *obj, const char *key)
{
	struct json_object *v = member(obj, key, json_type_int);
	int64_t n = v ? json_object_get_int64(v) : 0;
	return n > 0 && n < (int64_t)1 << 31 ? (unsigned)n : 0;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The path a URI spells, or NULL when it spells a NUL byte (%00), which
 * no path can hold. */
static char *uri_decode(const char *s)
{
	struct strbuf sb = {0};
	for (size_t i = 0; s[i]; i++) {
		int hi, lo;
		if (s[i] == '%' && (hi = hex_value(s[i + 1])) >= 0 &&
		    (lo = hex_value(s[i + 2])) >= 0) {
			char c = (char)(hi * 16 + lo);
			if (!c) {
				sb_free(&sb);
				return NULL;
			}
			sb_appendn(&sb, &c, 1);
			i += 2;
		} else {
			sb_appendn(&sb, &s[i], 1);
		}
	}
	return sb_steal(&sb);
}

/* The absolute path an artifactLocation names, or NULL. */
static char *artifact_path(const struct sarif_input *in, struct json_object *al)
{
	const char *uri = member_str(al, "uri");
	if (!uri)
		return NULL;
	char *decoded = uri_decode(uri);
	char *path = NULL;
	if (!decoded)
		return NULL;
	if (!strncmp(decoded, "file://", 7))
		path = path_absolute("/", decoded + 7);
	else if (decoded[0] != '/' && in->srcroot)
		path = path_absolute(in->srcroot, decoded);
	free(decoded);
	return path;
}

static bool read_location(const struct sarif_input *in, struct json_object *pl, struct xc_loc *loc)
{
	loc->file = artifact_path(in, member(pl, "artifactLocation", json_type_object));
	struct json_object *rg = member(pl, "region", json_type_object);
	loc->line = member_uint(rg, "startLine");
	loc->col = member_uint(rg, "startColumn");
	loc->end_line = member_uint(rg, "endLine");
	loc->end_col = member_uint(rg, "endColumn");
	return loc->file && loc->line;
}

static void read_rule(struct json_object *d, struct rule *r)
{
	r->id = xstrdup(member_str(d, "id"));
	r->name = dup_or_null(member_str(d, "name"));
	r->short_description = dup_or_null(member_text(d, "shortDescription"));
	r->full_description = dup_or_null(member_text(d, "fullDescription"));
	struct json_object *help = member(d, "help", json_type_object);
	r->help_text = dup_or_null(member_str(help, "text"));
	r->help_markdown = dup_or_null(member_str(help, "markdown"));
	r->level =
	    dup_or_null(member_str(member(d, "defaultConfiguration", json_type_object), "level"));
	struct json_object *props = member(d, "properties", json_type_object);
	r->precision = dup_or_null(member_str(props, "precision"));
	r->security_severity = dup_or_null(member_str(props, "security-severity"));
	struct json_object *tags = member(props, "tags", json_type_array);
	size_t ntags = tags ? json_object_array_length(tags) : 0;
	r->tags = xcalloc(ntags, sizeof(*r->tags));
	for (size_t i = 0; i < ntags; i++) {
		const char *t = json_object_get_string(json_object_array_get_idx(tags, i));
		if (t)
			r->tags[r->ntags++] = xstrdup(t);
	}
}

static bool read_rules(struct sarif_input *in, struct json_object *driver)
{
	struct json_object *rules = member(driver, "rules", json_type_array);
	if (!rules)
		return false;
	size_t n = json_object_array_length(rules);
	in->rules = xcalloc(n, sizeof(*in->rules));
	for (size_t i = 0; i < n; i++) {
		struct json_object *d = json_object_array_get_idx(rules, i);
		if (!member_str(d, "id") || !member_text(d, "shortDescription"))
			return false;
		if (n > INT32_MAX)
			return false;
		read_rule(d, &in->rules[in->nrules]);
		in->rules[in->nrules].index = in->nrules;
		strmap_add(&in->rule_ids, in->rules[in->nrules].id, (size_t)in->nrules);
		in->nrules++;
	}
	return true;
}

/* The first rule with that id, as a search from the front would find. */
static const struct rule *input_rule(const struct sarif_input *in, const char *id)
{
	size_t i = strmap_get(&in->rule_ids, id);
	return i == STRMAP_NONE ? NULL : &in->rules[i];
}

static enum step_kind step_kind_named(const char *name)
{
	for (int k = STEP_SOURCE; k <= STEP_CONSUMER; k++)
		if (name && !strcmp(step_kind_name(k), name))
			return k;
	return STEP_ASSIGN;
}

static void read_flow(const struct sarif_input *in, struct json_object *flow,
                      struct path_step **out, size_t *nout)
{
	struct json_object *threads = member(flow, "threadFlows", json_type_array);
	struct json_object *steps = member(threads ? json_object_array_get_idx(threads, 0) : NULL,
	                                   "locations", json_type_array);
	size_t n = steps ? json_object_array_length(steps) : 0;
	struct path_step *v = xcalloc(n, sizeof(*v));
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		struct json_object *tfl = json_object_array_get_idx(steps, i);
		struct json_object *l = member(tfl, "location", json_type_object);
		struct path_step *s = &v[kept];
		const char *text = member_text(l, "message");
		if (!read_location(in, member(l, "physicalLocation", json_type_object), &s->loc) ||
		    !text) {
			free(s->loc.file);
			s->loc.file = NULL;
			continue;
		}
		struct json_object *kinds = member(tfl, "kinds", json_type_array);
		s->kind = step_kind_named(
		    kinds ? json_object_get_string(json_object_array_get_idx(kinds, 0)) : NULL);
		s->message = xstrdup(text);
		kept++;
	}
	*out = v;
	*nout = kept;
}

/* The first code flow is the finding's path; a grouped finding's others
 * are its further call paths (report/group.c). */
static void read_steps(const struct sarif_input *in, struct json_object *res, struct finding *f)
{
	struct json_object *flows = member(res, "codeFlows", json_type_array);
	size_t n = flows ? json_object_array_length(flows) : 0;
	read_flow(in, n ? json_object_array_get_idx(flows, 0) : NULL, &f->steps, &f->nsteps);
	f->also = n > 1 ? xcalloc(n - 1, sizeof(*f->also)) : NULL;
	for (size_t k = 1; k < n; k++) {
		struct call_flow *cf = &f->also[f->nalso];
		read_flow(in, json_object_array_get_idx(flows, k), &cf->steps, &cf->nsteps);
		const struct xc_loc *site = flow_call_site(cf->steps, cf->nsteps);
		if (!site) {
			free(cf->steps);
			continue;
		}
		xc_loc_copy(&cf->loc, site);
		f->nalso++;
	}
}

/* The name a fix replaces, from its description "Replace OLD() with NEW()". */
static char *fix_from_description(const char *d)
{
	const char *end = d && !strncmp(d, "Replace ", 8) ? strstr(d + 8, "() with ") : NULL;
	return end && end > d + 8 ? xstrndup(d + 8, (size_t)(end - (d + 8))) : NULL;
}

/* xlatcheck's one fix of a result (sarif.c's fixes()), so `merge` and the
 * HTML report carry it without the rules or the sources. */
static void read_fix(const struct sarif_input *in, struct json_object *res, struct finding *f)
{
	struct json_object *list = member(res, "fixes", json_type_array);
	struct json_object *fix = list ? json_object_array_get_idx(list, 0) : NULL;
	struct json_object *changes = member(fix, "artifactChanges", json_type_array);
	struct json_object *change = changes ? json_object_array_get_idx(changes, 0) : NULL;
	struct json_object *reps = member(change, "replacements", json_type_array);
	struct json_object *rep = reps ? json_object_array_get_idx(reps, 0) : NULL;
	const char *with = member_text(rep, "insertedContent");
	char *from = fix_from_description(member_text(fix, "description"));
	struct json_object *pl = json_object_new_object();
	json_object_object_add(
	    pl, "artifactLocation",
	    json_object_get(member(change, "artifactLocation", json_type_object)));
	json_object_object_add(pl, "region",
	                       json_object_get(member(rep, "deletedRegion", json_type_object)));
	struct xc_loc at = {0};
	if (with && from && read_location(in, pl, &at)) {
		f->fix_from = from;
		f->fix_with = xstrdup(with);
		f->fix_loc = at;
		from = NULL;
	} else {
		free(at.file);
	}
	free(from);
	json_object_put(pl);
}

static void read_suppression(struct json_object *res, struct finding *f)
{
	struct json_object *list = member(res, "suppressions", json_type_array);
	struct json_object *s = list ? json_object_array_get_idx(list, 0) : NULL;
	const char *kind = member_str(s, "kind");
	if (!kind)
		return;
	f->suppression = !strcmp(kind, "inSource") ? SUPPRESSION_IN_SOURCE : SUPPRESSION_EXTERNAL;
	f->justification = dup_or_null(member_str(s, "justification"));
	struct json_object *pl =
	    member(member(s, "location", json_type_object), "physicalLocation", json_type_object);
	f->suppression_line = member_uint(member(pl, "region", json_type_object), "startLine");
}

static enum baseline_state baseline_state_named(const char *name)
{
	static const char *const names[] = {
	    [BASELINE_NEW] = "new",
	    [BASELINE_UNCHANGED] = "unchanged",
	    [BASELINE_UPDATED] = "updated",
	    [BASELINE_ABSENT] = "absent",
	};
	for (int b = BASELINE_NEW; b <= BASELINE_ABSENT; b++)
		if (name && !strcmp(names[b], name))
			return b;
	return BASELINE_NONE;
}

static bool read_result(struct sarif_input *in, struct json_object *res, size_t i)
{
	const char *rule_id = member_str(res, "ruleId");
	const struct rule *rule = rule_id ? input_rule(in, rule_id) : NULL;
	const char *text = member_text(res, "message");
	struct json_object *locs = member(res, "locations", json_type_array);
	struct json_object *loc0 = locs ? json_object_array_get_idx(locs, 0) : NULL;
	if (!rule || !text || !loc0)
		return false;
	struct finding *f = finding_list_add(&in->findings);
	f->rule = rule;
	f->message = xstrdup(text);
	if (!read_location(in, member(loc0, "physicalLocation", json_type_object), &f->loc))
		return false;
	struct json_object *props = member(res, "properties", json_type_object);
	f->region = dup_or_null(member_str(props, "region"));
	f->sink = dup_or_null(member_str(props, "sink"));
	f->function = dup_or_null(member_str(props, "function"));
	f->hint = dup_or_null(member_str(props, "hint"));
	read_steps(in, res, f);
	read_fix(in, res, f);
	read_suppression(res, f);
	f->baseline = baseline_state_named(member_str(res, "baselineState"));
	struct json_object *fp = member(res, "partialFingerprints", json_type_object);
	in->fingerprints[i] = dup_or_null(member_str(fp, XLATCHECK_FINGERPRINT_KEY));
	in->line_hashes[i] = dup_or_null(member_str(fp, "primaryLocationLineHash"));
	return true;
}

static void read_invocations(struct sarif_input *in, struct json_object *run)
{
	struct json_object *invs = member(run, "invocations", json_type_array);
	size_t n = invs ? json_object_array_length(invs) : 0;
	for (size_t i = 0; i < n; i++) {
		struct json_object *inv = json_object_array_get_idx(invs, i);
		struct json_object *ok = member(inv, "executionSuccessful", json_type_boolean);
		if (ok && !json_object_get_boolean(ok))
			in->execution_successful = false;
		struct json_object *notes =
		    member(inv, "toolExecutionNotifications", json_type_array);
		size_t nn = notes ? json_object_array_length(notes) : 0;
		for (size_t k = 0; k < nn; k++) {
			struct json_object *note = json_object_array_get_idx(notes, k);
			const char *text = member_text(note, "message");
			if (!text)
				continue;
			struct json_object *locs = member(note, "locations", json_type_array);
			struct json_object *pl =
			    member(locs ? json_object_array_get_idx(locs, 0) : NULL,
			           "physicalLocation", json_type_object);
			char *file =
			    artifact_path(in, member(pl, "artifactLocation", json_type_object));
			const char *id =
			    member_str(member(note, "descriptor", json_type_object), "id");
			const char *level = member_str(note, "level");
			notice_add(&in->notices, id ? id : "note", level ? level : "warning", text,
			           file);
			free(file);
		}
	}
}

static void read_targets(struct sarif_input *in, struct json_object *run)
{
	struct json_object *arts = member(run, "artifacts", json_type_array);
	size_t n = arts ? json_object_array_length(arts) : 0;
	for (size_t i = 0; i < n; i++) {
		struct json_object *a = json_object_array_get_idx(arts, i);
		struct json_object *roles = member(a, "roles", json_type_array);
		size_t nroles = roles ? json_object_array_length(roles) : 0;
		for (size_t r = 0; r < nroles; r++) {
			const char *role =
			    json_object_get_string(json_object_array_get_idx(roles, r));
			char *file;
			if (role && !strcmp(role, "analysisTarget") &&
			    (file = artifact_path(in, member(a, "location", json_type_object))))
				strvec_push_owned(&in->targets, file);
		}
	}
}

static bool read_run(struct sarif_input *in, struct json_object *log, const char **why)
{
	struct json_object *runs = member(log, "runs", json_type_array);
	const char *version = member_str(log, "version");
	if (!version || strcmp(version, "2.1.0") || !runs || json_object_array_length(runs) != 1) {
		*why = "not a SARIF 2.1.0 log with one run";
		return false;
	}
	struct json_object *run = json_object_array_get_idx(runs, 0);
	const char *root = member_str(member(member(run, "originalUriBaseIds", json_type_object),
	                                     "%SRCROOT%", json_type_object),
	                              "uri");
	char *decoded = root && !strncmp(root, "file://", 7) ? uri_decode(root + 7) : NULL;
	if (decoded)
		in->srcroot = path_absolute("/", decoded);
	free(decoded);
	in->automation_id =
	    dup_or_null(member_str(member(run, "automationDetails", json_type_object), "id"));
	if (!read_rules(
	        in, member(member(run, "tool", json_type_object), "driver", json_type_object))) {
		*why = "tool.driver.rules missing or a rule without id";
		return false;
	}
	struct json_object *results = member(run, "results", json_type_array);
	if (!results) {
		*why = "no results array";
		return false;
	}
	size_t n = json_object_array_length(results);
	in->fingerprints = xcalloc(n, sizeof(char *));
	in->line_hashes = xcalloc(n, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		if (!read_result(in, json_object_array_get_idx(results, i), i)) {
			*why = "a result without a known ruleId, message or location";
			return false;
		}
	}
	read_targets(in, run);
	read_invocations(in, run);
	return true;
}

/* Does any string (value or key) below `v` hold a NUL byte?  json-c keeps
 * "\u0000" inside a string; C strings would silently cut it there. */
static bool has_nul_string(struct json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_string:
		return strlen(json_object_get_string(v)) != (size_t)json_object_get_string_len(v);
	case json_type_array:
		for (size_t i = 0; i < json_object_array_length(v); i++)
			if (has_nul_string(json_object_array_get_idx(v, i)))
				return true;
		return false;
	case json_type_object: {
		json_object_object_foreach(v, key, val)
		{
			(void)key;
			if (has_nul_string(val))
				return true;
		}
		return false;
	}
	default:
		return false;
	}
}

bool sarif_read(const char *path, const char *what, struct sarif_input *in)
{
	*in = (struct sarif_input){.execution_successful = true};
	struct json_object *log;
	if (!json_read_file(path, what, JSON_DEPTH_SARIF, &log))
		return false;
	const char *why = NULL;
	bool ok = json_object_is_type(log, json_type_object);
	if (ok && has_nul_string(log)) {
		why = "a string holds \\u0000";
		ok = false;
	}
	ok = ok && read_run(in, log, &why);
	if (!ok) {
		error_msg("malformed %s (%s): %s", what, why ? why : "not a JSON object", path);
		sarif_input_free(in);
	}
	json_object_put(log);
	return ok;
}

void sarif_input_free(struct sarif_input *in)
{
	for (size_t i = 0; i < in->findings.n; i++) {
		free(in->fingerprints[i]);
		free(in->line_hashes[i]);
	}
	free(in->fingerprints);
	free(in->line_hashes);
	finding_list_free(&in->findings);
	for (int i = 0; i < in->nrules; i++)
		rule_free_fields(&in->rules[i]);
	free(in->rules);
	free(in->srcroot);
	strvec_free(&in->targets);
	notice_list_free(&in->notices);
	free(in->automation_id);
	strmap_free(&in->rule_ids);
	*in = (struct sarif_input){0};
}
