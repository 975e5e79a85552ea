/* Reading a summaries document (docs/summaries.md, format 3) into the
 * link's model.  Every field is checked as it is read: the format and the
 * version of this binary, the types, the regions (named by the rule set),
 * and every reference (`pN` within the enclosing function's parameters,
 * `sN` within the TU's inputs, a result input naming a call that exists).
 * The first problem stops the read with one line naming the document:
 * "summaries document (<reason>): <path>".  Nothing of a bad document is
 * used, so a link never reports from part of the program. */
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

#define LK_FORMAT "xlatcheck-summaries/3"

/* Where the reader is: the reference checks need the enclosing function
 * and the TU's input count. */
struct rd {
	struct link_program *p;
	const char *path;
	struct lk_doc *doc;
	size_t nparams; /* of the function being read; LK_NONE at top level */
	bool failed;
};

static bool bad(struct rd *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool bad(struct rd *r, const char *fmt, ...)
{
	if (!r->failed) {
		va_list ap;
		va_start(ap, fmt);
		char *why = xvasprintf(fmt, ap);
		va_end(ap);
		error_msg("summaries document (%s): %s", why, r->path);
		free(why);
	}
	r->failed = true;
	return false;
}

size_t lk_intern(struct lk_names *nm, const char *s)
{
	size_t id = strmap_get(&nm->map, s);
	if (id != STRMAP_NONE)
		return id;
	strvec_push(&nm->v, s);
	return strmap_add(&nm->map, nm->v.v[nm->v.n - 1], nm->v.n - 1);
}

/* ---- typed members ------------------------------------------------------ */

static json_object *get(struct rd *r, json_object *o, const char *key, json_type t, bool need)
{
	json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !v) {
		if (need)
			bad(r, "no \"%s\"", key);
		return NULL;
	}
	if (!json_object_is_type(v, t)) {
		bad(r, "\"%s\" is not %s", key, json_type_to_name(t));
		return NULL;
	}
	return v;
}

static const char *get_str(struct rd *r, json_object *o, const char *key, bool need)
{
	json_object *v = get(r, o, key, json_type_string, need);
	return v ? json_object_get_string(v) : NULL;
}

static size_t get_usr(struct rd *r, json_object *o, const char *key)
{
	const char *s = get_str(r, o, key, true);
	return s ? lk_intern(&r->p->names, s) : LK_NONE;
}

/* A `void *` slot's cell for one type (docs/summaries.md, "Slots"): its
 * USR and the type, interned together; the field's own cell without one. */
static size_t get_cell(struct rd *r, json_object *o, size_t usr)
{
	const char *type = get_str(r, o, "type", false);
	if (!type || usr == LK_NONE)
		return usr;
	char *key = xasprintf("%s %s", r->p->names.v.v[usr], type);
	size_t id = lk_intern(&r->p->names, key);
	free(key);
	return id;
}

static unsigned get_uint(struct rd *r, json_object *o, const char *key)
{
	json_object *v = get(r, o, key, json_type_int, true);
	int64_t n = v ? json_object_get_int64(v) : 0;
	if (v && (n < 0 || n > INT32_MAX))
		bad(r, "\"%s\" is out of range", key);
	return n > 0 && n <= INT32_MAX ? (unsigned)n : 0;
}

static size_t array_len(json_object *a)
{
	return a ? json_object_array_length(a) : 0;
}

static bool read_loc(struct rd *r, json_object *o, struct xc_loc *loc)
{
	if (!o || !json_object_is_type(o, json_type_object))
		return bad(r, "a location is not an object");
	const char *file = get_str(r, o, "file", true);
	loc->file = xstrdup(file ? file : "");
	loc->line = get_uint(r, o, "line");
	loc->col = get_uint(r, o, "column");
	loc->end_line = loc->line;
	loc->end_col = loc->col;
	return !r->failed;
}

/* ---- paths and values ------------------------------------------------- */

static bool step_kind_named(const char *name, enum step_kind *out)
{
	/* The format's short names, and the reporters' names. */
	static const struct {
		const char *name;
		enum step_kind kind;
	} alias[] = {{"assign", STEP_ASSIGN},
	             {"param", STEP_PARAM},
	             {"store", STEP_FIELD_STORE},
	             {"load", STEP_FIELD_LOAD}};
	for (size_t i = 0; i < NELEMS(alias); i++)
		if (!strcmp(alias[i].name, name))
			return *out = alias[i].kind, true;
	for (int k = STEP_SOURCE; k <= STEP_CONSUMER; k++)
		if (!strcmp(step_kind_name((enum step_kind)k), name))
			return *out = (enum step_kind)k, true;
	return false;
}

static void read_path(struct rd *r, json_object *o, struct lk_path *path)
{
	json_object *a = get(r, o, "path", json_type_array, false);
	path->n = array_len(a);
	path->v = xcalloc(path->n, sizeof(*path->v));
	for (size_t i = 0; i < path->n && !r->failed; i++) {
		json_object *s = json_object_array_get_idx(a, i);
		struct path_step *st = &path->v[i];
		if (!read_loc(r, s, &st->loc))
			return;
		const char *kind = get_str(r, s, "kind", true);
		const char *msg = get_str(r, s, "message", true);
		st->message = xstrdup(msg ? msg : "");
		if (kind && !step_kind_named(kind, &st->kind))
			bad(r, "unknown step kind '%s'", kind);
	}
}

static int region_named(struct rd *r, json_object *v)
{
	const char *name =
	    v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
	int reg = name ? rules_region_index(r->p->rs, name) : -1;
	if (reg < 0)
		bad(r, "region '%s' is not in the rules", name ? name : "?");
	return reg;
}

static regionset read_regions(struct rd *r, json_object *o)
{
	json_object *a = get(r, o, "regions", json_type_array, false);
	if (!a)
		return ~(regionset)0; /* no guard narrowed it */
	regionset set = 0;
	for (size_t i = 0; i < array_len(a) && !r->failed; i++) {
		int reg = region_named(r, json_object_array_get_idx(a, i));
		set |= reg >= 0 ? (regionset)1 << reg : 0;
	}
	return set;
}

/* "p3" or "s0", checked against the function's parameters and the TU's
 * inputs. */
static void read_input_ref(struct rd *r, const char *ref, struct lk_taint *t)
{
	char *end;
	unsigned long n = strtoul(ref + (ref[0] ? 1 : 0), &end, 10);
	t->is_param = ref[0] == 'p';
	t->input = (unsigned)n;
	if ((ref[0] != 'p' && ref[0] != 's') || end == ref + 1 || *end)
		bad(r, "bad input '%s'", ref);
	else if (t->is_param && (r->nparams == LK_NONE || n >= r->nparams))
		bad(r, "input '%s' names no parameter", ref);
	else if (!t->is_param && n >= r->doc->ninputs)
		bad(r, "input '%s' does not exist", ref);
}

static void read_taint(struct rd *r, json_object *o, struct lk_taint *t)
{
	if (!o || !json_object_is_type(o, json_type_object)) {
		bad(r, "a taint is not an object");
		return;
	}
	json_object *reg;
	const char *input = get_str(r, o, "input", false);
	if (input) {
		t->region = -1;
		read_input_ref(r, input, t);
		t->mask = read_regions(r, o);
	} else if (json_object_object_get_ex(o, "region", &reg)) {
		t->region = region_named(r, reg);
		t->mask = ~(regionset)0;
	} else {
		bad(r, "a taint has neither \"region\" nor \"input\"");
	}
	read_path(r, o, &t->path);
}

static void read_value(struct rd *r, json_object *a, struct lk_value *v)
{
	if (a && !json_object_is_type(a, json_type_array)) {
		bad(r, "a value is not an array");
		return;
	}
	v->n = array_len(a);
	v->v = xcalloc(v->n, sizeof(*v->v));
	for (size_t i = 0; i < v->n && !r->failed; i++)
		read_taint(r, json_object_array_get_idx(a, i), &v->v[i]);
}

/* ---- functions -------------------------------------------------------- */

static void read_call(struct rd *r, json_object *o, struct lk_call *c)
{
	json_object *callee = get(r, o, "callee", json_type_object, true);
	const char *fn = callee ? get_str(r, callee, "function", false) : NULL;
	const char *slot = callee ? get_str(r, callee, "slot", false) : NULL;
	if (callee && !fn == !slot)
		bad(r, "a callee names neither one function nor one slot");
	c->slot = slot != NULL;
	c->callee = fn || slot ? lk_intern(&r->p->names, fn ? fn : slot) : LK_NONE;
	const char *name = get_str(r, o, "name", false);
	c->name = xstrdup(name ? name : "?");
	json_object *at;
	if (json_object_object_get_ex(o, "at", &at))
		read_loc(r, at, &c->at);
	else
		bad(r, "a call has no \"at\"");
	const char *via = get_str(r, o, "via", false);
	c->via = via ? xstrdup(via) : NULL;
	const char *result = get_str(r, o, "result", false);
	struct lk_taint t = {0};
	c->result = LK_NONE;
	if (result) {
		read_input_ref(r, result, &t);
		if (t.is_param)
			bad(r, "a call's result is '%s', not an input", result);
		c->result = t.input;
	}
	json_object *args = get(r, o, "args", json_type_array, false);
	c->nargs = array_len(args);
	c->args = xcalloc(c->nargs, sizeof(*c->args));
	for (size_t i = 0; i < c->nargs && !r->failed; i++)
		read_value(r, json_object_array_get_idx(args, i), &c->args[i]);
}

/* A sink ("sinks") or a store ("stores") of a function. */
static void read_use(struct rd *r, json_object *o, struct lk_use *u, bool sink)
{
	const char *input = get_str(r, o, "input", true);
	u->in.region = -1;
	if (input)
		read_input_ref(r, input, &u->in);
	u->in.mask = read_regions(r, o);
	read_path(r, o, &u->in.path);
	u->target = LK_NONE;
	if (!sink) {
		u->target = get_usr(r, o, "target");
		return;
	}
	const char *name = get_str(r, o, "sink", true), *family = get_str(r, o, "family", true);
	u->sink = xstrdup(name ? name : "");
	u->family = xstrdup(family ? family : "");
	json_object *at;
	if (json_object_object_get_ex(o, "at", &at))
		read_loc(r, at, &u->at);
	else
		bad(r, "a sink has no \"at\"");
}

static void read_uses(struct rd *r, json_object *fo, const char *key, struct lk_use **v, size_t *n)
{
	json_object *a = get(r, fo, key, json_type_array, false);
	*n = array_len(a);
	*v = xcalloc(*n, sizeof(**v));
	for (size_t i = 0; i < *n && !r->failed; i++)
		read_use(r, json_object_array_get_idx(a, i), &(*v)[i], !strcmp(key, "sinks"));
}

static void read_function(struct rd *r, json_object *o, struct lk_function *f)
{
	if (!json_object_is_type(o, json_type_object)) {
		bad(r, "a function is not an object");
		return;
	}
	f->usr = get_usr(r, o, "usr");
	const char *name = get_str(r, o, "name", true);
	f->name = xstrdup(name ? name : "?");
	json_object *st = get(r, o, "static", json_type_boolean, false);
	f->is_static = st && json_object_get_boolean(st);
	json_object *def, *ret;
	if (json_object_object_get_ex(o, "definition", &def))
		read_loc(r, def, &f->def);
	json_object *params = get(r, o, "params", json_type_array, false);
	f->nparams = r->nparams = array_len(params);
	if (json_object_object_get_ex(o, "returns", &ret))
		read_value(r, ret, &f->returns);
	read_uses(r, o, "sinks", &f->sinks, &f->nsinks);
	read_uses(r, o, "stores", &f->stores, &f->nstores);
	json_object *calls = get(r, o, "calls", json_type_array, false);
	f->ncalls = array_len(calls);
	f->calls = xcalloc(f->ncalls, sizeof(*f->calls));
	for (size_t i = 0; i < f->ncalls && !r->failed; i++) {
		json_object *c = json_object_array_get_idx(calls, i);
		if (!json_object_is_type(c, json_type_object))
			bad(r, "a call is not an object");
		else
			read_call(r, c, &f->calls[i]);
	}
	r->nparams = LK_NONE;
}

/* ---- the document ----------------------------------------------------- */

static void read_inputs(struct rd *r, json_object *doc)
{
	json_object *a = get(r, doc, "inputs", json_type_array, false);
	struct lk_doc *d = r->doc;
	d->ninputs = array_len(a);
	d->inputs = xcalloc(d->ninputs, sizeof(*d->inputs));
	for (size_t i = 0; i < d->ninputs && !r->failed; i++) {
		json_object *o = json_object_array_get_idx(a, i);
		struct lk_input *in = &d->inputs[i];
		const char *kind = json_object_is_type(o, json_type_object)
		                       ? get_str(r, o, "kind", true)
		                       : (bad(r, "an input is not an object"), NULL);
		if (!kind)
			return;
		in->fn = LK_NONE;
		if (!strcmp(kind, "result")) {
			in->kind = LK_RESULT;
			in->usr = get_usr(r, o, "function");
			in->call = get_uint(r, o, "call");
		} else if (!strcmp(kind, "global") || !strcmp(kind, "field")) {
			in->kind = kind[0] == 'g' ? LK_GLOBAL : LK_FIELD;
			in->usr = get_usr(r, o, "usr");
			in->cell = in->kind == LK_FIELD ? get_cell(r, o, in->usr) : in->usr;
		} else {
			bad(r, "unknown input kind '%s'", kind);
		}
	}
}

static optionset read_options(struct rd *r, json_object *doc)
{
	json_object *a = get(r, doc, "options", json_type_array, false);
	optionset set = 0;
	for (size_t i = 0; i < array_len(a); i++) {
		const char *name = json_object_get_string(json_object_array_get_idx(a, i));
		for (int k = 0; name && k < r->p->rs->noptions; k++)
			if (!strcmp(r->p->rs->options[k], name))
				set |= (optionset)1 << k;
	}
	return set;
}

static void read_top(struct rd *r, json_object *doc)
{
	struct lk_doc *d = r->doc;
	json_object *a = get(r, doc, "stores", json_type_array, false);
	d->nstores = array_len(a);
	d->stores = xcalloc(d->nstores, sizeof(*d->stores));
	for (size_t i = 0; i < d->nstores && !r->failed; i++) {
		json_object *o = json_object_array_get_idx(a, i), *v = NULL;
		d->stores[i].target = get_usr(r, o, "target");
		d->stores[i].cell = get_cell(r, o, d->stores[i].target);
		json_object_object_get_ex(o, "value", &v);
		read_value(r, v, &d->stores[i].value);
	}
	a = get(r, doc, "address_taken", json_type_array, false);
	d->ntaken = array_len(a);
	d->taken = xcalloc(d->ntaken, sizeof(*d->taken));
	for (size_t i = 0; i < d->ntaken && !r->failed; i++) {
		json_object *o = json_object_array_get_idx(a, i), *at;
		d->taken[i].slot = get_usr(r, o, "slot");
		d->taken[i].function = get_usr(r, o, "function");
		if (json_object_object_get_ex(o, "at", &at))
			read_loc(r, at, &d->taken[i].at);
	}
}

/* A result input names a call of a function of this document. */
static void check_results(struct rd *r)
{
	struct lk_doc *d = r->doc;
	for (size_t i = 0; i < d->ninputs && !r->failed; i++) {
		struct lk_input *in = &d->inputs[i];
		if (in->kind != LK_RESULT)
			continue;
		for (size_t k = d->first_fn; k < d->first_fn + d->nfns; k++)
			if (r->p->fns[k].usr == in->usr)
				in->fn = k;
		if (in->fn == LK_NONE || in->call >= r->p->fns[in->fn].ncalls)
			bad(r, "input s%zu names a call that does not exist", i);
	}
}

static bool check_header(struct rd *r, json_object *doc)
{
	if (!json_object_is_type(doc, json_type_object))
		return bad(r, "not an object");
	const char *format = get_str(r, doc, "format", false);
	if (!format || strcmp(format, LK_FORMAT))
		return bad(r, "format '%s', not " LK_FORMAT, format ? format : "none");
	const char *version = get_str(r, doc, "version", false);
	if (!version || strcmp(version, XLATCHECK_VERSION))
		return bad(r,
		           "written by xlatcheck %s, this is " XLATCHECK_VERSION
		           ": run the per-TU pass again",
		           version ? version : "of unknown version");
	return true;
}

static struct lk_doc *new_doc(struct link_program *p)
{
	if (p->ndocs == p->capdocs) {
		p->capdocs = p->capdocs ? 2 * p->capdocs : 64;
		p->docs = xrealloc(p->docs, p->capdocs * sizeof(*p->docs));
	}
	struct lk_doc *d = &p->docs[p->ndocs];
	memset(d, 0, sizeof(*d));
	return d;
}

static void read_functions(struct rd *r, json_object *doc)
{
	struct link_program *p = r->p;
	json_object *a = get(r, doc, "functions", json_type_array, false);
	size_t n = array_len(a);
	if (p->nfns + n > p->capfns) {
		p->capfns = (p->nfns + n) * 2;
		p->fns = xrealloc(p->fns, p->capfns * sizeof(*p->fns));
	}
	r->doc->first_fn = p->nfns;
	if (n) /* p->fns is still NULL when no document had a function yet */
		memset(&p->fns[p->nfns], 0, n * sizeof(*p->fns));
	r->doc->nfns = n;
	for (size_t i = 0; i < n && !r->failed; i++) {
		p->fns[p->nfns + i].doc = p->ndocs;
		read_function(r, json_object_array_get_idx(a, i), &p->fns[p->nfns + i]);
	}
}

void lk_value_free(struct lk_value *v)
{
	for (size_t i = 0; i < v->n; i++)
		path_steps_free(v->v[i].path.v, v->v[i].path.n);
	free(v->v);
}

bool lk_read_doc(struct link_program *p, const char *path)
{
	json_object *doc;
	if (!json_read_file(path, "summaries document", JSON_DEPTH_SARIF, &doc))
		return false;
	struct rd r = {.p = p, .path = path, .doc = new_doc(p), .nparams = LK_NONE};
	if (check_header(&r, doc)) {
		const char *tu = get_str(&r, doc, "tu", true);
		r.doc->path = xstrdup(path);
		r.doc->tu = xstrdup(tu ? tu : "");
		json_object *module = get(&r, doc, "module", json_type_boolean, false);
		r.doc->module = module && json_object_get_boolean(module);
		r.doc->options = read_options(&r, doc);
		read_inputs(&r, doc);
		read_functions(&r, doc);
		read_top(&r, doc);
		check_results(&r);
	}
	json_object_put(doc);
	/* A bad document is counted too, so that link_free() frees what was
	 * read of it; the caller uses no part of a program that failed. */
	p->nfns += r.doc->nfns;
	p->ndocs++;
	return !r.failed;
}
