/* The fixpoint: one worklist run per region (ir.h) from the state it is
 * entered with.  Each block's entry state is the join of what its
 * predecessors hand it; a block runs again only when that grew, and the
 * block taken next is the earliest in reverse postorder, so a loop settles
 * before what follows it runs.  The lattice is finite (regions, parameter
 * bits, guard masks per local), so every run ends; a safety net on the
 * number of visits per block says so with a notice if it is ever hit.
 *
 * A guard-branch hands each successor its own copy of the state, narrowed
 * by what its leaf condition says there (guards.c).  A value-context ?:,
 * && or || is a region too, run where the evaluator meets it; its value
 * is the temporary its arms left in the state.  An escape from a statement
 * expression's region (goto to an outer label, break, continue) joins into
 * the enclosing run's target block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"
#include "ir.h"

#define MAX_VISITS 1000 /* per block: never reached on a finite lattice */

struct run {
	struct region *r;
	struct env **in; /* entry state per block; NULL: not reached yet */
	int *heap;       /* pending blocks, a min-heap on block order */
	int nheap;
	bool *queued;
	int *visits;
	int cur; /* the block being run */
	struct env *exit;
	struct run *up;
};

static bool earlier(const struct run *rn, int a, int b)
{
	return rn->r->b[a].order < rn->r->b[b].order;
}

static void push(struct run *rn, int b)
{
	if (rn->queued[b])
		return;
	rn->queued[b] = true;
	int i = rn->nheap++;
	while (i > 0 && earlier(rn, b, rn->heap[(i - 1) / 2])) {
		rn->heap[i] = rn->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	rn->heap[i] = b;
}

static int pop(struct run *rn)
{
	int top = rn->heap[0], last = rn->heap[--rn->nheap], i = 0;
	for (;;) {
		int c = 2 * i + 1;
		if (c >= rn->nheap)
			break;
		if (c + 1 < rn->nheap && earlier(rn, rn->heap[c + 1], rn->heap[c]))
			c++;
		if (!earlier(rn, rn->heap[c], last))
			break;
		rn->heap[i] = rn->heap[c];
		i = c;
	}
	if (rn->nheap)
		rn->heap[i] = last;
	rn->queued[top] = false;
	return top;
}

/* Hands `env` to block b of run rn: b runs (again) if its state grew. */
static void flow_into(struct engine *e, struct run *rn, int b, const struct env *env)
{
	if (b < 0 || env->unreachable)
		return;
	if (!rn->in[b]) {
		rn->in[b] = env_copy(e, env);
		push(rn, b);
	} else if (env_join_into(e, rn->in[b], env)) {
		push(rn, b);
	}
}

/* A goto out of a statement expression: the run whose region holds the
 * label takes it. */
static void goto_out(struct fctx *cx, struct run *from, CXCursor label)
{
	for (struct run *rn = from->up; rn; rn = rn->up)
		for (int i = 0; i < rn->r->nlabels; i++)
			if (clang_equalCursors(rn->r->labels[i].label, label)) {
				flow_into(cx->e, rn, rn->r->labels[i].block, cx->env);
				return;
			}
	engine_notice(cx->e, cx->fn, ": a goto to a label that was not found");
}

/* A break or continue out of a statement expression: the loop or switch
 * around the expression in the enclosing run takes it. */
static void jump_out(struct fctx *cx, struct run *from, bool is_break)
{
	for (struct run *rn = from->up; rn; rn = rn->up) {
		const struct block *b = &rn->r->b[rn->cur];
		int target = is_break ? b->brk : b->cont;
		if (target >= 0) {
			flow_into(cx->e, rn, target, cx->env);
			return;
		}
	}
	engine_notice(cx->e, cx->fn, ": a break or continue outside any loop");
}

/* Where the path leaves block b (its instructions have run on cx->env). */
static void leave_block(struct fctx *cx, struct run *rn, const struct block *b)
{
	struct engine *e = cx->e;
	switch (b->term) {
	case TERM_JUMP:
		for (int i = 0; i < b->nsucc; i++)
			flow_into(e, rn, b->succ[i], cx->env);
		return;
	case TERM_BRANCH: {
		struct env *no = env_copy(e, cx->env);
		apply_condition(cx, cx->env, b->cond, true);
		apply_condition(cx, no, b->cond, false);
		flow_into(e, rn, b->succ[0], cx->env);
		flow_into(e, rn, b->succ[1], no);
		return;
	}
	case TERM_END:
		return;
	case TERM_EXIT:
		env_join_into(e, rn->exit, cx->env);
		return;
	case TERM_GOTO_OUT:
		goto_out(cx, rn, b->cond);
		return;
	case TERM_BREAK_OUT:
	case TERM_CONTINUE_OUT:
		jump_out(cx, rn, b->term == TERM_BREAK_OUT);
		return;
	}
}

static void run_block(struct fctx *cx, struct run *rn, int bi)
{
	const struct block *b = &rn->r->b[bi];
	cx->env = env_copy(cx->e, rn->in[bi]);
	for (int i = 0; i < b->nins && !cx->env->unreachable; i++)
		exec_ins(cx, &b->ins[i]);
	if (!cx->env->unreachable)
		leave_block(cx, rn, b);
}

/* Runs region r from `entry` to its fixpoint; returns the state where it
 * falls off its end (unreachable when it never does). */
static struct env *run_region(struct fctx *cx, struct region *r, const struct env *entry)
{
	struct engine *e = cx->e;
	struct run rn = {.r = r, .up = cx->runs};
	rn.in = xcalloc((size_t)r->n, sizeof(*rn.in));
	rn.heap = xmalloc((size_t)r->n * sizeof(int));
	rn.queued = xcalloc((size_t)r->n, sizeof(bool));
	rn.visits = xcalloc((size_t)r->n, sizeof(int));
	rn.exit = env_new(e);
	rn.exit->unreachable = true;
	cx->runs = &rn;
	flow_into(e, &rn, r->entry, entry);
	while (rn.nheap) {
		int b = pop(&rn);
		if (++rn.visits[b] > MAX_VISITS) {
			engine_notice(e, cx->fn,
			              ": a block's state was still changing after 1000 visits");
			break;
		}
		rn.cur = b;
		run_block(cx, &rn, b);
	}
	cx->runs = rn.up;
	free(rn.in);
	free(rn.heap);
	free(rn.queued);
	free(rn.visits);
	return rn.exit;
}

void exec_region(struct fctx *cx, CXCursor c, bool skip_last)
{
	if (cx->env->unreachable)
		return;
	struct region *r = region_of(cx, c, skip_last ? REGION_STMT_EXPR : REGION_STMT);
	cx->env = run_region(cx, r, cx->env);
}

value eval_region(struct fctx *cx, CXCursor c, enum mode mode)
{
	if (cx->env->unreachable)
		return NULL;
	struct region *r = region_of(cx, c, mode == LVALUE ? REGION_LVALUE : REGION_VALUE);
	cx->env = run_region(cx, r, cx->env);
	value v = env_get(cx->env, c, NULL);
	env_remove(cx->env, c); /* the temporary ends with its expression */
	return v;
}

void exec(struct fctx *cx, CXCursor c)
{
	exec_region(cx, c, false);
}

static struct env *entry_state(struct fctx *cx, CXCursor def)
{
	struct engine *e = cx->e;
	struct env *env = env_new(e);
	int nparams = clang_Cursor_getNumArguments(def);
	for (int i = 0; i < nparams && i < 32; i++) {
		CXCursor p = clang_Cursor_getArgument(def, (unsigned)i);
		struct xc_loc loc = cursor_loc(cx, p);
		char *pname = cursor_name(e, p);
		const struct step *st =
		    new_step(e, STEP_PARAM, &loc,
		             arena_printf(&e->arena, "arrives in %s() as parameter '%s'",
		                          cx->s->name, pname),
		             NULL);
		struct taint t = {
		    .kind = TAINT_PARAM, .bit = (unsigned char)i, .path = st, .mask = ~0u};
		value v = val_single(e, &t);
		if (type_is_pointer(clang_getCursorType(p))) { /* and what it points to */
			int id = object_id(cx, OBJ_PARAM, clang_getCanonicalCursor(p));
			cx->objs[id].param = i;
			v = val_union(e, v, object_ref(cx, id));
		}
		env_set(e, env, clang_getCanonicalCursor(p), v);
	}
	return env;
}

void analyze_function(struct engine *e, CXCursor def, struct summary *s)
{
	struct fctx cx = {.e = e, .s = s, .fn = def};
	struct kids ks;
	kids_of(def, &ks);
	CXCursor body = clang_getNullCursor();
	for (unsigned i = 0; i < ks.n; i++)
		if (clang_getCursorKind(kid(&ks, i)) == CXCursor_CompoundStmt)
			body = kid(&ks, i);
	kids_free(&ks);
	if (clang_Cursor_isNull(body))
		return;
	/* Everything of this analysis lives in an arena of its own, freed
	 * here: what outlives it was copied into e->keep (val_keep). */
	struct arena outer = e->arena;
	memset(&e->arena, 0, sizeof(e->arena));
	cx.env = entry_state(&cx, def);
	exec(&cx, body);
	objects_at_exit(&cx);
	record_object_stores(&cx);
	regions_free(&cx);
	arena_free(&e->arena);
	e->arena = outer;
}
