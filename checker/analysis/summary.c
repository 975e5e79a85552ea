/* Function summaries and the flow-insensitive heap (fields, globals).
 *
 * A summary says what a function does to pointers, independent of its
 * caller: the regions it returns, which parameters it returns, which reach
 * a sink inside it and which it stores into a field or global.  Summaries
 * are computed on demand, callee first, the first time a call is met; a
 * recursive call reads the summary being computed, and the function is
 * then analysed again until its summary stops growing. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../report/output.h"
#include "../util.h"
#include "engine.h"

/* Summaries only grow, so recursion reaches a fixed point; the limits are
 * safety nets that say so when they are hit. */
#define MAX_SUMMARY_ROUNDS 64
#define MAX_CALL_DEPTH     256

#define BUCKETS(arr) (sizeof(arr) / sizeof((arr)[0]))

static struct heap_cell *cell_lookup(struct engine *e, CXCursor key, bool deref)
{
	unsigned h = (clang_hashCursor(key) + deref) % BUCKETS(e->heap);
	for (struct heap_cell *c = e->heap[h]; c; c = c->next)
		if (c->deref == deref && clang_equalCursors(c->key, key))
			return c;
	struct heap_cell *c = arena_alloc(&e->keep, sizeof(*c));
	c->key = key;
	c->deref = deref;
	c->next = e->heap[h];
	e->heap[h] = c;
	return c;
}

struct heap_cell *heap_cell(struct engine *e, CXCursor key)
{
	return cell_lookup(e, key, false);
}

struct heap_cell *heap_deref_cell(struct engine *e, CXCursor key)
{
	return cell_lookup(e, key, true);
}

static int outs_size(const struct summary *s)
{
	int n = 0;
	for (struct param_out *o = s->outs; o; o = o->next)
		for (value t = o->v; t; t = t->next)
			n++;
	return n;
}

static bool summary_same(const struct summary *s, value ret, int nsinks, int nstores, int nouts)
{
	int n = 0, m = 0;
	for (struct param_sink *p = s->sinks; p; p = p->next)
		n++;
	for (struct param_store *p = s->stores; p; p = p->next)
		m++;
	return val_same(s->ret, ret) && n == nsinks && m == nstores && outs_size(s) == nouts;
}

struct summary *summary_get(struct engine *e, CXCursor fn_decl)
{
	CXCursor canon = clang_getCanonicalCursor(fn_decl);
	unsigned h = clang_hashCursor(canon) % BUCKETS(e->summaries);
	struct summary *s;
	for (s = e->summaries[h]; s; s = s->hash_next)
		if (clang_equalCursors(s->fn, canon))
			break;
	if (!s) {
		s = arena_alloc(&e->keep, sizeof(*s));
		s->fn = canon;
		s->def = clang_getCursorDefinition(fn_decl);
		s->name = str_keep(e, cursor_name(e, canon));
		s->hash_next = e->summaries[h];
		e->summaries[h] = s;
	}
	if (s->state == 1) {
		s->read_while_running = true;
		return s;
	}
	if (s->state == 2 || clang_Cursor_isNull(s->def))
		return s;
	if (e->depth > MAX_CALL_DEPTH) {
		engine_notice(e, s->def,
		              ": the call chain is deeper than 256, its summary is not "
		              "computed here");
		return s;
	}

	s->state = 1;
	e->depth++;
	for (int round = 0;; round++) {
		if (round == MAX_SUMMARY_ROUNDS) {
			engine_notice(e, s->def, ": its recursive summary was still growing");
			break;
		}
		value ret = s->ret;
		int nsinks = 0, nstores = 0;
		for (struct param_sink *p = s->sinks; p; p = p->next)
			nsinks++;
		for (struct param_store *p = s->stores; p; p = p->next)
			nstores++;
		int nouts = outs_size(s);
		s->read_while_running = false;
		analyze_function(e, s->def, s);
		if (!s->read_while_running || summary_same(s, ret, nsinks, nstores, nouts))
			break;
	}
	e->depth--;
	s->state = 2;
	return s;
}

/* ---- serialisation ----
 *
 * One JSON document per TU, for a later cross-TU step: functions are keyed
 * by their clang USR (the same for an external function in every TU that
 * sees it; a static function's USR names its file), targets of stores by
 * the USR of the field or global, so summaries from many TUs merge by key.
 * Regions are named, never numbered: the rule files of the merging run may
 * number them differently.  docs/design.md describes the format. */

static char *usr_of(CXCursor c)
{
	CXString s = clang_getCursorUSR(c);
	char *r = xstrdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
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
	json_object_object_add(o, "file", json_object_new_string(loc->file ? loc->file : ""));
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
		json_object *o = loc_json(&steps[i]->loc);
		json_object_object_add(o, "kind",
		                       json_object_new_string(step_kind_name(steps[i]->kind)));
		json_object_object_add(o, "message", json_object_new_string(steps[i]->message));
		json_object_array_add(arr, o);
	}
	free(steps);
	return arr;
}

static json_object *summary_json(struct engine *e, const struct summary *s)
{
	json_object *fn = json_object_new_object();
	char *usr = usr_of(s->fn);
	json_object_object_add(fn, "usr", json_object_new_string(usr));
	free(usr);
	json_object_object_add(fn, "name", json_object_new_string(s->name));
	struct xc_loc loc;
	engine_cursor_loc(e, s->def, &loc);
	json_object_object_add(fn, "definition", loc_json(&loc));

	json_object *returns = json_object_new_array(), *params = json_object_new_array();
	for (value t = s->ret; t; t = t->next) {
		json_object *o = json_object_new_object();
		if (t->kind == TAINT_PARAM) {
			json_object_object_add(o, "param", json_object_new_int(t->bit));
			json_object_object_add(o, "regions",
			                       regions_json(e->rs, t->mask & e->nonlinear));
			json_object_array_add(params, o);
			continue;
		}
		json_object_object_add(o, t->kind == TAINT_PHYS ? "translated_from" : "region",
		                       json_object_new_string(e->rs->regions[t->bit].name));
		json_object_object_add(o, "path", path_json(t->path));
		json_object_array_add(returns, o);
	}
	json_object_object_add(fn, "returns", returns);
	json_object_object_add(fn, "returns_params", params);

	json_object *sinks = json_object_new_array();
	for (const struct param_sink *ps = s->sinks; ps; ps = ps->next) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "param", json_object_new_int(ps->param));
		json_object_object_add(o, "regions", regions_json(e->rs, ps->mask & e->nonlinear));
		json_object_object_add(o, "sink", json_object_new_string(ps->sink_name));
		json_object_object_add(o, "family", json_object_new_string(ps->sink->family));
		json_object_object_add(o, "at", loc_json(&ps->loc));
		json_object_object_add(o, "path", path_json(ps->path));
		json_object_array_add(sinks, o);
	}
	json_object_object_add(fn, "param_sinks", sinks);

	json_object *stores = json_object_new_array();
	for (const struct param_store *st = s->stores; st; st = st->next) {
		json_object *o = json_object_new_object();
		char *target = usr_of(st->target);
		json_object_object_add(o, "param", json_object_new_int(st->param));
		json_object_object_add(o, "target", json_object_new_string(target));
		free(target);
		json_object_array_add(stores, o);
	}
	json_object_object_add(fn, "param_stores", stores);

	/* out-parameters: parameter i's pointee receives region R */
	json_object *outs = json_object_new_array();
	for (const struct param_out *po = s->outs; po; po = po->next)
		for (value t = po->v; t; t = t->next) {
			if (t->kind != TAINT_REGION)
				continue;
			json_object *o = json_object_new_object();
			json_object_object_add(o, "param", json_object_new_int(po->param));
			json_object_object_add(o, "region",
			                       json_object_new_string(e->rs->regions[t->bit].name));
			json_object_object_add(o, "path", path_json(t->path));
			json_object_array_add(outs, o);
		}
	json_object_object_add(fn, "param_outs", outs);
	return fn;
}

static int cmp_usr(const void *a, const void *b)
{
	json_object *x = *(json_object *const *)a, *y = *(json_object *const *)b;
	json_object *ux, *uy;
	json_object_object_get_ex(x, "usr", &ux);
	json_object_object_get_ex(y, "usr", &uy);
	return strcmp(json_object_get_string(ux), json_object_get_string(uy));
}

bool summaries_write(struct engine *e, const char *dir)
{
	json_object *fns = json_object_new_array();
	for (size_t b = 0; b < BUCKETS(e->summaries); b++)
		for (struct summary *s = e->summaries[b]; s; s = s->hash_next)
			if (s->ret || s->sinks || s->stores || s->outs)
				json_object_array_add(fns, summary_json(e, s));
	json_object_array_sort(fns, cmp_usr); /* deterministic */
	json_object *doc = json_object_new_object();
	json_object_object_add(doc, "format", json_object_new_string("xlatcheck-summaries/1"));
	json_object_object_add(doc, "tu", json_object_new_string(e->in->main_file));
	json_object_object_add(doc, "functions", fns);
	json_object_object_add(doc, "address_taken", indirect_address_taken_json(e, loc_json));

	/* name: the source's base name and a hash of its path, so TUs with
	 * the same base name in different directories do not collide. */
	const char *base = strrchr(e->in->main_file, '/');
	base = base ? base + 1 : e->in->main_file;
	unsigned long h = 5381;
	for (const char *p = e->in->main_file; *p; p++)
		h = h * 33 + (unsigned char)*p;
	char *path = xasprintf("%s/%s-%08lx.json", dir, base, h & 0xffffffffUL);
	const char *text = json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PRETTY |
	                                                           JSON_C_TO_STRING_NOSLASHESCAPE |
	                                                           JSON_C_TO_STRING_SPACED);
	bool ok = output_write_generated(path, text, strlen(text));
	free(path);
	json_object_put(doc);
	return ok;
}
