/* SARIF 2.1.0 output: one run, shaped for GitHub code scanning (see
 * ../shared/design/anchors.md section 4) and for `merge` and --baseline to
 * read back.  Keys are added in a fixed order and json-c keeps insertion
 * order, results come sorted, and nothing depends on time or -j: the same
 * input gives the same bytes. */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

#define SARIF_SCHEMA                                                                               \
	"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"                      \
	"sarif-schema-2.1.0.json"
#define SRCROOT_ID "%SRCROOT%"

static void put(struct json_object *obj, const char *key, struct json_object *val)
{
	json_object_object_add(obj, key, val);
}

/* Every string of the log goes through here: SARIF is UTF-8, and a
 * Latin-1 byte in a suppression reason or an input SARIF must not make
 * the whole file invalid. */
static struct json_object *string(const char *s)
{
	char *valid = utf8_sanitise(s);
	struct json_object *v = json_object_new_string(valid);
	free(valid);
	return v;
}

static void put_str(struct json_object *obj, const char *key, const char *s)
{
	put(obj, key, string(s));
}

static void put_int(struct json_object *obj, const char *key, int64_t v)
{
	put(obj, key, json_object_new_int64(v));
}

static struct json_object *message(const char *text)
{
	struct json_object *m = json_object_new_object();
	put_str(m, "text", text);
	return m;
}

/* RFC 3986 percent-encoding of a path: '/' stays a separator; ':' is
 * encoded so a relative reference never reads as a scheme. */
static char *uri_encode(const char *path)
{
	static const char keep[] = "-._~/+,=@";
	struct strbuf sb = {0};
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		             (*p >= '0' && *p <= '9') || strchr(keep, *p);
		if (plain)
			sb_appendn(&sb, (const char *)p, 1);
		else
			sb_printf(&sb, "%%%02X", *p);
	}
	return sb_steal(&sb);
}

static struct json_object *artifact_location(const struct report_model *m, const char *file)
{
	struct json_object *al = json_object_new_object();
	const char *rel = report_relative(m, file);
	char *enc = uri_encode(rel ? rel : file);
	if (rel) {
		put_str(al, "uri", enc);
		put_str(al, "uriBaseId", SRCROOT_ID);
	} else {
		char *uri = xasprintf("file://%s", enc);
		put_str(al, "uri", uri);
		free(uri);
	}
	free(enc);
	return al;
}

/* GitHub wants all four region numbers; endColumn is one past the end.
 * Columns are UTF-16 code units, as the run's columnKind says. */
static struct json_object *region(const struct xc_loc *loc, struct source_cache *src)
{
	unsigned line = loc->line ? loc->line : 1, col = loc->col ? loc->col : 1;
	unsigned end_line = loc->end_line >= line ? loc->end_line : line;
	unsigned end_col = loc->end_col;
	if (!loc->end_line || !end_col || (end_line == line && end_col <= col))
		end_col = col + 1;
	end_col = column_to_utf16(src, loc->file, end_line, end_col);
	col = column_to_utf16(src, loc->file, line, col);
	if (end_line == line && end_col <= col)
		end_col = col + 1;
	struct json_object *r = json_object_new_object();
	put_int(r, "startLine", line);
	put_int(r, "startColumn", col);
	put_int(r, "endLine", end_line);
	put_int(r, "endColumn", end_col);
	return r;
}

static struct json_object *physical_location(const struct report_model *m, const struct xc_loc *loc,
                                             struct source_cache *src)
{
	struct json_object *pl = json_object_new_object();
	put(pl, "artifactLocation", artifact_location(m, loc->file));
	put(pl, "region", region(loc, src));
	return pl;
}

static struct json_object *location(const struct report_model *m, const struct xc_loc *loc,
                                    const char *text, struct source_cache *src)
{
	struct json_object *l = json_object_new_object();
	put(l, "physicalLocation", physical_location(m, loc, src));
	if (text)
		put(l, "message", message(text));
	return l;
}

static const char *problem_severity(const char *level)
{
	if (!strcmp(level, "error"))
		return "error";
	if (!strcmp(level, "warning"))
		return "warning";
	return "recommendation";
}

static const char *rule_level(const struct rule *r)
{
	return r->level ? r->level : "warning";
}

static struct json_object *rule_descriptor(const struct rule *r, const char *help_uri_base)
{
	const char *full = r->full_description ? r->full_description : r->short_description;
	const char *help = r->help_text ? r->help_text : full;
	struct json_object *d = json_object_new_object();
	put_str(d, "id", r->id);
	if (r->name)
		put_str(d, "name", r->name);
	put(d, "shortDescription", message(r->short_description));
	put(d, "fullDescription", message(full));
	struct json_object *cfg = json_object_new_object();
	put_str(cfg, "level", rule_level(r));
	put(d, "defaultConfiguration", cfg);
	struct json_object *h = json_object_new_object();
	put_str(h, "text", help);
	put_str(h, "markdown", r->help_markdown ? r->help_markdown : help);
	put(d, "help", h);
	if (help_uri_base) {
		char *uri = xasprintf("%s%s.md", help_uri_base, r->id);
		put_str(d, "helpUri", uri);
		free(uri);
	}
	struct json_object *props = json_object_new_object();
	if (r->precision)
		put_str(props, "precision", r->precision);
	put_str(props, "problem.severity", problem_severity(rule_level(r)));
	if (r->security_severity)
		put_str(props, "security-severity", r->security_severity);
	struct json_object *tags = json_object_new_array();
	bool security = false;
	for (int i = 0; i < r->ntags; i++) {
		json_object_array_add(tags, string(r->tags[i]));
		security |= !strcmp(r->tags[i], "security");
	}
	/* GitHub reads security-severity only on rules tagged "security". */
	if (r->security_severity && !security)
		json_object_array_add(tags, string("security"));
	put(props, "tags", tags);
	put(d, "properties", props);
	return d;
}

static struct json_object *tool(const struct report_model *m, const char *help_uri_base)
{
	struct json_object *driver = json_object_new_object();
	put_str(driver, "name", XLATCHECK_TOOL_NAME);
	put_str(driver, "version", XLATCHECK_VERSION);
	put_str(driver, "semanticVersion", XLATCHECK_VERSION);
	struct json_object *rules = json_object_new_array();
	for (int i = 0; i < m->nrules; i++)
		json_object_array_add(rules, rule_descriptor(&m->rules[i], help_uri_base));
	put(driver, "rules", rules);
	struct json_object *t = json_object_new_object();
	put(t, "driver", driver);
	return t;
}

static struct json_object *code_flow(const struct report_model *m, const struct path_step *st,
                                     size_t n, struct source_cache *src)
{
	struct json_object *steps = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		struct json_object *tfl = json_object_new_object();
		put(tfl, "location", location(m, &st[i].loc, st[i].message, src));
		struct json_object *kinds = json_object_new_array();
		json_object_array_add(kinds, string(step_kind_name(st[i].kind)));
		put(tfl, "kinds", kinds);
		json_object_array_add(steps, tfl);
	}
	struct json_object *thread = json_object_new_object();
	put(thread, "locations", steps);
	struct json_object *threads = json_object_new_array();
	json_object_array_add(threads, thread);
	struct json_object *flow = json_object_new_object();
	put(flow, "threadFlows", threads);
	return flow;
}

/* One code flow per call path: a grouped finding (report/group.c) has its
 * first path, then one per other call site. */
static struct json_object *code_flows(const struct report_model *m, const struct finding *f,
                                      struct source_cache *src)
{
	struct json_object *flows = json_object_new_array();
	json_object_array_add(flows, code_flow(m, f->steps, f->nsteps, src));
	for (size_t k = 0; k < f->nalso; k++)
		json_object_array_add(flows,
		                      code_flow(m, f->also[k].steps, f->also[k].nsteps, src));
	return flows;
}

/* The finding's fix: one replacement of the callee's name. */
static struct json_object *fixes(const struct report_model *m, const struct finding *f,
                                 struct source_cache *src)
{
	struct json_object *rep = json_object_new_object();
	put(rep, "deletedRegion", region(&f->fix_loc, src));
	put(rep, "insertedContent", message(f->fix_with));
	struct json_object *reps = json_object_new_array();
	json_object_array_add(reps, rep);
	struct json_object *change = json_object_new_object();
	put(change, "artifactLocation", artifact_location(m, f->fix_loc.file));
	put(change, "replacements", reps);
	struct json_object *changes = json_object_new_array();
	json_object_array_add(changes, change);
	struct json_object *fix = json_object_new_object();
	char *text = xasprintf("Replace %s() with %s()", f->fix_from, f->fix_with);
	put(fix, "description", message(text));
	free(text);
	put(fix, "artifactChanges", changes);
	struct json_object *list = json_object_new_array();
	json_object_array_add(list, fix);
	return list;
}

static struct json_object *related_locations(const struct report_model *m, const struct finding *f,
                                             struct source_cache *src)
{
	struct json_object *related = json_object_new_array();
	for (size_t i = 0; i < f->nsteps; i++) {
		struct json_object *l = json_object_new_object();
		put_int(l, "id", (int64_t)i + 1);
		put(l, "physicalLocation", physical_location(m, &f->steps[i].loc, src));
		put(l, "message", message(f->steps[i].message));
		json_object_array_add(related, l);
	}
	for (size_t k = 0; k < f->nalso; k++) { /* the other call sites of a group */
		struct json_object *l = json_object_new_object();
		put_int(l, "id", (int64_t)(f->nsteps + k) + 1);
		put(l, "physicalLocation", physical_location(m, &f->also[k].loc, src));
		put(l, "message", message("also reached from this call"));
		json_object_array_add(related, l);
	}
	return related;
}

static struct json_object *suppressions(const struct report_model *m, const struct finding *f,
                                        struct source_cache *src)
{
	struct json_object *list = json_object_new_array();
	if (f->suppression == SUPPRESSION_NONE)
		return list;
	struct json_object *s = json_object_new_object();
	put_str(s, "kind", f->suppression == SUPPRESSION_IN_SOURCE ? "inSource" : "external");
	if (f->justification && *f->justification)
		put_str(s, "justification", f->justification);
	if (f->suppression_line) {
		struct xc_loc at = {.file = f->loc.file, .line = f->suppression_line, .col = 1};
		put(s, "location", location(m, &at, NULL, src));
	}
	json_object_array_add(list, s);
	return list;
}

static const char *baseline_state_name(enum baseline_state b)
{
	switch (b) {
	case BASELINE_UNCHANGED:
		return "unchanged";
	case BASELINE_UPDATED:
		return "updated";
	case BASELINE_ABSENT:
		return "absent";
	default:
		return "new";
	}
}

static struct json_object *result(const struct report_model *m, const struct finding *f,
                                  const char *fingerprint, struct line_hashes *lh,
                                  struct source_cache *src)
{
	struct json_object *r = json_object_new_object();
	put_str(r, "ruleId", f->rule->id);
	put_int(r, "ruleIndex", f->rule - m->rules);
	put_str(r, "level", rule_level(f->rule));
	put(r, "message", message(f->message));
	struct json_object *locs = json_object_new_array();
	json_object_array_add(locs, location(m, &f->loc, NULL, src));
	put(r, "locations", locs);
	if (f->nsteps) {
		put(r, "relatedLocations", related_locations(m, f, src));
		put(r, "codeFlows", code_flows(m, f, src));
	}
	if (f->fix_with)
		put(r, "fixes", fixes(m, f, src));
	struct json_object *fp = json_object_new_object();
	const char *line_hash = line_hash_get(lh, f->loc.file, f->loc.line);
	if (line_hash)
		put_str(fp, "primaryLocationLineHash", line_hash);
	put_str(fp, XLATCHECK_FINGERPRINT_KEY, fingerprint);
	put(r, "partialFingerprints", fp);
	/* The spec wants all results with suppressions or none. */
	put(r, "suppressions", suppressions(m, f, src));
	if (m->baseline_given)
		put_str(r, "baselineState", baseline_state_name(f->baseline));
	struct json_object *props = json_object_new_object();
	if (f->region)
		put_str(props, "region", f->region);
	if (f->sink)
		put_str(props, "sink", f->sink);
	if (f->function)
		put_str(props, "function", f->function);
	if (f->hint)
		put_str(props, "hint", f->hint);
	put(r, "properties", props);
	return r;
}

static void add_results(struct json_object *results, const struct report_model *m,
                        const struct finding_list *fl, const struct sarif_write_options *o,
                        struct line_hashes *lh)
{
	char **fp = fingerprints_compute(m, fl);
	for (size_t i = 0; i < fl->n; i++) {
		const struct finding *f = &fl->v[i];
		bool hidden = f->suppression != SUPPRESSION_NONE || f->baseline == BASELINE_ABSENT;
		if (!(o->for_upload && hidden))
			json_object_array_add(results, result(m, f, fp[i], lh, o->sources));
	}
	fingerprints_free(fp, fl->n);
}

/* Every file the run names, sorted by path, with what it was to the run. */
struct artifact {
	const char *file;
	bool target, result;
};

static int artifact_cmp(const void *a, const void *b)
{
	return strcmp(((const struct artifact *)a)->file, ((const struct artifact *)b)->file);
}

static void artifact_note(struct artifact **v, size_t *n, const char *file, bool target)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = (struct artifact){.file = file, .target = target, .result = !target};
}

static void artifacts_note_findings(struct artifact **v, size_t *n, const struct finding_list *fl)
{
	for (size_t i = 0; i < fl->n; i++) {
		artifact_note(v, n, fl->v[i].loc.file, false);
		for (size_t s = 0; s < fl->v[i].nsteps; s++)
			artifact_note(v, n, fl->v[i].steps[s].loc.file, false);
	}
}

static struct json_object *artifacts(const struct report_model *m)
{
	struct artifact *v = NULL;
	size_t n = 0;
	for (size_t i = 0; i < m->targets.n; i++)
		artifact_note(&v, &n, m->targets.v[i], true);
	artifacts_note_findings(&v, &n, &m->findings);
	artifacts_note_findings(&v, &n, &m->absent);
	if (n)
		qsort(v, n, sizeof(*v), artifact_cmp);

	struct json_object *list = json_object_new_array();
	for (size_t i = 0; i < n;) {
		struct artifact a = v[i++];
		for (; i < n && !strcmp(v[i].file, a.file); i++) {
			a.target |= v[i].target;
			a.result |= v[i].result;
		}
		struct json_object *art = json_object_new_object();
		put(art, "location", artifact_location(m, a.file));
		struct json_object *roles = json_object_new_array();
		if (a.target)
			json_object_array_add(roles, string("analysisTarget"));
		if (a.result)
			json_object_array_add(roles, string("resultFile"));
		put(art, "roles", roles);
		json_object_array_add(list, art);
	}
	free(v);
	return list;
}

static struct json_object *invocations(const struct report_model *m)
{
	struct json_object *notes = json_object_new_array();
	for (size_t i = 0; i < m->notices.n; i++) {
		const struct notice *nt = &m->notices.v[i];
		struct json_object *n = json_object_new_object();
		put_str(n, "level", nt->level);
		put(n, "message", message(nt->text));
		if (nt->file) {
			struct json_object *pl = json_object_new_object();
			put(pl, "artifactLocation", artifact_location(m, nt->file));
			struct json_object *l = json_object_new_object();
			put(l, "physicalLocation", pl);
			struct json_object *locs = json_object_new_array();
			json_object_array_add(locs, l);
			put(n, "locations", locs);
		}
		struct json_object *desc = json_object_new_object();
		put_str(desc, "id", nt->id);
		put(n, "descriptor", desc);
		json_object_array_add(notes, n);
	}
	struct json_object *inv = json_object_new_object();
	put(inv, "executionSuccessful", json_object_new_boolean(m->execution_successful));
	put(inv, "toolExecutionNotifications", notes);
	struct json_object *list = json_object_new_array();
	json_object_array_add(list, inv);
	return list;
}

char *sarif_render(const struct report_model *m, const struct sarif_write_options *o,
                   struct line_hashes *lh)
{
	struct json_object *run = json_object_new_object();
	put(run, "tool", tool(m, o->help_uri_base));
	if (o->automation_id) {
		struct json_object *ad = json_object_new_object();
		put_str(ad, "id", o->automation_id);
		put(run, "automationDetails", ad);
	}
	struct json_object *base = json_object_new_object();
	char *enc = uri_encode(m->srcroot);
	char *root_uri = xasprintf("file://%s%s", enc, strcmp(m->srcroot, "/") ? "/" : "");
	put_str(base, "uri", root_uri);
	put(base, "description", message("The root of the analysed source tree (--srcroot)."));
	free(root_uri);
	free(enc);
	struct json_object *bases = json_object_new_object();
	put(bases, SRCROOT_ID, base);
	put(run, "originalUriBaseIds", bases);
	put(run, "artifacts", artifacts(m));
	put(run, "invocations", invocations(m));
	struct json_object *results = json_object_new_array();
	add_results(results, m, &m->findings, o, lh);
	add_results(results, m, &m->absent, o, lh);
	put(run, "results", results);
	put_str(run, "columnKind", "utf16CodeUnits");

	struct json_object *log = json_object_new_object();
	put_str(log, "$schema", SARIF_SCHEMA);
	put_str(log, "version", "2.1.0");
	struct json_object *runs = json_object_new_array();
	json_object_array_add(runs, run);
	put(log, "runs", runs);

	const char *text =
	    json_object_to_json_string_ext(log, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
	                                            JSON_C_TO_STRING_NOSLASHESCAPE);
	char *out = xasprintf("%s\n", text);
	json_object_put(log);
	return out;
}
