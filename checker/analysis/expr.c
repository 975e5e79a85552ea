/* Expressions: the regions a value may point into (rvalue mode) or the
 * regions the object it names lives in (lvalue mode), and the rule macros
 * whose values they are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "../rules/roles.h"
#include "eval.h"

static value ev_node(struct fctx *cx, CXCursor c, enum mode mode);

/* ---- rule macros ---- */

static bool claimed(const struct fctx *cx, const struct expansion *x)
{
	for (const struct frame *f = cx->frame; f; f = f->up)
		if (f->x == x)
			return true;
	return false;
}

static value eval_macro(struct fctx *cx, CXCursor c, struct expansion *x, enum mode mode)
{
	struct engine *e = cx->e;
	const struct macro_info *m = x->macro;
	struct frame fr = {.x = x, .up = cx->frame};
	bool collect = m->role == MACRO_SINK && expansion_args(e, x) && m->sink_arg >= 0 &&
	               m->sink_arg < x->nargs;
	bool image = m->role == MACRO_SANITIZER && m->image && expansion_args(e, x) && x->nargs > 0;
	if (collect || image) {
		fr.nargs = x->nargs;
		fr.args = arena_alloc(&e->arena, (size_t)x->nargs * sizeof(value));
		fr.arg_roots = arena_alloc(&e->arena, (size_t)x->nargs * sizeof(CXCursor));
		for (int i = 0; i < x->nargs; i++)
			fr.arg_roots[i] = clang_getNullCursor();
	}
	cx->frame = &fr;
	if (m->role == MACRO_SANITIZER)
		cx->silent++;
	value v = ev_node(cx, c, mode);
	if (m->role == MACRO_SANITIZER)
		cx->silent--;
	cx->frame = fr.up;

	switch (m->role) {
	case MACRO_SOURCE: {
		const struct source_rule *src = m->source;
		bool applies = src->yield == YIELD_LVALUE
		                   ? mode == LVALUE
		                   : mode == RVALUE && type_is_address(clang_getCursorType(c));
		if (!applies)
			return v;
		const char *note = src->note
		                       ? src->note
		                       : arena_printf(&e->arena, "%s() yields %s memory", m->name,
		                                      e->rs->regions[src->region].name);
		return val_union(
		    e, val_region(e, src->region, new_step(e, STEP_SOURCE, &x->loc, note, NULL)),
		    v);
	}
	case MACRO_WRAPS_SOURCE: {
		if (!(val_regions(v) & (1u << m->wrapped->region)))
			return v;
		const char *note = arena_printf(&e->arena, "%s() expands to %s()", m->name, m->via);
		value wrapped = val_step(e, val_keep_regions(e, v, 1u << m->wrapped->region),
		                         STEP_MACRO, &x->loc, note);
		return val_union(e, wrapped, v);
	}
	case MACRO_SINK:
		if (mode != RVALUE || (!collect && !m->via))
			return v;
		{
			const char *name = m->name;
			value arg = collect ? val_union(e, fr.args[m->sink_arg],
			                                typed_value(cx, fr.arg_roots[m->sink_arg]))
			                    : NULL;
			/* A wrapper's inner translation is arithmetic the walk
			 * already followed: its value carries the regions of
			 * whatever pointer the body translated. */
			if (m->via)
				arg = val_union(
				    e, arg,
				    val_without(e, val_only(e, v, TAINT_REGION), TAINT_PHYS));
			if (m->via && !cx->silent)
				arg = val_step(e, arg, STEP_MACRO, &x->loc,
				               arena_printf(&e->arena, "%s() expands to %s()",
				                            m->name, m->via));
			value phys = check_sink(cx, m->sink, m->via ? m->via : name, &x->loc, arg);
			return m->sink->consumer ? NULL : phys;
		}
	case MACRO_SANITIZER:
		if (image && mode == RVALUE)
			return check_image_symbol(cx, m->image, m->name, &x->loc, fr.arg_roots[0],
			                          fr.args[0]);
		return NULL;
	case MACRO_GUARD:
		return NULL;
	case MACRO_NONE:
		break;
	}
	return v;
}

/* ---- expressions ---- */

static value ev_at(struct fctx *cx, CXCursor c, enum mode mode);

/* The rule macro whose value the node at [b, end) of file is, if ev() is
 * to take it whole (not one being evaluated already). */
static struct expansion *value_macro(struct fctx *cx, CXFile file, unsigned b, unsigned end)
{
	struct expansion *x = file ? macro_index_find(cx->e->macros, file, b) : NULL;
	return x && !claimed(cx, x) && expansion_holds(x, end) ? x : NULL;
}

bool in_rule_macro(struct fctx *cx, CXCursor c)
{
	CXFile file;
	unsigned b, end;
	begin_offset(c, &file, &b, &end);
	return file && macro_index_find(cx->e->macros, file, b);
}

value call_node(struct fctx *cx, CXCursor c, const struct role *role)
{
	value v = eval_call(cx, c, role);
	copy_call(cx, c);
	return call_object(cx, c, v);
}

bool macro_value_at(struct fctx *cx, CXCursor c)
{
	CXFile file;
	unsigned b, end;
	begin_offset(c, &file, &b, &end);
	return value_macro(cx, file, b, end) != NULL;
}

value ev(struct fctx *cx, CXCursor c, enum mode mode)
{
	if (!enter_nest(cx))
		return NULL;
	value v = ev_at(cx, c, mode);
	cx->e->nest--;
	return v;
}

static value ev_at(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct engine *e = cx->e;
	if (mode == RVALUE && type_is_array_or_function(clang_getCursorType(c)) &&
	    clang_getCursorKind(c) != CXCursor_CallExpr)
		mode = LVALUE; /* array and function designators decay to their address */

	CXFile file;
	unsigned b, end;
	begin_offset(c, &file, &b, &end);

	/* Is this the outermost node written inside an argument of the rule
	 * macro being evaluated?  Then its value is that argument's. */
	struct frame *fr = cx->frame;
	int argi = -1;
	if (fr && fr->args && !fr->in_arg && file == fr->x->file)
		for (int i = 0; i < fr->nargs; i++)
			if (b >= fr->x->arg_begin[i] && b < fr->x->arg_end[i]) {
				argi = i;
				fr->in_arg = true;
				break;
			}

	value v;
	struct expansion *x = value_macro(cx, file, b, end);
	if (x)
		v = eval_macro(cx, c, x, mode);
	else
		v = ev_node(cx, c, mode);

	if (argi >= 0) {
		fr->in_arg = false;
		fr->args[argi] = val_union(e, fr->args[argi], v);
		if (clang_Cursor_isNull(fr->arg_roots[argi]))
			fr->arg_roots[argi] = c;
	}
	return v;
}

static value ev_children(struct fctx *cx, CXCursor c, enum mode mode, bool union_all)
{
	struct kids ks;
	kids_of(c, &ks);
	value v = NULL;
	for (unsigned i = 0; i < ks.n; i++) {
		CXCursor k = kid(&ks, i);
		if (!is_expr(k)) {
			if (clang_getCursorKind(k) == CXCursor_CompoundStmt)
				exec(cx, k);
			continue;
		}
		value kv = ev(cx, k, mode);
		v = union_all ? val_union(cx->e, v, kv) : kv;
	}
	kids_free(&ks);
	return v;
}

/* The locals a statement expression declares end with it. */
static void forget_locals(struct fctx *cx, const struct kids *body)
{
	for (unsigned i = 0; i < body->n; i++) {
		if (clang_getCursorKind(kid(body, i)) != CXCursor_DeclStmt)
			continue;
		struct kids vs;
		kids_of(kid(body, i), &vs);
		for (unsigned k = 0; k < vs.n; k++)
			if (clang_getCursorKind(kid(&vs, k)) == CXCursor_VarDecl &&
			    is_local_var(kid(&vs, k)))
				env_remove(cx->env, clang_getCanonicalCursor(kid(&vs, k)));
		kids_free(&vs);
	}
}

/* ({ statements; value }): the statements are a region run here (flow.c),
 * the value is the last expression's. */
static value eval_statement_expr(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct kids ks;
	kids_of(c, &ks);
	value v = NULL;
	if (ks.n == 1 && clang_getCursorKind(kid(&ks, 0)) == CXCursor_CompoundStmt) {
		CXCursor body = kid(&ks, 0);
		exec_region(cx, body, true);
		struct kids bk;
		kids_of(body, &bk);
		if (bk.n && is_expr(kid(&bk, bk.n - 1)))
			v = ev(cx, kid(&bk, bk.n - 1), mode);
		forget_locals(cx, &bk);
		kids_free(&bk);
	}
	kids_free(&ks);
	return v;
}

/* c ? a : b is a region of its own (lower.c): the condition's chain of
 * guard-branches, each arm a block whose value goes into the temporary
 * keyed by c, joined at its exit.  GNU a ?: b is evaluated whole. */
static value eval_conditional(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct kids ks;
	kids_of(c, &ks);
	unsigned n = ks.n;
	kids_free(&ks);
	if (n == 3)
		return eval_region(cx, c, mode);
	return ev_children(cx, c, mode, true);
}

/* What a binary operator makes of its operands' values. */
static bool is_pointer(CXCursor c)
{
	enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(c)).kind;
	return k == CXType_Pointer || k == CXType_ConstantArray || k == CXType_IncompleteArray;
}

static value combine(struct engine *e, CXCursor node, CXCursor rhs, value l, value r)
{
	switch (clang_getCursorBinaryOperatorKind(node)) {
	case CXBinaryOperator_Add:
	case CXBinaryOperator_AddAssign:
	case CXBinaryOperator_Or:
	case CXBinaryOperator_OrAssign:
	case CXBinaryOperator_And:
	case CXBinaryOperator_AndAssign:
	case CXBinaryOperator_Xor:
	case CXBinaryOperator_XorAssign:
		/* the integer may move the pointer: base + __per_cpu_offset[] */
		return val_union(e, l, val_without(e, r, TAINT_PHYS));
	case CXBinaryOperator_Sub:
	case CXBinaryOperator_SubAssign:
		/* `p - n` points where p does, whatever regions n carries;
		 * pointer - pointer is a distance, not a pointer */
		if (is_pointer(node))
			return l;
		return is_pointer(rhs) || val_regions(r) ? NULL : l;
	case CXBinaryOperator_Comma:
		return r;
	default:
		return NULL;
	}
}

/* Operators whose left operand is evaluated first and alone, with no
 * effect on the state: a left-deep chain of them is walked iteratively. */
static bool chainable(CXCursor c)
{
	if (clang_getCursorKind(c) != CXCursor_BinaryOperator)
		return false;
	enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
	return op != CXBinaryOperator_Assign && op != CXBinaryOperator_LAnd &&
	       op != CXBinaryOperator_LOr && op != CXBinaryOperator_Invalid;
}

/* The rule macro whose value a chain node starting at the chain's first
 * token could be: all nodes of a left spine start there. */
static struct expansion *chain_macro(struct fctx *cx, CXCursor top)
{
	CXFile file;
	unsigned b, end;
	begin_offset(top, &file, &b, &end);
	struct expansion *x = file ? macro_index_find(cx->e->macros, file, b) : NULL;
	return x && !claimed(cx, x) ? x : NULL;
}

/* Would ev() on a spine node go straight to ev_node()?  Not when it is the
 * value of that macro.  A spine node ends where its right operand ends:
 * asking for its own extent would walk the whole spine below it. */
static bool plain_node(struct expansion *x, CXCursor rhs)
{
	if (!x)
		return true;
	CXFile f;
	unsigned end;
	clang_getFileLocation(clang_getRangeEnd(clang_getCursorExtent(rhs)), &f, NULL, NULL, &end);
	return !(f == x->file && expansion_holds(x, end));
}

struct chain_link {
	CXCursor node, rhs;
};

/* `p + 1 + ... + 1` and `a, b, ..., z` are left-deep trees as deep as
 * they are long: gather the left spine, evaluate its leftmost operand, then
 * fold the right operands in order. */
static value eval_chain(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct chain_link *v = NULL;
	size_t n = 0, cap = 0;
	struct expansion *x = chain_macro(cx, c);
	CXCursor node = c, leftmost;
	for (;;) {
		struct kids ks;
		kids_of(node, &ks);
		if (ks.n != 2) {
			kids_free(&ks);
			leftmost = node; /* malformed: evaluated as a whole */
			break;
		}
		if (n == cap)
			v = xrealloc(v, (cap = cap ? 2 * cap : 16) * sizeof(*v));
		v[n++] = (struct chain_link){node, kid(&ks, 1)};
		leftmost = kid(&ks, 0);
		kids_free(&ks);
		if (!chainable(leftmost))
			break;
		struct kids lk;
		kids_of(leftmost, &lk);
		bool plain = lk.n == 2 && plain_node(x, kid(&lk, 1));
		kids_free(&lk);
		if (!plain)
			break;
		node = leftmost;
	}
	value l = clang_equalCursors(leftmost, c) ? NULL : ev(cx, leftmost, RVALUE);
	while (n-- > 0)
		l = combine(e, v[n].node, v[n].rhs, l, ev(cx, v[n].rhs, RVALUE));
	free(v);
	return l;
}

static value eval_binary(struct fctx *cx, CXCursor c, bool compound)
{
	struct engine *e = cx->e;
	if (!compound && chainable(c))
		return eval_chain(cx, c);
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n != 2) {
		kids_free(&ks);
		return ev_children(cx, c, RVALUE, false);
	}
	CXCursor lhs = kid(&ks, 0), rhs = kid(&ks, 1);
	kids_free(&ks);
	enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
	struct xc_loc loc = cursor_loc(cx, c);

	if (op == CXBinaryOperator_Assign) {
		value r = ev(cx, rhs, RVALUE);
		assign(cx, lhs, r, &loc);
		assign_object(cx, lhs, rhs);
		note_stored_guard(cx, lhs, rhs);
		CXCursor target = strip(lhs);
		if (clang_getCursorKind(target) == CXCursor_DeclRefExpr &&
		    is_local_var(clang_getCursorReferenced(target)))
			note_derived(
			    cx, clang_getCanonicalCursor(clang_getCursorReferenced(target)), rhs);
		return r;
	}
	if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
		/* A region (lower.c): the right side runs only where the left
		 * decided so. */
		eval_region(cx, c, RVALUE);
		return NULL;
	}
	value l = ev(cx, lhs, RVALUE), r = ev(cx, rhs, RVALUE);
	value out = combine(e, c, rhs, l, r);
	if (compound)
		assign(cx, lhs, out, &loc);
	return out;
}

value eval_assignment(struct fctx *cx, CXCursor c)
{
	if (!enter_nest(cx))
		return NULL;
	value v = eval_binary(cx, c, clang_getCursorKind(c) == CXCursor_CompoundAssignOperator);
	cx->e->nest--;
	return v;
}

static value eval_unary(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct kids ks;
	kids_of(c, &ks);
	CXCursor operand = ks.n ? kid(&ks, ks.n - 1) : clang_getNullCursor();
	kids_free(&ks);
	if (clang_Cursor_isNull(operand))
		return NULL;
	switch (clang_getCursorUnaryOperatorKind(c)) {
	case CXUnaryOperator_AddrOf:
		return ev(cx, operand, LVALUE);
	case CXUnaryOperator_Deref: {
		/* *p is located where p points; its content is tracked only
		 * where p is a field or global (one cell for what it points to). */
		value p = ev(cx, operand, RVALUE);
		return mode == LVALUE ? p : deref_value(cx, operand, c);
	}
	case CXUnaryOperator_PostInc:
	case CXUnaryOperator_PostDec:
	case CXUnaryOperator_PreInc:
	case CXUnaryOperator_PreDec:
	case CXUnaryOperator_Extension:
		return ev(cx, operand, mode);
	default:
		ev(cx, operand, RVALUE);
		return NULL;
	}
}

static value eval_member(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct engine *e = cx->e;
	CXCursor base = first_kid(c);
	value where = NULL;
	if (!clang_Cursor_isNull(base))
		where = ev(cx, base, type_is_pointer(clang_getCursorType(base)) ? RVALUE : LVALUE);
	if (mode == LVALUE)
		return where; /* a field lives where its struct lives */
	CXCursor field = clang_getCursorReferenced(c);
	if (clang_getCursorKind(field) != CXCursor_FieldDecl)
		return NULL;
	value v = field_read(cx, field, where, c);
	if (!v)
		return NULL;
	struct xc_loc loc = cursor_loc(cx, c);
	char *fname = cursor_name(e, field);
	return val_step(e, v, STEP_FIELD_LOAD, &loc,
	                arena_printf(&e->arena, "read back from field '%s'", fname));
}

static value eval_subscript(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct kids ks;
	kids_of(c, &ks);
	value v = NULL;
	if (ks.n == 2) {
		CXCursor base = kid(&ks, 0);
		ev(cx, kid(&ks, 1), RVALUE);
		value where = ev(cx, base, RVALUE); /* arrays decay: where the element is */
		if (mode == LVALUE) {
			v = where;
		} else {
			CXCursor b = strip(base);
			if (clang_getCursorKind(b) == CXCursor_MemberRefExpr &&
			    clang_getCursorKind(clang_getCursorReferenced(b)) ==
			        CXCursor_FieldDecl) {
				CXCursor field = clang_getCursorReferenced(b);
				if (type_is_array_or_function(clang_getCursorType(field)))
					v = field_read(cx, field, where, b);
				else
					v = deref_value(cx, b, c);
				if (v) {
					struct xc_loc loc = cursor_loc(cx, c);
					char *fname = cursor_name(cx->e, field);
					v = val_step(
					    cx->e, v, STEP_FIELD_LOAD, &loc,
					    arena_printf(&cx->e->arena,
					                 "read back from an element of field '%s'",
					                 fname));
				}
			} else if (clang_getCursorKind(b) == CXCursor_DeclRefExpr) {
				CXCursor ref = clang_getCursorReferenced(b);
				/* a parameter declared as an array is a pointer: its
				 * elements are not tracked */
				if (clang_getCursorKind(ref) == CXCursor_VarDecl &&
				    type_is_array_or_function(clang_getCursorType(ref)))
					v = variable_value(cx, ref, b);
			}
		}
	}
	kids_free(&ks);
	return v;
}

/* Where a variable lives, and the object it is. */
static value variable_object(struct fctx *cx, CXCursor ref, value where)
{
	enum CXCursorKind k = clang_getCursorKind(ref);
	if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl)
		return where;
	int id = object_id(cx, is_local_var(ref) ? OBJ_LOCAL : OBJ_GLOBAL,
	                   clang_getCanonicalCursor(ref));
	return val_union(cx->e, where, object_ref(cx, id));
}

static value ev_node(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct engine *e = cx->e;
	switch (clang_getCursorKind(c)) {
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(c);
		enum CXCursorKind rk = clang_getCursorKind(ref);
		if (mode == LVALUE)
			return variable_object(cx, ref, location_of_decl(cx, ref, c));
		if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl)
			return variable_value(cx, ref, c);
		return NULL;
	}
	case CXCursor_MemberRefExpr:
		return eval_member(cx, c, mode);
	case CXCursor_ArraySubscriptExpr:
		return eval_subscript(cx, c, mode);
	case CXCursor_UnaryOperator:
		return eval_unary(cx, c, mode);
	case CXCursor_BinaryOperator:
		return eval_binary(cx, c, false);
	case CXCursor_CompoundAssignOperator:
		return eval_binary(cx, c, true);
	case CXCursor_ConditionalOperator:
		return eval_conditional(cx, c, mode);
	case CXCursor_CallExpr: {
		bool done;
		value v = env_get(cx->env, c, &done);
		if (done) { /* an INS_CALL ran it: its temporary */
			env_remove(cx->env, c);
			return v;
		}
		return call_node(cx, c, NULL);
	}
	case CXCursor_StmtExpr:
		return eval_statement_expr(cx, c, mode);
	case CXCursor_ParenExpr:
		return ev_children(cx, c, mode, false);
	case CXCursor_CStyleCastExpr: /* container_of(): nodes.c */
		return node_converted(cx, c, ev_children(cx, c, mode, false));
	case CXCursor_UnexposedExpr:
	case CXCursor_InitListExpr:
		return ev_children(cx, c, mode, true);
	case CXCursor_CompoundLiteralExpr:
		ev_children(cx, c, RVALUE, true);
		int stack = roles_place(e->rs->roles, PLACE_LOCAL, NULL, false).region;
		if (mode == LVALUE && stack >= 0) {
			struct xc_loc loc = cursor_loc(cx, c);
			return val_region(e, stack,
			                  new_step(e, STEP_SOURCE, &loc,
			                           "a compound literal: stack memory", NULL));
		}
		return NULL;
	case CXCursor_UnaryExpr: /* sizeof, alignof: not evaluated */
	case CXCursor_StringLiteral:
	case CXCursor_IntegerLiteral:
	case CXCursor_FloatingLiteral:
	case CXCursor_CharacterLiteral:
		return NULL;
	default:
		ev_children(cx, c, RVALUE, false);
		return NULL;
	}
}
