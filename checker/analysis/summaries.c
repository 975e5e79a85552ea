/* The summaries writer: one JSON document per TU, format 3
 * (docs/summaries.md), for the link step.
 *
 * It says what the TU's functions do with pointers and every fact the TU
 * could not close: its inputs (sN: results of calls it cannot see into,
 * globals and fields as the whole program stores them), the calls it
 * leaves open, what it stores into each field and global.  Functions,
 * fields and globals are named by clang USR, regions by name (the link's
 * rule files may number them differently).  The output is deterministic:
 * every array is sorted, so a TU that did not change writes the same
 * bytes.  One line of compact JSON (`jq .` shows it indented). */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../report/output.h"
#include "../util.h"
#include "engine.h"

static json_object *usr_json(CXCursor c)
{
	CXString s = clang_getCursorUSR(c);
	json_object *o = json_object_new_string(clang_getCString(s));
	clang_disposeString(s);
	return o;
}

static json_object *str_json(const char *s)
{
	return json_object_new_string(s ? s : "");
}

static json_object *regions_json(const struct rule_set *rs, regionset set)
{
	json_object *arr = json_object_new_array();
	for (int r = 0; r < rs->nregions; r++)
		if (set & (1u << r))
			json_object_array_add(arr, json_object_new_string(rs->regions[r].name));
	return arr;
}

static json_object *loc_json(const struct xc_loc *loc)
{
	json_object *o = json_object_new_object();
	json_object_object_add(o, "file", str_json(loc->file));
	json_object_object_add(o, "line", json_object_new_int((int)loc->line));
	json_object_object_add(o, "column", json_object_new_int((int)loc->col));
	return o;
}

static json_object *path_json(const struct step *last)
{
	size_t n;
	const struct step **steps = path_steps(last, &n);
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "kind",
		                       json_object_new_string(step_kind_name(steps[i]->kind)));
		json_object_object_add(o, "file", str_json(steps[i]->loc.file));
		json_object_object_add(o, "line", json_object_new_int((int)steps[i]->loc.line));
		json_object_object_add(o, "column", json_object_new_int((int)steps[i]->loc.col));
		json_object_object_add(o, "message", str_json(steps[i]->message));
		json_object_array_add(arr, o);
	}
	free(steps);
	return arr;
}

/* "p0" or "s3" */
static json_object *input_name(unsigned char kind, int index)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%c%d", kind == TAINT_PARAM ? 'p' : 's', index);
	return json_object_new_string(buf);
}

/* The fields a parameter or input taint shares with a sink or store:
 * which input, the regions it may still be (absent: every non-linear
 * one, no guard narrowed it), the path from it. */
static void add_input_fields(struct engine *e, json_object *o, unsigned char kind, int index,
                             regionset mask, const struct step *path)
{
	json_object_object_add(o, "input", input_name(kind, index));
	if ((mask & e->all_nonlinear) != e->all_nonlinear)
		json_object_object_add(o, "regions", regions_json(e->rs, mask & e->all_nonlinear));
	json_object_object_add(o, "path", path_json(path));
}

/* Region taints first (by region), then parameters, then inputs. */
static int taint_order(const void *a, const void *b)
{
	const struct taint *x = *(const struct taint *const *)a,
	                   *y = *(const struct taint *const *)b;
	static const int rank[] = {[TAINT_REGION] = 0,
	                           [TAINT_PHYS] = 3,
	                           [TAINT_PARAM] = 1,
	                           [TAINT_INPUT] = 2,
	                           [TAINT_OBJ] = 4};
	if (rank[x->kind] != rank[y->kind])
		return rank[x->kind] - rank[y->kind];
	return x->bit < y->bit ? -1 : x->bit > y->bit;
}

/* VALUE: what a pointer may hold (a phys taint is no pointer: left out). */
static json_object *value_json(struct engine *e, value v)
{
	size_t n = 0;
	for (value t = v; t; t = t->next)
		n++;
	const struct taint **ts = xcalloc(n + 1, sizeof(*ts));
	n = 0;
	for (value t = v; t; t = t->next)
		if (t->kind != TAINT_PHYS)
			ts[n++] = t;
	qsort(ts, n, sizeof(*ts), taint_order);
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		json_object *o = json_object_new_object();
		if (ts[i]->kind == TAINT_REGION) {
			json_object_object_add(
			    o, "region", json_object_new_string(e->rs->regions[ts[i]->bit].name));
			json_object_object_add(o, "path", path_json(ts[i]->path));
		} else {
			add_input_fields(e, o, ts[i]->kind, (int)ts[i]->bit, ts[i]->mask,
			                 ts[i]->path);
		}
		json_object_array_add(arr, o);
	}
	free(ts);
	return arr;
}

/* Arrays of objects without a natural key: sorted by their text. */
static int cmp_text(const void *a, const void *b)
{
	json_object *x = *(json_object *const *)a, *y = *(json_object *const *)b;
	return strcmp(json_object_to_json_string_ext(x, JSON_C_TO_STRING_PLAIN),
	              json_object_to_json_string_ext(y, JSON_C_TO_STRING_PLAIN));
}

static int cmp_key(json_object *x, json_object *y, const char *key)
{
	json_object *kx = NULL, *ky = NULL;
	json_object_object_get_ex(x, key, &kx);
	json_object_object_get_ex(y, key, &ky);
	int c = strcmp(json_object_get_string(kx), json_object_get_string(ky));
	return c ? c : cmp_text(&x, &y);
}

static int cmp_usr(const void *a, const void *b)
{
	return cmp_key(*(json_object *const *)a, *(json_object *const *)b, "usr");
}

static int cmp_target(const void *a, const void *b)
{
	return cmp_key(*(json_object *const *)a, *(json_object *const *)b, "target");
}

/* ---- functions ---- */

static json_object *sinks_json(struct engine *e, const struct summary *s)
{
	json_object *arr = json_object_new_array();
	for (const struct param_sink *ps = s->sinks; ps; ps = ps->next) {
		json_object *o = json_object_new_object();
		add_input_fields(e, o, ps->kind, ps->param, ps->mask, ps->path);
		json_object_object_add(o, "sink", str_json(ps->sink_name));
		json_object_object_add(o, "family", str_json(ps->sink->family));
		json_object_object_add(o, "at", loc_json(&ps->loc));
		json_object_array_add(arr, o);
	}
	json_object_array_sort(arr, cmp_text);
	return arr;
}

static json_object *stores_json(struct engine *e, const struct summary *s)
{
	json_object *arr = json_object_new_array();
	for (const struct param_store *st = s->stores; st; st = st->next) {
		if (links_own_type(st->target))
			continue;
		json_object *o = json_object_new_object();
		add_input_fields(e, o, st->kind, st->param, st->mask, st->path);
		json_object_object_add(o, "target", usr_json(st->target));
		json_object_array_add(arr, o);
	}
	json_object_array_sort(arr, cmp_target);
	return arr;
}

static json_object *outs_json(struct engine *e, const struct summary *s)
{
	json_object *arr = json_object_new_array();
	for (const struct param_out *po = s->outs; po; po = po->next) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "param", json_object_new_int(po->param));
		json_object_object_add(o, "value", value_json(e, po->v));
		json_object_array_add(arr, o);
	}
	json_object_array_sort(arr, cmp_text);
	return arr;
}

static int call_order(const void *a, const void *b)
{
	const struct call_rec *x = *(const struct call_rec *const *)a,
	                      *y = *(const struct call_rec *const *)b;
	int c = strcmp(x->loc.file ? x->loc.file : "", y->loc.file ? y->loc.file : "");
	if (c)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	c = strcmp(x->name, y->name);
	if (c)
		return c;
	/* one macro expansion's calls share its location: the order the
	 * analysis met them */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The function's calls in their written order (by location): a result
 * input names its call by that index. */
static struct call_rec **sorted_calls(const struct summary *s, size_t *n)
{
	*n = 0;
	for (struct call_rec *r = s->calls; r; r = r->next)
		(*n)++;
	struct call_rec **v = xcalloc(*n + 1, sizeof(*v));
	size_t i = 0;
	for (struct call_rec *r = s->calls; r; r = r->next)
		v[i++] = r;
	qsort(v, *n, sizeof(*v), call_order);
	for (i = 0; i < *n; i++)
		v[i]->index = (int)i;
	return v;
}

static json_object *call_json(struct engine *e, const struct call_rec *r)
{
	json_object *o = json_object_new_object(), *callee = json_object_new_object();
	json_object_object_add(
	    callee, clang_getCursorKind(r->callee) == CXCursor_FunctionDecl ? "function" : "slot",
	    usr_json(r->callee));
	json_object_object_add(o, "callee", callee);
	json_object_object_add(o, "name", str_json(r->name));
	json_object_object_add(o, "at", loc_json(&r->loc));
	if (r->result >= 0)
		json_object_object_add(o, "result", input_name(TAINT_INPUT, r->result));
	if (r->via)
		json_object_object_add(o, "via", str_json(r->via));
	json_object *args = json_object_new_array();
	for (int i = 0; i < r->nargs; i++)
		json_object_array_add(args, value_json(e, r->args[i]));
	json_object_object_add(o, "args", args);
	return o;
}

static json_object *calls_json(struct engine *e, const struct summary *s)
{
	size_t n;
	struct call_rec **v = sorted_calls(s, &n);
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++)
		json_object_array_add(arr, call_json(e, v[i]));
	free(v);
	return arr;
}

static json_object *params_json(CXCursor def)
{
	json_object *arr = json_object_new_array();
	int n = clang_Cursor_getNumArguments(def);
	for (int i = 0; i < n; i++) {
		CXString s = clang_getCursorSpelling(clang_Cursor_getArgument(def, (unsigned)i));
		json_object_array_add(arr, str_json(clang_getCString(s)));
		clang_disposeString(s);
	}
	return arr;
}

static json_object *function_json(struct engine *e, const struct summary *s)
{
	CXCursor def = clang_Cursor_isNull(s->def) ? s->fn : s->def;
	json_object *fn = json_object_new_object();
	json_object_object_add(fn, "usr", usr_json(s->fn));
	json_object_object_add(fn, "name", str_json(s->name));
	json_object_object_add(
	    fn, "static",
	    json_object_new_boolean(clang_getCursorLinkage(s->fn) == CXLinkage_Internal));
	struct xc_loc loc;
	engine_cursor_loc(e, def, &loc);
	json_object_object_add(fn, "definition", loc_json(&loc));
	json_object_object_add(fn, "params", params_json(def));
	json_object_object_add(fn, "returns", value_json(e, s->ret));
	json_object_object_add(fn, "sinks", sinks_json(e, s));
	json_object_object_add(fn, "stores", stores_json(e, s));
	json_object_object_add(fn, "outs", outs_json(e, s));
	json_object_object_add(fn, "calls", calls_json(e, s));
	return fn;
}

static bool has_facts(const struct summary *s)
{
	return s->ret || s->sinks || s->stores || s->outs || s->calls;
}

static json_object *functions_json(struct engine *e)
{
	json_object *fns = json_object_new_array();
	for (size_t b = 0; b < NELEMS(e->summaries); b++)
		for (struct summary *s = e->summaries[b]; s; s = s->hash_next)
			if (has_facts(s))
				json_object_array_add(fns, function_json(e, s));
	json_object_array_sort(fns, cmp_usr);
	return fns;
}

/* ---- the TU ---- */

/* "struct ring::buf" for a field, the variable's name for a global. */
static json_object *decl_name(CXCursor decl)
{
	CXString n = clang_getCursorSpelling(decl);
	json_object *o;
	if (clang_getCursorKind(decl) == CXCursor_FieldDecl) {
		CXString rec =
		    clang_getTypeSpelling(clang_getCursorType(clang_getCursorSemanticParent(decl)));
		char *s = xasprintf("%s::%s", clang_getCString(rec), clang_getCString(n));
		o = json_object_new_string(s);
		free(s);
		clang_disposeString(rec);
	} else {
		o = str_json(clang_getCString(n));
	}
	clang_disposeString(n);
	return o;
}

/* Call indices are those of the written calls: functions_json() ran. */
static json_object *inputs_json(struct engine *e)
{
	static const char *const kinds[] = {
	    [INPUT_RESULT] = "result", [INPUT_GLOBAL] = "global", [INPUT_FIELD] = "field"};
	json_object *arr = json_object_new_array();
	for (int i = 0; i < e->ninputs; i++) {
		const struct input *in = &e->inputs[i];
		json_object *o = json_object_new_object();
		json_object_object_add(o, "kind", json_object_new_string(kinds[in->kind]));
		if (in->kind == INPUT_RESULT) {
			json_object_object_add(o, "function", usr_json(in->caller->fn));
			json_object_object_add(o, "call", json_object_new_int(in->rec->index));
		} else {
			json_object_object_add(o, "usr", usr_json(in->key));
			json_object_object_add(o, "name", decl_name(in->key));
			if (in->type)
				json_object_object_add(o, "type", str_json(in->type));
		}
		json_object_array_add(arr, o);
	}
	return arr;
}

struct slot_json {
	struct engine *e;
	json_object *arr;
	CXCursor field;
};

static void add_slot_store(void *ctx, const char *type, value v)
{
	struct slot_json *s = ctx;
	json_object *o = json_object_new_object();
	json_object_object_add(o, "target", usr_json(s->field));
	if (type)
		json_object_object_add(o, "type", str_json(type));
	json_object_object_add(o, "value", value_json(s->e, v));
	json_object_array_add(s->arr, o);
}

/* The concrete regions stored into each field and global cell. */
static json_object *heap_stores_json(struct engine *e)
{
	json_object *arr = json_object_new_array();
	for (size_t b = 0; b < NELEMS(e->heap); b++)
		for (struct heap_cell *c = e->heap[b]; c; c = c->next) {
			if (c->deref || c->unknown_base || !clang_Cursor_isNull(c->object) ||
			    !val_regions(c->v) || links_own_type(c->key))
				continue;
			if (slot_field(c->key)) { /* split by type (slots.c) */
				struct slot_json s = {e, arr, c->key};
				slot_each_store(e, c->key, add_slot_store, &s);
				continue;
			}
			json_object *o = json_object_new_object();
			json_object_object_add(o, "target", usr_json(c->key));
			json_object_object_add(o, "value", value_json(e, c->v));
			json_object_array_add(arr, o);
		}
	json_object_array_sort(arr, cmp_target);
	return arr;
}

static int cmp_string(const void *a, const void *b)
{
	return strcmp(json_object_get_string(*(json_object *const *)a),
	              json_object_get_string(*(json_object *const *)b));
}

static json_object *options_json(struct engine *e)
{
	json_object *arr = json_object_new_array();
	for (int i = 0; i < e->rs->noptions; i++)
		if (e->options & ((optionset)1 << i))
			json_object_array_add(arr, json_object_new_string(e->rs->options[i]));
	json_object_array_sort(arr, cmp_string);
	return arr;
}

static json_object *document(struct engine *e)
{
	json_object *doc = json_object_new_object();
	json_object_object_add(doc, "format", json_object_new_string("xlatcheck-summaries/3"));
	json_object_object_add(doc, "version", json_object_new_string(XLATCHECK_VERSION));
	json_object_object_add(doc, "tu", str_json(e->in->main_file));
	json_object_object_add(doc, "module", json_object_new_boolean(e->in->module));
	json_object_object_add(doc, "options", options_json(e));
	json_object *fns = functions_json(e); /* numbers the calls */
	json_object_object_add(doc, "inputs", inputs_json(e));
	json_object_object_add(doc, "functions", fns);
	json_object_object_add(doc, "stores", heap_stores_json(e));
	/* Functions whose address is stored (indirect calls: indirect.c). */
	json_object_object_add(doc, "address_taken", indirect_address_taken_json(e, loc_json));
	return doc;
}

bool summaries_write(struct engine *e, const char *dir)
{
	json_object *doc = document(e);
	/* name: the source's base name and a hash of its path and arguments,
	 * so TUs with the same base name in different directories, or one
	 * source compiled twice with other flags, do not collide. */
	const char *base = strrchr(e->in->main_file, '/');
	base = base ? base + 1 : e->in->main_file;
	unsigned long h = str_hash(5381, e->in->main_file);
	for (size_t i = 0; e->in->args && i < e->in->args->n; i++)
		h = str_hash(h, e->in->args->v[i]);
	/* At most 64 bytes of the base name, as --sarif-dir names its files:
	 * the hash keeps names apart, and a name stays under NAME_MAX. */
	char *path = xasprintf("%s/%.64s-%08lx.json", dir, base, h & 0xffffffffUL);
	/* one line: a big TU's document is half blanks when pretty-printed */
	char *text =
	    xasprintf("%s\n", json_object_to_json_string_ext(
	                          doc, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	bool ok = output_write_generated(path, text, strlen(text));
	free(text);
	free(path);
	json_object_put(doc);
	return ok;
}
