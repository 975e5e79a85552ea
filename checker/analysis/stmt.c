/* Statements: one function's body, in order, and the flow policy.
 *
 * Flow policy (docs/design.md):
 * - locals are flow-sensitive: an assignment replaces what a local held;
 *   branches are analysed separately and joined;
 * - loops (while, do, for) run their body until the locals stop changing
 *   (at most four rounds; the lattice is small, two suffice in practice);
 * - switch: each case label starts from the state at the switch joined with
 *   the fall-through state; break leaves the switch or loop;
 * - goto: the state at a goto is joined into its label; a label reached by
 *   a backward goto makes the function run again (at most three times);
 * - fields and globals are flow-insensitive: one cell per field declaration
 *   or global, the union of every store, shared by the whole TU.
 * Guards (is_vmalloc_addr() ...) narrow a local or parameter in the branch
 * they decide, including through !, &&, || and likely()/unlikely(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

/* Safety nets: the lattice is finite, so these are never reached in
 * practice; when one is, a notice says so. */
#define MAX_LOOP_ROUNDS 1000
#define MAX_RUNS        64

static struct label_state *label_state(struct fctx *cx, CXCursor label)
{
	for (struct label_state *l = cx->labels; l; l = l->next)
		if (clang_equalCursors(l->label, label))
			return l;
	struct label_state *l = arena_alloc(&cx->e->arena, sizeof(*l));
	l->label = label;
	l->env = env_new(cx->e);
	l->env->unreachable = true;
	l->next = cx->labels;
	cx->labels = l;
	return l;
}

static struct env *unreachable_env(struct engine *e)
{
	struct env *env = env_new(e);
	env->unreachable = true;
	return env;
}

/* A loop already run from the same state (nothing else changed since)
 * ends in the same state: nested loops are not re-run for nothing. */
static struct loop_memo *loop_memo(struct fctx *cx, CXCursor loop)
{
	for (struct loop_memo *m = cx->loops; m; m = m->next)
		if (clang_equalCursors(m->loop, loop))
			return m;
	struct loop_memo *m = arena_alloc(&cx->e->arena, sizeof(*m));
	m->loop = loop;
	m->next = cx->loops;
	cx->loops = m;
	return m;
}

static bool memo_fits(const struct fctx *cx, const struct loop_memo *m)
{
	return m->entry && !cx->frame && m->silent == cx->silent &&
	       m->heap_gen == cx->e->heap_gen && m->label_gen == cx->label_gen &&
	       env_same(m->entry, cx->env);
}

static void exec_loop(struct fctx *cx, CXCursor loop, CXCursor cond, CXCursor *header, int nheader,
                      CXCursor body, bool cond_first)
{
	struct engine *e = cx->e;
	struct loop_memo *memo = loop_memo(cx, loop);
	if (memo_fits(cx, memo)) {
		cx->env = env_copy(e, memo->exit);
		return;
	}
	struct env *entry = env_copy(e, cx->env);
	struct jump_target jt = {unreachable_env(e), unreachable_env(e), NULL, false, cx->jumps};
	cx->jumps = &jt;
	struct env *exit = unreachable_env(e);
	/* The locals only grow from round to round (each round joins the
	 * state before it), so this reaches a fixed point. */
	for (int round = 0;; round++) {
		if (round == MAX_LOOP_ROUNDS) {
			engine_notice(e, cx->fn, ": a loop was still changing after 1000 rounds");
			break;
		}
		struct env *before = env_copy(e, cx->env);
		if (cond_first && !clang_Cursor_isNull(cond)) {
			ev(cx, cond, RVALUE);
			struct env *out = env_copy(e, cx->env);
			apply_condition(cx, out, cond, false);
			env_join_into(e, exit, out);
			apply_condition(cx, cx->env, cond, true);
		}
		exec(cx, body);
		env_join_into(e, cx->env, jt.continues);
		for (int i = 0; i < nheader; i++)
			ev(cx, header[i], RVALUE);
		if (!cond_first && !clang_Cursor_isNull(cond)) {
			ev(cx, cond, RVALUE);
			struct env *out = env_copy(e, cx->env);
			apply_condition(cx, out, cond, false);
			env_join_into(e, exit, out);
			apply_condition(cx, cx->env, cond, true);
		}
		env_join_into(e, cx->env, before);
		if (env_same(cx->env, before))
			break;
	}
	if (clang_Cursor_isNull(cond))
		exit->unreachable = true; /* for (;;): only break leaves */
	env_join_into(e, exit, jt.breaks);
	cx->jumps = jt.up;
	cx->env = exit;
	memo->entry = entry;
	memo->exit = env_copy(e, exit);
	memo->silent = cx->silent;
	memo->heap_gen = e->heap_gen;
	memo->label_gen = cx->label_gen;
}

static void exec_switch(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n < 2) {
		kids_free(&ks);
		return;
	}
	ev(cx, kid(&ks, 0), RVALUE);
	struct jump_target jt = {unreachable_env(e), cx->jumps ? cx->jumps->continues : NULL,
	                         env_copy(e, cx->env), false, cx->jumps};
	if (!jt.continues)
		jt.continues = unreachable_env(e);
	cx->jumps = &jt;
	/* Before the first case label the body is unreachable. */
	cx->env = unreachable_env(e);
	exec(cx, kid(&ks, ks.n - 1));
	/* Falling off the end, a break, or no case matching (no default). */
	env_join_into(e, cx->env, jt.breaks);
	if (!jt.has_default)
		env_join_into(e, cx->env, jt.entry);
	cx->jumps = jt.up;
	kids_free(&ks);
}

/* An if and its else-if chain, iteratively: a chain of thousands of arms
 * costs no stack. */
static void exec_if(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct env *joined = unreachable_env(e);
	for (;;) {
		struct kids ks;
		kids_of(c, &ks);
		if (ks.n < 2) {
			kids_free(&ks);
			break;
		}
		CXCursor cond = kid(&ks, 0), then = kid(&ks, 1);
		CXCursor other = ks.n > 2 ? kid(&ks, 2) : clang_getNullCursor();
		kids_free(&ks);
		ev(cx, cond, RVALUE);
		struct env *else_env = env_copy(e, cx->env);
		apply_condition(cx, cx->env, cond, true);
		apply_condition(cx, else_env, cond, false);
		exec(cx, then);
		env_join_into(e, joined, cx->env);
		cx->env = else_env;
		if (clang_Cursor_isNull(other))
			break;
		if (clang_getCursorKind(other) != CXCursor_IfStmt || else_env->unreachable) {
			exec(cx, other);
			break;
		}
		c = other;
	}
	env_join_into(e, cx->env, joined);
}

static void exec_decl(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	for (unsigned i = 0; i < ks.n; i++) {
		CXCursor var = kid(&ks, i);
		if (clang_getCursorKind(var) != CXCursor_VarDecl)
			continue;
		struct kids vk;
		kids_of(var, &vk);
		value v = NULL;
		CXCursor init = clang_getNullCursor();
		for (unsigned k = 0; k < vk.n; k++)
			if (is_expr(kid(&vk, k))) {
				init = kid(&vk, k);
				v = ev(cx, init, RVALUE);
				note_stored_guard(cx, var, init);
			}
		kids_free(&vk);
		bool has_init = !clang_Cursor_isNull(init);
		if (is_local_var(var)) {
			struct xc_loc loc = cursor_loc(cx, var);
			char *name = cursor_name(e, var);
			CXCursor key = clang_getCanonicalCursor(var);
			env_set(e, cx->env, key,
			        val_step(e, v, STEP_ASSIGN, &loc,
			                 arena_printf(&e->arena, "assigned to '%s'", name)));
			env_set_base(cx->env, key, clang_getNullCursor());
			if (has_init)
				note_derived(cx, key, init);
		} else if (has_init) {
			heap_store(cx, heap_cell(e, clang_getCanonicalCursor(var)), v);
		}
	}
	kids_free(&ks);
}

/* asm: libclang shows the operands but not which are outputs, so every
 * local operand may receive any input's regions (this_cpu_ptr's
 * "add this_cpu_off, tcp_ptr__" keeps the percpu pointer). */
static void exec_asm(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	value all = NULL;
	for (unsigned i = 0; i < ks.n; i++)
		if (is_expr(kid(&ks, i)))
			all = val_union(e, all, ev(cx, kid(&ks, i), RVALUE));
	for (unsigned i = 0; all && i < ks.n; i++) {
		CXCursor t = strip(kid(&ks, i));
		if (clang_getCursorKind(t) != CXCursor_DeclRefExpr)
			continue;
		CXCursor ref = clang_getCursorReferenced(t);
		if (!is_local_var(ref))
			continue;
		CXCursor key = clang_getCanonicalCursor(ref);
		env_set(e, cx->env, key, val_union(e, env_get(cx->env, key, NULL), all));
	}
	kids_free(&ks);
}

static void exec_node(struct fctx *cx, CXCursor c);

void exec(struct fctx *cx, CXCursor c)
{
	if (!enter_nest(cx))
		return;
	exec_node(cx, c);
	cx->e->nest--;
}

static void exec_node(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* Dead code (after return, in a constant-false branch) is not
	 * analysed; a label or case makes it live again. */
	if (cx->env->unreachable && k != CXCursor_LabelStmt && k != CXCursor_CaseStmt &&
	    k != CXCursor_DefaultStmt && k != CXCursor_CompoundStmt)
		return;
	if (is_expr(c)) {
		ev(cx, c, RVALUE);
		return;
	}
	struct kids ks;
	switch (k) {
	case CXCursor_DeclStmt:
		exec_decl(cx, c);
		return;
	case CXCursor_IfStmt:
		exec_if(cx, c);
		return;
	case CXCursor_WhileStmt:
		kids_of(c, &ks);
		if (ks.n == 2)
			exec_loop(cx, c, kid(&ks, 0), NULL, 0, kid(&ks, 1), true);
		kids_free(&ks);
		return;
	case CXCursor_DoStmt:
		kids_of(c, &ks);
		if (ks.n == 2)
			exec_loop(cx, c, kid(&ks, 1), NULL, 0, kid(&ks, 0), false);
		kids_free(&ks);
		return;
	case CXCursor_ForStmt: {
		/* libclang omits absent parts, so which child is the condition
		 * is unknown: every header expression runs each round. */
		kids_of(c, &ks);
		if (ks.n >= 1) {
			CXCursor header[3];
			int n = 0;
			for (unsigned i = 0; i + 1 < ks.n && n < 3; i++) {
				if (i == 0 && !is_expr(kid(&ks, i)))
					exec(cx, kid(&ks, i)); /* for (int i = ...) */
				else
					header[n++] = kid(&ks, i);
			}
			exec_loop(cx, c, n ? header[0] : clang_getNullCursor(), header + (n > 0),
			          n > 0 ? n - 1 : 0, kid(&ks, ks.n - 1), true);
		}
		kids_free(&ks);
		return;
	}
	case CXCursor_SwitchStmt:
		exec_switch(cx, c);
		return;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		if (cx->jumps && cx->jumps->entry) {
			env_join_into(e, cx->env, cx->jumps->entry);
			cx->jumps->has_default |= k == CXCursor_DefaultStmt;
		}
		kids_of(c, &ks);
		for (unsigned i = 0; i < ks.n; i++) {
			/* the case value is a constant; the last child is the statement */
			if (k == CXCursor_CaseStmt && i == 0)
				continue;
			exec(cx, kid(&ks, i));
		}
		kids_free(&ks);
		return;
	case CXCursor_BreakStmt:
		if (cx->jumps)
			env_join_into(e, cx->jumps->breaks, cx->env);
		cx->env = unreachable_env(e);
		return;
	case CXCursor_ContinueStmt:
		if (cx->jumps && cx->jumps->continues)
			env_join_into(e, cx->jumps->continues, cx->env);
		cx->env = unreachable_env(e);
		return;
	case CXCursor_ReturnStmt: {
		kids_of(c, &ks);
		if (ks.n && is_expr(kid(&ks, 0))) {
			value v = ev(cx, kid(&ks, 0), RVALUE);
			if (v && !cx->env->unreachable) {
				struct xc_loc loc = cursor_loc(cx, c);
				cx->s->ret =
				    val_union(e, cx->s->ret,
				              val_step(e, v, STEP_RETURN, &loc,
				                       arena_printf(&e->arena, "returned from %s()",
				                                    cx->s->name)));
			}
		}
		kids_free(&ks);
		cx->env = unreachable_env(e);
		return;
	}
	case CXCursor_GotoStmt: {
		struct label_state *l = label_state(cx, clang_getCursorReferenced(c));
		struct env *before = env_copy(e, l->env);
		env_join_into(e, l->env, cx->env);
		if (!env_same(before, l->env)) {
			cx->label_gen++;
			if (l->visited)
				cx->rerun = true; /* a backward goto brought something new */
		}
		cx->env = unreachable_env(e);
		return;
	}
	case CXCursor_LabelStmt: {
		struct label_state *l = label_state(cx, c);
		l->visited = true;
		env_join_into(e, cx->env, l->env);
		kids_of(c, &ks);
		for (unsigned i = 0; i < ks.n; i++)
			exec(cx, kid(&ks, i));
		kids_free(&ks);
		return;
	}
	case CXCursor_GCCAsmStmt:
		exec_asm(cx, c);
		return;
	default:
		kids_of(c, &ks);
		for (unsigned i = 0; i < ks.n; i++)
			exec(cx, kid(&ks, i));
		kids_free(&ks);
		return;
	}
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

	/* Labels only gain state, so the reruns reach a fixed point. */
	for (int run = 0;; run++) {
		if (run == MAX_RUNS) {
			engine_notice(e, def,
			              ": backward gotos were still bringing new values after "
			              "64 runs");
			break;
		}
		cx.env = env_new(e);
		cx.loops = NULL;
		cx.rerun = false;
		int nparams = clang_Cursor_getNumArguments(def);
		for (int i = 0; i < nparams && i < 32; i++) {
			CXCursor p = clang_Cursor_getArgument(def, (unsigned)i);
			struct xc_loc loc = cursor_loc(&cx, p);
			char *pname = cursor_name(e, p);
			const struct step *st =
			    new_step(e, STEP_PARAM, &loc,
			             arena_printf(&e->arena, "arrives in %s() as parameter '%s'",
			                          s->name, pname),
			             NULL);
			struct taint t = {
			    .kind = TAINT_PARAM, .bit = (unsigned char)i, .path = st, .mask = ~0u};
			env_set(e, cx.env, clang_getCanonicalCursor(p), val_single(e, &t));
		}
		exec(&cx, body);
		if (!cx.rerun)
			break;
		for (struct label_state *l = cx.labels; l; l = l->next)
			l->visited = false;
	}
}
