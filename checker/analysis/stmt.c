/* Instructions: what each kind of the lowered form (ir.h) does to the
 * state of one path (cx->env).  Control flow is flow.c's.
 *
 * Flow policy (docs/design.md):
 * - locals are flow-sensitive: an assignment replaces what a local held;
 *   paths that meet at a block are joined;
 * - a local is forgotten where its scope ends;
 * - globals are flow-insensitive: one cell each, the union of every store,
 *   shared by the whole TU;
 * - fields are per abstract object (memory.c): flow-sensitive for the
 *   function's own objects, a TU cell per global struct variable, and one
 *   cell per field declaration where the object is not known.
 * Guards (is_vmalloc_addr() ...) narrow a local or parameter in the branch
 * they decide: a condition's &&, || and ! are edges of the lowered form
 * (lower.c), so each guard-branch tests one leaf.
 * A temporary (INS_TEMP, INS_CALL) is a binding keyed by the expression (a
 * ?:, a call) whose value it holds: joined like a local, removed once read
 * (flow.c, expr.c).  INS_ASSIGN and INS_STORE (kinds the lowering chose)
 * run the assignment: its value, then assign() on its target (memory.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"
#include "ir.h"

/* One variable of a declaration: its initialiser, then the variable. */
static void exec_decl(struct fctx *cx, CXCursor var)
{
	struct engine *e = cx->e;
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
		if (has_init)
			assign_object(cx, var, init);
	} else if (has_init) {
		heap_store(cx, heap_cell(e, clang_getCanonicalCursor(var)), v);
	}
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

static void exec_return(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n && is_expr(kid(&ks, 0))) {
		value v = ev(cx, kid(&ks, 0), RVALUE);
		if (v && !cx->env->unreachable) {
			struct xc_loc loc = cursor_loc(cx, c);
			cx->s->ret = val_keep(
			    e, val_union(e, cx->s->ret,
			                 val_step(e, v, STEP_RETURN, &loc,
			                          arena_printf(&e->arena, "returned from %s()",
			                                       cx->s->name))));
		}
	}
	kids_free(&ks);
	objects_at_exit(cx);
	cx->env->unreachable = true;
}

void exec_ins(struct fctx *cx, const struct ins *in)
{
	switch (in->kind) {
	case INS_EVAL:
		ev(cx, in->c, RVALUE);
		return;
	case INS_ASSIGN:
	case INS_STORE:
		eval_assignment(cx, in->c);
		return;
	case INS_DECL:
		exec_decl(cx, in->c);
		return;
	case INS_ASM:
		exec_asm(cx, in->c);
		return;
	case INS_RETURN:
		exec_return(cx, in->c);
		return;
	case INS_KILL:
		env_remove(cx->env, clang_getCanonicalCursor(in->c));
		return;
	case INS_TEMP:
	case INS_CALL: {
		value v = in->kind == INS_CALL ? call_node(cx, in->c, &in->role)
		                               : ev(cx, in->c, in->lvalue ? LVALUE : RVALUE);
		if (!cx->env->unreachable)
			env_set(cx->e, cx->env, in->key, v);
		return;
	}
	}
}
