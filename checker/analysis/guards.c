/* Guards: is_vmalloc_addr(), virt_addr_valid() ... narrow the value of the
 * local or parameter they test, in the branch they decide. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
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

static void narrow_var(struct fctx *cx, struct env *env, CXCursor arg, regionset guard, bool inside)
{
	CXCursor target = strip(arg);
	enum CXCursorKind k = clang_getCursorKind(target);
	CXCursor ref = clang_getCursorReferenced(target);
	CXCursor key = clang_getCanonicalCursor(ref);
	if (k == CXCursor_DeclRefExpr && is_local_var(ref)) {
		env_set(cx->e, env, key, val_narrow(cx->e, env_get(env, key, NULL), guard, inside));
	} else if (k == CXCursor_MemberRefExpr && clang_getCursorKind(ref) == CXCursor_FieldDecl) {
		/* is_vmalloc_addr(buf->data) ? vmalloc_to_page(buf->data) : ...
		 * The field is narrowed on this path only (and, fields being
		 * object-insensitive, for every object's field of that name). */
		value v = field_value(cx, env, ref, target);
		env_set(cx->e, env, key, val_narrow(cx->e, v, guard, inside));
	}
}

/* Is `s` a guard test (a guard macro written there, or a call to a guard
 * function)?  Then its tested argument and regions.  A __builtin_expect
 * (likely/unlikely) hands back its first argument in *next instead. */
static bool guard_test(struct fctx *cx, CXCursor s, CXCursor *arg, regionset *guard, CXCursor *next)
{
	struct engine *e = cx->e;
	*next = clang_getNullCursor();
	CXFile file;
	unsigned b, end;
	begin_offset(s, &file, &b, &end);
	struct expansion *x = file ? macro_index_find(e->macros, file, b) : NULL;
	if (x && x->macro->role == MACRO_GUARD && end <= x->end) {
		int a = x->macro->guard->arg;
		if (!expansion_args(e, x) || a >= x->nargs ||
		    !find_arg_root(s, file, x->arg_begin[a], x->arg_end[a], arg))
			return false;
		*guard = x->macro->guard->regions;
		return true;
	}
	if (clang_getCursorKind(s) != CXCursor_CallExpr)
		return false;
	CXString n = clang_getCursorSpelling(s);
	char *name = xstrdup(clang_getCString(n));
	clang_disposeString(n);
	const struct guard_rule *g = rules_guard(e->rs, MATCH_FUNCTION, name);
	bool expect = !strcmp(name, "__builtin_expect");
	free(name);
	if (expect && clang_Cursor_getNumArguments(s) >= 1) {
		*next = clang_Cursor_getArgument(s, 0);
		return false;
	}
	if (!g || g->arg >= clang_Cursor_getNumArguments(s))
		return false;
	*arg = clang_Cursor_getArgument(s, (unsigned)g->arg);
	*guard = g->regions;
	return true;
}

/* Applies what `cond` being `truth` says about guarded locals to env. */
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
		if (k == CXCursor_BinaryOperator) {
			enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
			struct kids ks;
			kids_of(s, &ks);
			if (ks.n == 2 && ((op == CXBinaryOperator_LAnd && truth) ||
			                  (op == CXBinaryOperator_LOr && !truth))) {
				apply_condition(cx, env, kid(&ks, 0), truth);
				apply_condition(cx, env, kid(&ks, 1), truth);
			}
			kids_free(&ks);
			return;
		}
		CXCursor arg;
		regionset guard;
		if (guard_test(cx, s, &arg, &guard, &cond)) {
			narrow_var(cx, env, arg, guard, truth);
			return;
		}
		if (clang_Cursor_isNull(cond))
			return;
	}
}

/* A guard's result kept in a variable (is_vmalloc = is_vmalloc_addr(p))
 * and tested later cannot be tied to the branch it decides: the function
 * is taken to pick the right translation for what it tested, and the
 * guard's regions are dropped from that variable or field from here on. */
void note_stored_guard(struct fctx *cx, CXCursor rhs)
{
	CXCursor arg, next;
	regionset guard;
	if (!guard_test(cx, strip(rhs), &arg, &guard, &next))
		return;
	CXCursor t = strip(arg);
	enum CXCursorKind k = clang_getCursorKind(t);
	if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr)
		return;
	struct checked *c = arena_alloc(&cx->e->arena, sizeof(*c));
	c->key = clang_getCanonicalCursor(clang_getCursorReferenced(t));
	c->regions = guard;
	c->next = cx->checked;
	cx->checked = c;
}

value drop_checked(struct fctx *cx, CXCursor decl, value v)
{
	for (struct checked *c = cx->checked; c && v; c = c->next)
		if (clang_equalCursors(c->key, decl))
			v = val_narrow(cx->e, v, c->regions, false);
	return v;
}
