/* Calls: listed sources, sinks, sanitizers and guards by name, trust
 * annotations, and everything else through the callee's summary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "../rules/roles.h"
#include "eval.h"

/* The callee stored through parameter i: `f(&x)` assigns x, and a pointer
 * the caller got as its own parameter makes the caller's summary say so. */
static void apply_outs(struct fctx *cx, struct summary *s, CXCursor call, const struct xc_loc *loc,
                       value *args, int nargs)
{
	struct engine *e = cx->e;
	for (struct param_out *o = s->outs; o; o = o->next) {
		if (o->param >= nargs || cx->silent)
			continue;
		value v = val_step(e, o->v, STEP_CALL, loc,
		                   arena_printf(&e->arena, "%s() stores it through argument %d",
		                                s->name, o->param + 1));
		CXCursor arg = strip(clang_Cursor_getArgument(call, (unsigned)o->param));
		if (clang_getCursorKind(arg) == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(arg) == CXUnaryOperator_AddrOf) {
			struct kids ks;
			kids_of(arg, &ks);
			if (ks.n)
				assign(cx, kid(&ks, 0), v, loc);
			kids_free(&ks);
			continue;
		}
		for (value t = args[o->param]; t; t = t->next)
			if (t->kind == TAINT_PARAM)
				record_param_out(cx, t->bit, v);
	}
}

value apply_summary(struct fctx *cx, struct summary *s, CXCursor call, const struct xc_loc *loc,
                    value *args, int nargs)
{
	struct engine *e = cx->e;
	value out = NULL;
	for (value t = s->ret; t; t = t->next) {
		if (t->kind == TAINT_PARAM) {
			if ((int)t->bit < nargs) {
				value a = val_narrow(e, args[t->bit], t->mask, true);
				out = val_union(
				    e, out,
				    val_step(
				        e, a, STEP_CALL, loc,
				        arena_printf(&e->arena, "passed through %s()", s->name)));
			}
			continue;
		}
		out = val_union(e, out,
		                val_step(e, val_single(e, t), STEP_CALL, loc,
		                         arena_printf(&e->arena, "%s() returns it", s->name)));
	}
	out = slot_retype(e, cx->fn, call, out); /* a getter of a `void *` slot */
	for (struct param_sink *ps = s->sinks; ps; ps = ps->next) {
		/* a TU input's sink is the callee's own fact */
		if (ps->kind != TAINT_PARAM || ps->param >= nargs || cx->silent)
			continue;
		const char *msg = arena_printf(&e->arena, "passed to %s() as argument %d", s->name,
		                               ps->param + 1);
		for (value t = val_narrow(e, args[ps->param], ps->mask, true); t; t = t->next) {
			const struct step *head = new_step(e, STEP_CALL, loc, msg, t->path);
			const struct step *path = chain(e, head, ps->path);
			if (taint_symbolic(t)) {
				record_param_sink(cx, t, ps->sink, ps->sink_name, loc, path);
			} else if (t->kind == TAINT_REGION && (e->nonlinear & (1u << t->bit))) {
				add_finding(cx, rules_for_region(e->rs, t->bit), t->bit, ps->sink,
				            ps->sink_name, loc, path);
			}
		}
	}
	for (struct param_store *st = s->stores; st; st = st->next) {
		if (st->kind != TAINT_PARAM || st->param >= nargs || !args[st->param])
			continue;
		char *target = cursor_name(e, st->target);
		const char *msg =
		    clang_getCursorKind(st->target) == CXCursor_FieldDecl
		        ? arena_printf(&e->arena, "%s() stores it in field '%s' of %s", s->name,
		                       target,
		                       cursor_name(e, clang_getCursorSemanticParent(st->target)))
		        : arena_printf(&e->arena, "%s() stores it in '%s'", s->name, target);
		heap_store_typed(
		    cx, heap_cell(e, st->target), val_step(e, args[st->param], STEP_CALL, loc, msg),
		    st->type                     ? st->type
		    : slot_field(st->target)     ? slot_arg_type(e, call, st->param)
		    : links_own_type(st->target) ? node_arg_container(e, call, st->param)
		                                 : NULL);
	}
	apply_outs(cx, s, call, loc, args, nargs);
	apply_object_stores(cx, s, call, loc, args, nargs); /* into what arguments point to */
	return out;
}

/* An object of the kernel image: a global or static variable, or a
 * function, named directly or through &, [] on an array, . or +/-. */
static bool image_object(CXCursor c)
{
	for (;;) {
		c = strip(c);
		enum CXCursorKind k = clang_getCursorKind(c);
		if (k == CXCursor_DeclRefExpr) {
			CXCursor ref = clang_getCursorReferenced(c);
			enum CXCursorKind rk = clang_getCursorKind(ref);
			return rk == CXCursor_FunctionDecl ||
			       (rk == CXCursor_VarDecl && !is_local_var(ref));
		}
		struct kids ks;
		kids_of(c, &ks);
		CXCursor next = clang_getNullCursor();
		if (k == CXCursor_UnaryOperator && ks.n == 1 &&
		    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf)
			next = kid(&ks, 0);
		else if (k == CXCursor_ArraySubscriptExpr && ks.n == 2 &&
		         type_is_array_or_function(clang_getCursorType(kid(&ks, 0))))
			next = kid(&ks, 0);
		else if (k == CXCursor_MemberRefExpr && ks.n >= 1 &&
		         !type_is_pointer(clang_getCursorType(kid(&ks, 0))))
			next = kid(&ks, 0);
		else if (k == CXCursor_BinaryOperator && ks.n == 2 &&
		         (clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Add ||
		          clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Sub))
			next = type_is_address(clang_getCursorType(kid(&ks, 0))) ? kid(&ks, 0)
			                                                         : kid(&ks, 1);
		kids_free(&ks);
		if (clang_Cursor_isNull(next))
			return false;
		c = next;
	}
}

/* A function that does not return (BUG(), panic()): declared noreturn or
 * _Noreturn, which the function type's spelling shows, or the builtin
 * that marks unreachable code. */
static bool no_return(struct engine *e, CXCursor callee, const char *name)
{
	if (!strcmp(name, "__builtin_unreachable") || !strcmp(name, "__builtin_trap"))
		return true;
	CXString s = clang_getTypeSpelling(clang_getCursorType(callee));
	const char *t = clang_getCString(s);
	bool out = t && strstr(t, "__attribute__((noreturn))");
	clang_disposeString(s);
	(void)e;
	return out;
}

value check_image_symbol(struct fctx *cx, const struct sanitizer_rule *san, const char *name,
                         const struct xc_loc *loc, CXCursor arg, value v)
{
	if (!cx->e->in->module && !clang_Cursor_isNull(arg) && image_object(arg))
		return NULL; /* what it is for: a symbol of the kernel image */
	return check_sink(cx, &san->as_sink, name, loc, v);
}

/* Whether argument `arg`, as the compiler folds it, is an integer constant
 * with a bit of `mask` set (GFP_HIGHUSER has __GFP_HIGHMEM). */
static bool constant_has_bits(CXCursor arg, uint64_t mask)
{
	CXEvalResult r = clang_Cursor_Evaluate(arg);
	if (!r)
		return false;
	bool out = false;
	if (clang_EvalResult_getKind(r) == CXEval_Int)
		out = (clang_EvalResult_getAsUnsigned(r) & mask) != 0;
	clang_EvalResult_dispose(r);
	return out;
}

/* A listed source's value: its region, unless the rule's "when" sets a
 * condition on an argument (rules.h, source_when) that the call does not
 * meet.  A region condition continues the path of the argument's taint:
 * the allocation, then page_address(). */
static value source_call(struct fctx *cx, const struct source_rule *src, CXCursor c,
                         const char *name, const struct xc_loc *loc, value *args, int nargs)
{
	struct engine *e = cx->e;
	const struct source_when *w = &src->when;
	const char *note = src->note ? src->note
	                             : arena_printf(&e->arena, "%s() returns %s memory", name,
	                                            e->rs->regions[src->region].name);
	if (w->arg < 0 ||
	    (w->flags && w->arg < nargs &&
	     constant_has_bits(clang_Cursor_getArgument(c, (unsigned)w->arg), w->flags)))
		return val_region(e, src->region, new_step(e, STEP_SOURCE, loc, note, NULL));
	value out = NULL;
	for (value t = w->region >= 0 && w->arg < nargs ? args[w->arg] : NULL; t; t = t->next)
		if (t->kind == TAINT_REGION && (int)t->bit == w->region)
			out = val_union(e, out,
			                val_region(e, src->region,
			                           new_step(e, STEP_SOURCE, loc, note, t->path)));
	return out;
}

/* A call of a function the rules list, by its role (rules/roles.h). */
static value listed_call(struct fctx *cx, const struct role *r, CXCursor c, const char *name,
                         const struct xc_loc *loc, value *args, int nargs)
{
	struct engine *e = cx->e;
	switch (r->kind) {
	case ROLE_SANITIZER:
		return r->sanitizer->image_symbols && nargs > 0
		           ? check_image_symbol(cx, r->sanitizer, name, loc,
		                                clang_Cursor_getArgument(c, 0), args[0])
		           : NULL;
	case ROLE_SINK: {
		int a = r->sink->arg;
		if (a >= nargs)
			return NULL;
		value typed = typed_value(cx, clang_Cursor_getArgument(c, (unsigned)a));
		return check_sink(cx, r->sink, name, loc, val_union(e, args[a], typed));
	}
	case ROLE_SOURCE:
		return source_call(cx, r->source, c, name, loc, args, nargs);
	case ROLE_RETURNS: /* memcpy(): its destination, not every argument */
		return r->returns->arg < nargs
		           ? val_step(e, args[r->returns->arg], STEP_CALL, loc,
		                      arena_printf(&e->arena, "%s() returns its argument %d", name,
		                                   r->returns->arg + 1))
		           : NULL;
	default: /* a guard: its value is a truth, apply_condition() reads it */
		return NULL;
	}
}

value eval_call(struct fctx *cx, CXCursor c, const struct role *role)
{
	struct engine *e = cx->e;
	int nargs = clang_Cursor_getNumArguments(c);
	if (nargs < 0)
		nargs = 0;
	value *args = arena_alloc(&e->arena, (size_t)(nargs + 1) * sizeof(value));
	for (int i = 0; i < nargs; i++)
		args[i] = ev(cx, clang_Cursor_getArgument(c, (unsigned)i), RVALUE);

	CXCursor callee = clang_getCursorReferenced(c);
	if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
		return indirect_call(cx, c, args, nargs); /* through a function pointer */
	const char *name = cursor_name(e, callee);
	struct xc_loc loc = cursor_loc(cx, c);
	indirect_register(cx, c, name, nargs); /* a callback registration */

	struct role r = role ? *role : roles_call(e->rs->roles, name);
	if (r.kind != ROLE_NONE)
		return listed_call(cx, &r, c, name, &loc, args, nargs);
	struct trust t = trust_of(e, callee);
	if (t.sanitizer)
		return NULL;
	if (t.returns >= 0)
		return val_region(
		    e, t.returns,
		    new_step(e, STEP_SOURCE, &loc,
		             arena_printf(&e->arena, "%s() is annotated to return %s memory", name,
		                          e->rs->regions[t.returns].name),
		             NULL));
	if (no_return(e, callee, name)) {
		cx->env->unreachable = true;
		return NULL;
	}
	struct summary *s = summary_get(e, callee);
	bool external = clang_Cursor_isNull(s->def);
	if (external && !strncmp(name, "__builtin_", 10))
		return NULL; /* the compiler's own: no TU defines it */
	struct call_rec *rec =
	    record_call(cx, c, s->fn, name, &loc, args, nargs, external ? NULL : s);
	return external ? call_result(cx, rec, &loc) : apply_summary(cx, s, c, &loc, args, nargs);
}
