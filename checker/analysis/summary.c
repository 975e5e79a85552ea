/* Function summaries and the TU's cells (fields, globals, the fields of
 * global struct variables, stores through unknown pointers).
 *
 * A summary says what a function does to pointers, independent of its
 * caller: the regions it returns, which parameters it returns, which reach
 * a sink inside it, which it stores into a field or global, what it stores
 * through a parameter and into the object a parameter points to.  Summaries
 * are computed on demand, callee first, the first time a call is met; a
 * recursive call reads the summary being computed, and the function is
 * then analysed again until its summary stops growing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "engine.h"

/* Summaries only grow, so recursion reaches a fixed point; the limits are
 * safety nets that say so when they are hit. */
#define MAX_SUMMARY_ROUNDS 64
#define MAX_CALL_DEPTH     256

static struct heap_cell *cell_lookup(struct engine *e, CXCursor key, bool deref, bool unknown,
                                     CXCursor object)
{
	unsigned h = (clang_hashCursor(key) + deref + 2u * unknown +
	              (clang_Cursor_isNull(object) ? 0 : 31u * clang_hashCursor(object))) %
	             NELEMS(e->heap);
	for (struct heap_cell *c = e->heap[h]; c; c = c->next)
		if (c->deref == deref && c->unknown_base == unknown &&
		    clang_equalCursors(c->key, key) && clang_equalCursors(c->object, object))
			return c;
	struct heap_cell *c = arena_alloc(&e->keep, sizeof(*c));
	c->key = key;
	c->deref = deref;
	c->unknown_base = unknown;
	c->object = object;
	c->next = e->heap[h];
	e->heap[h] = c;
	return c;
}

struct heap_cell *heap_cell(struct engine *e, CXCursor key)
{
	return cell_lookup(e, key, false, false, clang_getNullCursor());
}

struct heap_cell *heap_deref_cell(struct engine *e, CXCursor key)
{
	return cell_lookup(e, key, true, false, clang_getNullCursor());
}

struct heap_cell *heap_unknown_cell(struct engine *e, CXCursor field)
{
	return cell_lookup(e, field, false, true, clang_getNullCursor());
}

struct heap_cell *heap_object_cell(struct engine *e, CXCursor var, CXCursor field)
{
	return cell_lookup(e, field, false, false, var);
}

static int outs_size(const struct summary *s)
{
	int n = 0;
	for (struct param_out *o = s->outs; o; o = o->next)
		for (value t = o->v; t; t = t->next)
			n++;
	for (struct obj_store *o = s->ostores; o; o = o->next) {
		n += 2 + !o->must;
		for (value t = o->v; t; t = t->next)
			n++;
	}
	return n;
}

static bool summary_same(const struct summary *s, value ret, int nsinks, int nstores, int nouts,
                         unsigned forwards)
{
	int n = 0, m = 0;
	for (struct param_sink *p = s->sinks; p; p = p->next)
		n++;
	for (struct param_store *p = s->stores; p; p = p->next)
		m++;
	return val_same(s->ret, ret) && n == nsinks && m == nstores && outs_size(s) == nouts &&
	       s->forwards == forwards;
}

struct summary *summary_get(struct engine *e, CXCursor fn_decl)
{
	CXCursor canon = clang_getCanonicalCursor(fn_decl);
	unsigned h = clang_hashCursor(canon) % NELEMS(e->summaries);
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
		unsigned forwards = s->forwards;
		s->read_while_running = false;
		analyze_function(e, s->def, s);
		if (!s->read_while_running ||
		    summary_same(s, ret, nsinks, nstores, nouts, forwards))
			break;
	}
	e->depth--;
	s->state = 2;
	return s;
}
