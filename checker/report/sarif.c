/* SARIF 2.1.0 output: one run, shaped for GitHub code scanning (see
 * ../shared/design/anchors.md section 4) and for `merge` and --baseline to
 * read back.  Keys are added in a fixed order and json-c keeps insertion
 * order, results come sorted, and nothing depends on time or -j: the same
 * input gives the same bytes.  The log is streamed to its file item by
 * item (see "the document, streamed" below): the memory the writer needs
 * does not grow with the size of the log. */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "output.h"
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
/* ---- the document, streamed ----------------------------------------------
 * The log is written as it is made: the envelope by the emitter below, and
 * each rule, artifact, notification and result built as a json-c object,
 * serialised, written and freed on its own.  So the memory the writer needs
 * is that of the largest single item, not of the whole log (150,000 rules
 * took 1.75 GB as one json-c tree).  The emitter reproduces json-c's
 * pretty-printing (two spaces per level, "key": value, "[\n" and "\n]"
 * around members, also for an empty container), so the bytes are the same
 * as one json_object_to_json_string_ext() of the whole log would give. */

#define JSON_FLAGS                                                                                 \
	(JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE)

struct emitter {
	struct output *out;
	int depth;  /* containers open */
	bool first; /* the innermost one has no member yet */
};

static void emit(struct emitter *e, const char *s, size_t n)
{
	output_append(e->out, s, n);
}

static void emit_newline(struct emitter *e)
{
	static const char spaces[] = "\n                                ";
	size_t n = 2 * (size_t)e->depth;
	emit(e, spaces, 1);
	for (; n > sizeof(spaces) - 2; n -= sizeof(spaces) - 2)
		emit(e, spaces + 1, sizeof(spaces) - 2);
	emit(e, spaces + 1, n);
}

/* The start of a member: the separator, the indent and, in an object, the
 * key (the envelope's keys are plain words: nothing to escape). */
static void emit_member(struct emitter *e, const char *key)
{
	if (e->depth) {
		if (!e->first)
			emit(e, ",", 1);
		emit_newline(e);
	}
	e->first = false;
	if (key) {
		emit(e, "\"", 1);
		emit(e, key, strlen(key));
		emit(e, "\": ", 3);
	}
}

static void emit_open(struct emitter *e, const char *key, const char *bracket)
{
	emit_member(e, key);
	emit(e, bracket, 1);
	e->depth++;
	e->first = true;
}

static void emit_close(struct emitter *e, const char *bracket)
{
	e->depth--;
	emit_newline(e);
	emit(e, bracket, 1);
	e->first = false;
}

/* A member whose value json-c serialises; `v` is freed.  Its lines are
 * indented to where it stands (a JSON string never holds a raw newline). */
static void emit_value(struct emitter *e, const char *key, struct json_object *v)
{
	emit_member(e, key);
	const char *text = json_object_to_json_string_ext(v, JSON_FLAGS);
	for (const char *nl; (nl = strchr(text, '\n')); text = nl + 1) {
		emit(e, text, (size_t)(nl - text));
		emit_newline(e);
	}
	emit(e, text, strlen(text));
	json_object_put(v);
}

static void emit_tool(struct emitter *e, const struct report_model *m, const char *help_uri_base)
{
	emit_open(e, "tool", "{");
	emit_open(e, "driver", "{");
	emit_value(e, "name", string(XLATCHECK_TOOL_NAME));
	emit_value(e, "version", string(XLATCHECK_VERSION));
	emit_value(e, "semanticVersion", string(XLATCHECK_VERSION));
	emit_open(e, "rules", "[");
	for (int i = 0; i < m->nrules; i++)
		emit_value(e, NULL, rule_descriptor(&m->rules[i], help_uri_base));
	emit_close(e, "]");
	emit_close(e, "}");
	emit_close(e, "}");
}

static void emit_results(struct emitter *e, const struct report_model *m,
                         const struct finding_list *fl, const struct sarif_write_options *o,
                         struct line_hashes *lh)
{
	char **fp = fingerprints_compute(m, fl);
	for (size_t i = 0; i < fl->n; i++) {
		const struct finding *f = &fl->v[i];
		bool hidden = f->suppression != SUPPRESSION_NONE || f->baseline == BASELINE_ABSENT;
		if (!(o->for_upload && hidden))
			emit_value(e, NULL, result(m, f, fp[i], lh, o->sources));
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

static struct json_object *artifact(const struct report_model *m, const struct artifact *a)
{
	struct json_object *art = json_object_new_object();
	put(art, "location", artifact_location(m, a->file));
	struct json_object *roles = json_object_new_array();
	if (a->target)
		json_object_array_add(roles, string("analysisTarget"));
	if (a->result)
		json_object_array_add(roles, string("resultFile"));
	put(art, "roles", roles);
	return art;
}

static void emit_artifacts(struct emitter *e, const struct report_model *m)
{
	struct artifact *v = NULL;
	size_t n = 0;
	for (size_t i = 0; i < m->targets.n; i++)
		artifact_note(&v, &n, m->targets.v[i], true);
	artifacts_note_findings(&v, &n, &m->findings);
	artifacts_note_findings(&v, &n, &m->absent);
	if (n)
		qsort(v, n, sizeof(*v), artifact_cmp);

	emit_open(e, "artifacts", "[");
	for (size_t i = 0; i < n;) {
		struct artifact a = v[i++];
		for (; i < n && !strcmp(v[i].file, a.file); i++) {
			a.target |= v[i].target;
			a.result |= v[i].result;
		}
		emit_value(e, NULL, artifact(m, &a));
	}
	emit_close(e, "]");
	free(v);
}

static struct json_object *notification(const struct report_model *m, const struct notice *nt)
{
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
	return n;
}

static void emit_invocations(struct emitter *e, const struct report_model *m)
{
	emit_open(e, "invocations", "[");
	emit_open(e, NULL, "{");
	emit_value(e, "executionSuccessful", json_object_new_boolean(m->execution_successful));
	emit_open(e, "toolExecutionNotifications", "[");
	for (size_t i = 0; i < m->notices.n; i++)
		emit_value(e, NULL, notification(m, &m->notices.v[i]));
	emit_close(e, "]");
	emit_close(e, "}");
	emit_close(e, "]");
}

static struct json_object *original_uri_base_ids(const struct report_model *m)
{
	struct json_object *base = json_object_new_object();
	char *enc = uri_encode(m->srcroot);
	char *root_uri = xasprintf("file://%s%s", enc, strcmp(m->srcroot, "/") ? "/" : "");
	put_str(base, "uri", root_uri);
	put(base, "description", message("The root of the analysed source tree (--srcroot)."));
	free(root_uri);
	free(enc);
	struct json_object *bases = json_object_new_object();
	put(bases, SRCROOT_ID, base);
	return bases;
}

static void emit_run(struct emitter *e, const struct report_model *m,
                     const struct sarif_write_options *o, struct line_hashes *lh)
{
	emit_open(e, NULL, "{");
	emit_tool(e, m, o->help_uri_base);
	if (o->automation_id) {
		struct json_object *ad = json_object_new_object();
		put_str(ad, "id", o->automation_id);
		emit_value(e, "automationDetails", ad);
	}
	emit_value(e, "originalUriBaseIds", original_uri_base_ids(m));
	emit_artifacts(e, m);
	emit_invocations(e, m);
	emit_open(e, "results", "[");
	emit_results(e, m, &m->findings, o, lh);
	emit_results(e, m, &m->absent, o, lh);
	emit_close(e, "]");
	emit_value(e, "columnKind", string("utf16CodeUnits"));
	emit_close(e, "}");
}

void sarif_write(struct output *out, const struct report_model *m,
                 const struct sarif_write_options *o, struct line_hashes *lh)
{
	struct emitter e = {.out = out};
	emit_open(&e, NULL, "{");
	emit_value(&e, "$schema", string(SARIF_SCHEMA));
	emit_value(&e, "version", string("2.1.0"));
	emit_open(&e, "runs", "[");
	emit_run(&e, m, o, lh);
	emit_close(&e, "]");
	emit_close(&e, "}");
	emit(&e, "\n", 1);
}

bool sarif_write_file(const char *path, bool generated, const struct report_model *m,
                      const struct sarif_write_options *o, struct line_hashes *lh)
{
	struct output *out = generated ? output_open_generated(path) : output_open(path);
	if (!out)
		return false;
	sarif_write(out, m, o, lh);
	return output_close(out);
}
