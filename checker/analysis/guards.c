/* Guards: is_vmalloc_addr(), virt_addr_valid() ... narrow the pointer they
 * test in the branch they decide, together with what it was derived from
 * and what was derived from the same origin.  The true branch of a guard
 * that asserts a region (rule data) adds that region.  A guard whose result
 * is kept in a variable or field decides the branch that tests it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "../rules/roles.h"
#include "eval.h"

static bool find_arg_root(CXCursor c, CXFile file, unsigned b, unsigned e, CXCursor *out);

struct find_ctx {
	CXFile file;
	unsigned b, e;
	CXCursor found;
	bool ok;
};

static enum CXChildVisitResult find_root_visit(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct find_ctx *f = data;
	if (find_arg_root(c, f->file, f->b, f->e, &f->found)) {
		f->ok = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

/* The outermost node under `c` written inside [b, e) of `file`: the root of
 * a macro argument. */
static bool find_arg_root(CXCursor c, CXFile file, unsigned b, unsigned e, CXCursor *out)
{
	CXFile f;
	unsigned off;
	clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(c)), &f, NULL, NULL, &off);
	if (f == file && off >= b && off < e && is_expr(c)) {
		*out = c;
		return true;
	}
	struct find_ctx fc = {.file = file, .b = b, .e = e};
	clang_visitChildren(c, find_root_visit, &fc);
	if (fc.ok)
		*out = fc.found;
	return fc.ok;
}

/* A guard test found in a condition or an assignment. */
struct guard_hit {
	const struct guard_rule *rule;
	const char *name; /* the guard as written: macro or function */
	CXCursor arg;     /* the tested pointer */
	CXCursor at;      /* the test */
	bool negated;     /* stored as !guard(p) */
	CXCursor test;    /* a stored guard: where the variable holding it is tested */
};

/* A guard's result kept in a variable or field. */
struct stored_guard {
	CXCursor var;
	struct guard_hit hit;
	bool valid; /* false once something else was stored there */
	struct stored_guard *next;
};

/* The local or field a pointer expression is derived from: `p`, `buf->data`,
 * `p + off`, `(char *)p`, `&p[i]`, `&p->f`.  A null cursor when none. */
CXCursor derived_base(CXCursor c)
{
	for (;;) {
		c = strip(c);
		enum CXCursorKind k = clang_getCursorKind(c);
		CXCursor ref = clang_getCursorReferenced(c);
		if (k == CXCursor_DeclRefExpr)
			return is_local_var(ref) ? clang_getCanonicalCursor(ref)
			                         : clang_getNullCursor();
		if (k == CXCursor_MemberRefExpr)
			return clang_getCursorKind(ref) == CXCursor_FieldDecl
			           ? clang_getCanonicalCursor(ref)
			           : clang_getNullCursor();
		struct kids ks;
		kids_of(c, &ks);
		CXCursor next = clang_getNullCursor();
		if (k == CXCursor_BinaryOperator && ks.n == 2) {
			enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
			if (op == CXBinaryOperator_Add || op == CXBinaryOperator_Sub)
				next = !type_is_pointer(clang_getCursorType(kid(&ks, 0))) &&
				               type_is_pointer(clang_getCursorType(kid(&ks, 1)))
				           ? kid(&ks, 1)
				           : kid(&ks, 0);
		} else if (k == CXCursor_UnaryOperator && ks.n == 1 &&
		           clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf) {
			CXCursor inner = strip(kid(&ks, 0));
			enum CXCursorKind ik = clang_getCursorKind(inner);
			if (ik == CXCursor_ArraySubscriptExpr || ik == CXCursor_MemberRefExpr) {
				struct kids in;
				kids_of(inner, &in);
				if (in.n)
					next = kid(&in, 0);
				kids_free(&in);
			}
		}
		kids_free(&ks);
		if (clang_Cursor_isNull(next))
			return next;
		c = next;
	}
}

/* `local = rhs`: remember what the pointer was derived from, so a guard on
 * the origin narrows it too (and the other way round). */
void note_derived(struct fctx *cx, CXCursor local, CXCursor rhs)
{
	CXCursor b = derived_base(rhs);
	if (!clang_Cursor_isNull(b)) {
		CXCursor bb = env_base(cx->env, b);
		if (!clang_Cursor_isNull(bb))
			b = bb;
	}
	if (clang_equalCursors(b, local))
		return; /* p = p + 1: still derived from what it was */
	env_set_base(cx->env, local, b);
}

static value narrowed(struct fctx *cx, value v, const struct guard_hit *g, bool inside,
                      const struct step *asserted)
{
	v = val_narrow(cx->e, v, g->rule->regions, inside);
	if (inside && asserted)
		v = val_union(cx->e, v, val_region(cx->e, g->rule->asserts, asserted));
	return v;
}

static void narrow_key(struct fctx *cx, struct env *env, CXCursor key, CXCursor use,
                       const struct guard_hit *g, bool inside, const struct step *asserted)
{
	value v = clang_getCursorKind(key) == CXCursor_FieldDecl ? field_value(cx, env, key, use)
	                                                         : env_get(env, key, NULL);
	CXCursor base = env_base(env, key);
	env_set(cx->e, env, key, narrowed(cx, v, g, inside, asserted));
	env_set_base(env, key, base);
}

/* What the guard says, in the branch it decides, about the pointer it
 * tested, what that pointer was derived from, and every local derived from
 * the same origin. */
static void narrow_target(struct fctx *cx, struct env *env, const struct guard_hit *g, bool inside)
{
	struct engine *e = cx->e;
	CXCursor key = derived_base(g->arg);
	if (clang_Cursor_isNull(key))
		return;
	const struct step *asserted = NULL;
	if (inside && g->rule->asserts >= 0) {
		struct xc_loc at = cursor_loc(cx, g->at);
		char *name = cursor_name(e, key);
		const char *region = e->rs->regions[g->rule->asserts].name;
		if (clang_Cursor_isNull(g->test)) {
			asserted = new_step(
			    e, STEP_SOURCE, &at,
			    arena_printf(&e->arena, "%s() is true here: '%s' points into %s memory",
			                 g->name, name, region),
			    NULL);
		} else {
			struct xc_loc loc = cursor_loc(cx, g->test);
			char *var = cursor_name(e, clang_getCursorReferenced(g->test));
			asserted = new_step(
			    e, STEP_SOURCE, &loc,
			    arena_printf(
			        &e->arena,
			        "'%s' holds %s() of line %u, true here: '%s' points into %s "
			        "memory",
			        var, g->name, at.line, name, region),
			    NULL);
		}
	}
	CXCursor group = env_base(env, key);
	if (clang_Cursor_isNull(group))
		group = key;
	narrow_key(cx, env, key, strip(g->arg), g, inside, asserted);
	if (!clang_equalCursors(group, key))
		narrow_key(cx, env, group, strip(g->arg), g, inside, asserted);
	for (int i = 0; i < env->n; i++) {
		struct binding *b = &env->b[i];
		if (clang_equalCursors(b->base, group) && !clang_equalCursors(b->decl, key))
			b->v = narrowed(cx, b->v, g, inside, asserted);
		else if (b->obj && clang_equalCursors(b->decl, key))
			b->v = narrowed(cx, b->v, g, inside, asserted); /* a.f of any a */
	}
}

/* Is `s` a guard test (a guard macro written there, or a call to a guard
 * function)?  A __builtin_expect (likely/unlikely) hands back its first
 * argument in *next instead. */
static bool guard_test(struct fctx *cx, CXCursor s, struct guard_hit *g, CXCursor *next)
{
	struct engine *e = cx->e;
	*next = clang_getNullCursor();
	memset(g, 0, sizeof(*g));
	g->at = s;
	g->test = clang_getNullCursor();
	CXFile file;
	unsigned b, end;
	begin_offset(s, &file, &b, &end);
	struct expansion *x = file ? macro_index_find(e->macros, file, b) : NULL;
	if (x && x->macro->role == MACRO_GUARD && expansion_holds(x, end)) {
		int a = x->macro->guard->arg;
		if (!expansion_args(e, x) || a >= x->nargs ||
		    !find_arg_root(s, file, x->arg_begin[a], x->arg_end[a], &g->arg))
			return false;
		g->rule = x->macro->guard;
		g->name = x->macro->name;
		return true;
	}
	if (clang_getCursorKind(s) != CXCursor_CallExpr)
		return false;
	CXCursor callee = clang_getCursorReferenced(s);
	char *name = cursor_name(e, clang_Cursor_isNull(callee) ? s : callee);
	const struct guard_rule *rule = roles_condition(e->rs->roles, name);
	if (!strcmp(name, "__builtin_expect") && clang_Cursor_getNumArguments(s) >= 1) {
		*next = clang_Cursor_getArgument(s, 0);
		return false;
	}
	if (!rule || rule->arg >= clang_Cursor_getNumArguments(s))
		return false;
	g->arg = clang_Cursor_getArgument(s, (unsigned)rule->arg);
	g->rule = rule;
	g->name = name;
	return true;
}

/* The stored guard a variable or field holds on this path, if any. */
static const struct stored_guard *stored_guard(struct fctx *cx, CXCursor s)
{
	enum CXCursorKind k = clang_getCursorKind(s);
	if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr)
		return NULL;
	CXCursor key = clang_getCanonicalCursor(clang_getCursorReferenced(s));
	for (const struct stored_guard *sg = cx->stored; sg; sg = sg->next)
		if (clang_equalCursors(sg->var, key))
			return sg->valid ? sg : NULL;
	return NULL;
}

/* The value of a statement expression: its last statement. */
static CXCursor statement_expr_value(CXCursor s)
{
	CXCursor out = clang_getNullCursor();
	struct kids ks;
	kids_of(s, &ks);
	if (ks.n == 1 && clang_getCursorKind(kid(&ks, 0)) == CXCursor_CompoundStmt) {
		struct kids body;
		kids_of(kid(&ks, 0), &body);
		if (body.n && is_expr(kid(&body, body.n - 1)))
			out = kid(&body, body.n - 1);
		kids_free(&body);
	}
	kids_free(&ks);
	return out;
}

/* Applies what leaf condition `cond` being `truth` says about guarded
 * pointers to env.  && and || never reach here: the lowering made them
 * edges (lower.c).  A ! or likely() still may, inside a statement
 * expression's value (WARN_ON(!guard(p))); any other operator may be a
 * guard macro's body (PageHighMem(p) is `is_highmem_idx(page_zonenum(p))`,
 * a test of bits in the testdata model): the guard test below. */
void apply_condition(struct fctx *cx, struct env *env, CXCursor cond, bool truth)
{
	if (env->unreachable)
		return;
	/* A constant condition (IS_ENABLED(CONFIG_VMAP_STACK), sizeof tests)
	 * decides its branch: the other one is dead code for this config. */
	int constant = constant_truth(cond);
	if (constant >= 0) {
		if (constant != truth)
			env->unreachable = true;
		return;
	}
	for (;;) {
		CXCursor s = strip(cond);
		enum CXCursorKind k = clang_getCursorKind(s);
		if (k == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
			struct kids ks;
			kids_of(s, &ks);
			if (ks.n != 1) {
				kids_free(&ks);
				return;
			}
			cond = kid(&ks, 0);
			kids_free(&ks);
			truth = !truth;
			continue;
		}
		if (k == CXCursor_StmtExpr) {
			cond = statement_expr_value(s); /* WARN_ON(guard) */
			if (clang_Cursor_isNull(cond))
				return;
			continue;
		}
		const struct stored_guard *sg = stored_guard(cx, s);
		if (sg) {
			struct guard_hit g = sg->hit;
			g.test = s;
			narrow_target(cx, env, &g, truth != g.negated);
			return;
		}
		struct guard_hit g;
		if (guard_test(cx, s, &g, &cond)) {
			narrow_target(cx, env, &g, truth);
			return;
		}
		if (clang_Cursor_isNull(cond))
			return;
	}
}

/* `var = guard(p)` (or its negation): the branch that later tests var is
 * decided by the guard.  Any other store to var forgets it. */
void note_stored_guard(struct fctx *cx, CXCursor lhs, CXCursor rhs)
{
	CXCursor t = strip(lhs);
	enum CXCursorKind lk = clang_getCursorKind(t);
	if (lk == CXCursor_VarDecl)
		t = lhs;
	else if (lk != CXCursor_DeclRefExpr && lk != CXCursor_MemberRefExpr)
		return;
	CXCursor var =
	    clang_getCanonicalCursor(lk == CXCursor_VarDecl ? t : clang_getCursorReferenced(t));
	struct guard_hit g;
	bool negated = false, found = false;
	CXCursor s = rhs, next;
	for (int guard = 0; guard < 64 && !found; guard++) {
		s = strip(s);
		if (clang_getCursorKind(s) == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
			struct kids ks;
			kids_of(s, &ks);
			CXCursor inner = ks.n == 1 ? kid(&ks, 0) : clang_getNullCursor();
			kids_free(&ks);
			if (clang_Cursor_isNull(inner))
				break;
			negated = !negated;
			s = inner;
			continue;
		}
		found = guard_test(cx, s, &g, &next);
		if (found || clang_Cursor_isNull(next))
			break;
		s = next;
	}
	struct stored_guard *sg = NULL;
	for (struct stored_guard *i = cx->stored; i; i = i->next)
		if (clang_equalCursors(i->var, var))
			sg = i;
	if (!found) {
		if (sg)
			sg->valid = false;
		return;
	}
	if (!sg) {
		sg = arena_alloc(&cx->e->arena, sizeof(*sg));
		sg->var = var;
		sg->next = cx->stored;
		cx->stored = sg;
	}
	g.negated = negated;
	sg->hit = g;
	sg->valid = true;
}
