/* Indirect calls and callback registrations.
 *
 * Once per TU (on first use), a walk of the main file's code records every
 * function whose address is stored into a slot: a field (a designated or
 * positional initialiser of a struct, nested or in an array, or an
 * assignment `p->ops.phys = f`), a variable (`fp = f`, `void (*fp)(void) =
 * f`, global or local) or a parameter of a function with a body in the TU
 * (`run(f)`).  A call through a function pointer (`ops->phys(x)`, `fp(x)`,
 * `(*fp)(x)`) names a slot: it is a call of every function stored there,
 * each through its summary (apply_summary(), as a direct call), and the
 * results are joined; a slot nothing is stored into stays opaque.
 *
 * A registration the rules list (rules/callbacks.json: INIT_WORK,
 * request_irq, ...) is a call of its callback with what the API will pass
 * it.  A registration function is matched at its call by name; a
 * registration macro is found in the walk (its invocation and the node
 * written in each argument) and applied where the walk meets a call that
 * its body makes (INIT_WORK's __init_work(), timer_setup's
 * init_timer_key()).  The table lives in the TU's keep arena. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

/* A function whose address is stored into a slot. */
struct slot_fn {
	CXCursor slot; /* canonical FieldDecl, VarDecl or ParmDecl */
	CXCursor fn;   /* canonical FunctionDecl */
	struct xc_loc at;
	struct slot_fn *next;
};

/* A registration macro written in the main file. */
struct registration {
	const struct callback_rule *rule;
	CXFile file;
	unsigned offset; /* of its name */
	struct xc_loc loc;
	int nargs;
	unsigned *arg_begin, *arg_end;
	CXCursor *args; /* the outermost node written in each argument */
	struct registration *next;
};

/* A slot's value copied into another: `fp = ops->phys`. */
struct slot_copy {
	CXCursor slot, from; /* canonical */
	struct slot_copy *next;
};

struct indirect {
	struct slot_fn *taken;
	struct slot_copy *copies;
	struct registration *regs;
};

struct walk {
	struct engine *e;
	struct indirect *ind;
};

/* ---- function designators ---- */

static CXCursor called_slot(CXCursor callee);

/* Calls fn on each function `expr` designates: `f`, `&f`, a cast of one,
 * either branch of `c ? f : g`. */
static void each_designated(CXCursor expr, void (*fn)(CXCursor f, void *d), void *d)
{
	/* a ?: chain (`a ? f : b ? g : h`) is walked down its else branches in
	 * a loop, however long it is */
	for (CXCursor c = strip(expr); !clang_Cursor_isNull(c);) {
		enum CXCursorKind k = clang_getCursorKind(c);
		struct kids ks;
		kids_of(c, &ks);
		CXCursor next = clang_getNullCursor();
		if (k == CXCursor_UnaryOperator && ks.n == 1 &&
		    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf)
			next = strip(kid(&ks, 0));
		else if (k == CXCursor_ConditionalOperator && ks.n == 3) {
			each_designated(kid(&ks, 1), fn, d);
			next = strip(kid(&ks, 2));
		} else if (k == CXCursor_DeclRefExpr &&
		           clang_getCursorKind(clang_getCursorReferenced(c)) ==
		               CXCursor_FunctionDecl)
			fn(clang_getCanonicalCursor(clang_getCursorReferenced(c)), d);
		kids_free(&ks);
		c = next;
	}
}

struct store_ctx {
	struct walk *w;
	CXCursor slot;
	CXCursor at;
};

static void record_store(CXCursor f, void *d)
{
	struct store_ctx *sc = d;
	struct engine *e = sc->w->e;
	struct slot_fn *t = arena_alloc(&e->keep, sizeof(*t));
	t->slot = clang_getCanonicalCursor(sc->slot);
	t->fn = f;
	engine_cursor_loc(e, sc->at, &t->at);
	t->next = sc->w->ind->taken;
	sc->w->ind->taken = t;
}

static bool is_array_list(CXCursor c)
{
	enum CXTypeKind t = clang_getCanonicalType(clang_getCursorType(c)).kind;
	return clang_getCursorKind(c) == CXCursor_InitListExpr &&
	       (t == CXType_ConstantArray || t == CXType_IncompleteArray);
}

static bool is_function_pointer(CXType t)
{
	t = clang_getCanonicalType(t);
	if (t.kind != CXType_Pointer)
		return false;
	enum CXTypeKind p = clang_getCanonicalType(clang_getPointeeType(t)).kind;
	return p == CXType_FunctionProto || p == CXType_FunctionNoProto;
}

/* `fp = ops->phys`: fp may hold what ops->phys holds. */
static void record_copy(struct walk *w, CXCursor slot, CXCursor value)
{
	CXCursor from = called_slot(value);
	if (clang_Cursor_isNull(from) || clang_getCursorKind(from) == CXCursor_FunctionDecl ||
	    !is_function_pointer(clang_getCursorType(strip(value))))
		return;
	struct slot_copy *c = arena_alloc(&w->e->keep, sizeof(*c));
	c->slot = clang_getCanonicalCursor(slot);
	c->from = from;
	c->next = w->ind->copies;
	w->ind->copies = c;
}

/* `value` stored into `slot`; each element of an array's initialiser list
 * (`[2] = f` too) is stored into the array's slot. */
static void store_into(struct walk *w, CXCursor slot, CXCursor value)
{
	enum CXCursorKind k = clang_getCursorKind(slot);
	if (k != CXCursor_FieldDecl && k != CXCursor_VarDecl && k != CXCursor_ParmDecl)
		return;
	CXCursor list = strip(value);
	if (!is_array_list(list)) {
		struct store_ctx sc = {w, slot, value};
		each_designated(value, record_store, &sc);
		record_copy(w, slot, value);
		return;
	}
	struct kids ks;
	kids_of(list, &ks);
	for (unsigned i = 0; i < ks.n; i++) {
		struct kids dk;
		kids_of(kid(&ks, i), &dk);
		bool designated =
		    clang_getCursorKind(kid(&ks, i)) == CXCursor_UnexposedExpr && dk.n > 1;
		store_into(w, slot, designated ? kid(&dk, dk.n - 1) : kid(&ks, i));
		kids_free(&dk);
	}
	kids_free(&ks);
}

/* ---- the slots stores name ---- */

struct fields {
	CXCursor *v;
	unsigned n, cap;
};

static enum CXVisitorResult add_field(CXCursor c, CXClientData d)
{
	struct fields *f = d;
	if (f->n == f->cap) {
		f->cap = 2 * f->cap + 16;
		f->v = xrealloc(f->v, f->cap * sizeof(*f->v));
	}
	f->v[f->n++] = c;
	return CXVisit_Continue;
}

/* The field a designated initialiser (an UnexposedExpr whose children are
 * MemberRefs and the value) names, or a null cursor; *value its value. */
static CXCursor designated_field(const struct kids *ks, CXCursor *value)
{
	CXCursor field = clang_getNullCursor();
	for (unsigned i = 0; i < ks->n; i++) {
		CXCursor k = kid(ks, i);
		if (clang_getCursorKind(k) == CXCursor_MemberRef)
			field = clang_getCursorReferenced(k);
		else
			*value = k;
	}
	return field;
}

/* `{ .phys = f, g }`: each element stores into its field, positionally
 * after the last designator. */
static void record_init_list(struct walk *w, CXCursor list)
{
	CXType t = clang_getCanonicalType(clang_getCursorType(list));
	if (t.kind != CXType_Record)
		return;
	struct fields fl = {NULL, 0, 0};
	clang_Type_visitFields(t, add_field, &fl);
	struct kids ks;
	kids_of(list, &ks);
	unsigned pos = 0;
	for (unsigned i = 0; i < ks.n; i++, pos++) {
		CXCursor el = kid(&ks, i), value = el;
		struct kids dk;
		kids_of(el, &dk);
		CXCursor field = clang_getCursorKind(el) == CXCursor_UnexposedExpr
		                     ? designated_field(&dk, &value)
		                     : clang_getNullCursor();
		kids_free(&dk);
		for (unsigned f = 0; !clang_Cursor_isNull(field) && f < fl.n; f++)
			if (clang_equalCursors(fl.v[f], field))
				pos = f;
		if (clang_Cursor_isNull(field) && pos < fl.n)
			field = fl.v[pos];
		if (!clang_Cursor_isNull(field))
			store_into(w, field, value);
	}
	kids_free(&ks);
	free(fl.v);
}

/* `a[i]` names the array `a` (a variable or a field): one slot for all its
 * elements. */
static CXCursor array_base(CXCursor c)
{
	c = strip(c);
	while (clang_getCursorKind(c) == CXCursor_ArraySubscriptExpr) {
		struct kids ks;
		kids_of(c, &ks);
		c = ks.n == 2 ? strip(kid(&ks, 0)) : clang_getNullCursor();
		kids_free(&ks);
	}
	return c;
}

/* `lhs = value`: a field (`p->cb`, `a.ops.phys`) or a variable. */
static void record_assignment(struct walk *w, CXCursor op)
{
	if (clang_getCursorBinaryOperatorKind(op) != CXBinaryOperator_Assign)
		return;
	struct kids ks;
	kids_of(op, &ks);
	if (ks.n == 2) {
		CXCursor lhs = array_base(kid(&ks, 0));
		enum CXCursorKind k = clang_getCursorKind(lhs);
		if (k == CXCursor_MemberRefExpr || k == CXCursor_DeclRefExpr)
			store_into(w, clang_getCursorReferenced(lhs), kid(&ks, 1));
	}
	kids_free(&ks);
}

/* `void (*fp)(int) = f;` (an initialiser list is recorded on its own). */
static void record_var_init(struct walk *w, CXCursor var)
{
	struct kids ks;
	kids_of(var, &ks);
	CXCursor init = ks.n ? kid(&ks, ks.n - 1) : clang_getNullCursor();
	if (is_expr(init) &&
	    (clang_getCursorKind(init) != CXCursor_InitListExpr || is_array_list(init)))
		store_into(w, var, init);
	kids_free(&ks);
}

/* `run(f)` where run has a body: f is stored in run's parameter. */
static void record_call_args(struct walk *w, CXCursor call)
{
	CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(call));
	if (clang_getCursorKind(def) != CXCursor_FunctionDecl)
		return;
	int n = clang_Cursor_getNumArguments(call);
	for (int i = 0; i < n && i < clang_Cursor_getNumArguments(def); i++)
		store_into(w, clang_Cursor_getArgument(def, (unsigned)i),
		           clang_Cursor_getArgument(call, (unsigned)i));
}

/* ---- registration macros ---- */

static void registration_add(struct walk *w, CXCursor mx, const struct callback_rule *r)
{
	struct engine *e = w->e;
	struct expansion x = {.extent = clang_getCursorExtent(mx), .nargs = -1};
	if (!expansion_args(e, &x) || x.nargs <= r->callback) {
		free(x.arg_begin);
		free(x.arg_end);
		return;
	}
	struct registration *g = arena_alloc(&e->keep, sizeof(*g));
	g->rule = r;
	g->nargs = x.nargs;
	size_t sz = (size_t)x.nargs * sizeof(unsigned);
	g->arg_begin = memcpy(arena_alloc(&e->keep, sz), x.arg_begin, sz);
	g->arg_end = memcpy(arena_alloc(&e->keep, sz), x.arg_end, sz);
	g->args = arena_alloc(&e->keep, (size_t)x.nargs * sizeof(CXCursor));
	for (int i = 0; i < x.nargs; i++)
		g->args[i] = clang_getNullCursor();
	engine_loc(e, clang_getCursorLocation(mx), &g->loc, &g->offset, &g->file);
	g->next = w->ind->regs;
	w->ind->regs = g;
	free(x.arg_begin);
	free(x.arg_end);
}

static void macro_expansion(struct walk *w, CXCursor mx)
{
	CXString s = clang_getCursorSpelling(mx);
	const char *name = clang_getCString(s);
	const struct rule_set *rs = w->e->rs;
	for (int i = 0; i < rs->ncallbacks; i++)
		if (rs->callbacks[i].match == MATCH_MACRO && !strcmp(rs->callbacks[i].name, name))
			registration_add(w, mx, &rs->callbacks[i]);
	clang_disposeString(s);
}

/* The outermost node written in an argument of a registration macro is
 * that argument. */
static void registration_arg(struct walk *w, CXCursor c)
{
	CXFile file;
	unsigned b, end;
	begin_offset(c, &file, &b, &end);
	for (struct registration *g = w->ind->regs; g; g = g->next)
		for (int i = 0; g->file == file && i < g->nargs; i++)
			if (clang_Cursor_isNull(g->args[i]) && b >= g->arg_begin[i] &&
			    b < g->arg_end[i] && end > b && end <= g->arg_end[i])
				g->args[i] = c;
}

/* ---- the walk ---- */

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, void *data)
{
	struct walk *w = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (clang_getCursorKind(parent) == CXCursor_TranslationUnit &&
	    !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	if (k == CXCursor_MacroExpansion)
		macro_expansion(w, c);
	else if (k == CXCursor_InitListExpr)
		record_init_list(w, c);
	else if (k == CXCursor_BinaryOperator)
		record_assignment(w, c);
	else if (k == CXCursor_VarDecl)
		record_var_init(w, c);
	else if (k == CXCursor_CallExpr)
		record_call_args(w, c);
	if (w->ind->regs && is_expr(c))
		registration_arg(w, c);
	return CXChildVisit_Recurse;
}

static struct indirect *indirect_of(struct engine *e)
{
	if (!e->indirect) {
		struct walk w = {e, arena_alloc(&e->keep, sizeof(struct indirect))};
		e->indirect = w.ind;
		clang_visitChildren(clang_getTranslationUnitCursor(e->tu), visit, &w);
	}
	return e->indirect;
}

/* ---- calls through a slot ---- */

/* The slot a called pointer is read from: `ops->phys`, `fp`, `(*fp)`. */
static CXCursor called_slot(CXCursor callee)
{
	CXCursor c = array_base(callee);
	while (clang_getCursorKind(c) == CXCursor_UnaryOperator &&
	       clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref) {
		struct kids ks;
		kids_of(c, &ks);
		c = ks.n == 1 ? array_base(kid(&ks, 0)) : clang_getNullCursor();
		kids_free(&ks);
	}
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k != CXCursor_MemberRefExpr && k != CXCursor_DeclRefExpr)
		return clang_getNullCursor();
	return clang_getCanonicalCursor(clang_getCursorReferenced(c));
}

/* "ring_ops::phys" or "'fp'". */
static const char *slot_name(struct engine *e, CXCursor slot)
{
	char *name = cursor_name(e, slot);
	if (clang_getCursorKind(slot) != CXCursor_FieldDecl)
		return arena_printf(&e->arena, "'%s'", name);
	char *rec = cursor_name(e, clang_getCursorSemanticParent(slot));
	return arena_printf(&e->arena, "%s::%s", *rec ? rec : "(anonymous)", name);
}

/* The distinct functions a slot may hold: those stored into it and, through
 * copies (`fp = ops->phys`), those the slots copied into it hold. */
struct fnset {
	CXCursor *v;
	int n, cap;
};

static bool fnset_add(struct engine *e, struct fnset *s, CXCursor c)
{
	for (int i = 0; i < s->n; i++)
		if (clang_equalCursors(s->v[i], c))
			return false;
	if (s->n == s->cap) {
		CXCursor *v = arena_alloc(&e->arena, (size_t)(2 * s->cap + 8) * sizeof(CXCursor));
		if (s->n)
			memcpy(v, s->v, (size_t)s->n * sizeof(CXCursor));
		s->v = v;
		s->cap = 2 * s->cap + 8;
	}
	s->v[s->n++] = c;
	return true;
}

static void gather(struct engine *e, CXCursor slot, struct fnset *fns, struct fnset *seen)
{
	if (!fnset_add(e, seen, slot))
		return;
	const struct indirect *ind = indirect_of(e);
	for (const struct slot_fn *t = ind->taken; t; t = t->next)
		if (clang_equalCursors(t->slot, slot))
			fnset_add(e, fns, t->fn);
	for (const struct slot_copy *c = ind->copies; c; c = c->next)
		if (clang_equalCursors(c->slot, slot))
			gather(e, c->from, fns, seen);
}

static struct fnset slot_functions(struct engine *e, CXCursor slot)
{
	struct fnset fns = {0}, seen = {0};
	gather(e, slot, &fns, &seen);
	return fns;
}

/* The functions a callback argument may be: those it designates (`f`,
 * `&f`, `c ? f : g`), else those the slot it reads may hold (a handler
 * passed down as a parameter, or kept in a field). */
static void each_callback(struct engine *e, CXCursor expr, void (*fn)(CXCursor f, void *d), void *d)
{
	CXCursor slot = called_slot(expr);
	if (clang_Cursor_isNull(slot) || clang_getCursorKind(slot) == CXCursor_FunctionDecl) {
		each_designated(expr, fn, d);
		return;
	}
	struct fnset fns = slot_functions(e, slot);
	for (int i = 0; i < fns.n; i++)
		fn(fns.v[i], d);
}

/* The arguments of a call through `slot`.  Through a field (an ops table:
 * kobj_type::release) a parameter of the caller is not passed on: the call
 * reaches every function the TU stores into that field of any object, and
 * the parameter whatever every caller passes, so together they join
 * unrelated objects (kobject_put() of any kobject reached kset_release()'s
 * kfree()); the link does the same (graph.c, follows()).  Through a
 * variable or parameter (a callback passed in: kref_put()'s release) it is. */
static value *stepped_args(struct engine *e, CXCursor slot, value *args, int nargs,
                           const struct xc_loc *loc, const char *msg)
{
	bool field = clang_getCursorKind(slot) == CXCursor_FieldDecl;
	value *out = arena_alloc(&e->arena, (size_t)(nargs + 1) * sizeof(value));
	for (int i = 0; i < nargs; i++)
		out[i] = val_step(e, field ? val_without(e, args[i], TAINT_PARAM) : args[i],
		                  STEP_CALL, loc, msg);
	return out;
}

value indirect_call(struct fctx *cx, CXCursor call, value *args, int nargs)
{
	struct engine *e = cx->e;
	CXCursor callee = first_kid(call);
	if (clang_Cursor_isNull(callee))
		return NULL;
	ev(cx, callee, RVALUE);
	CXCursor slot = called_slot(callee);
	if (clang_Cursor_isNull(slot))
		return NULL;
	/* For the link, callee {"slot": USR}: every argument, and a result input
	 * that stands for what the functions other TUs store there return. */
	struct xc_loc loc = cursor_loc(cx, call);
	struct call_rec *rec =
	    record_call(cx, call, slot, cursor_name(e, slot), &loc, args, nargs, NULL);
	struct fnset fns = slot_functions(e, slot);
	value out = call_result(cx, rec, &loc);
	for (int i = 0; i < fns.n; i++) {
		struct summary *s = summary_get(e, fns.v[i]);
		if (!s)
			continue;
		const char *msg =
		    arena_printf(&e->arena, "calls %s() through %s", s->name, slot_name(e, slot));
		value r = apply_summary(cx, s, call, &loc,
		                        stepped_args(e, slot, args, nargs, &loc, msg), nargs);
		out = val_union(e, out, val_step(e, r, STEP_CALL, &loc, msg));
	}
	return out;
}

/* ---- registrations ---- */

struct reg_apply {
	struct fctx *cx;
	CXCursor call; /* the registration's call, or a call its macro's body makes */
	const char *api;
	const struct xc_loc *loc;
	value *vals;
	int nvals;
};

/* `path` with a step naming the registration before its first field load
 * (unchanged when it has none, or names it already). */
static const struct step *with_registration(struct engine *e, const struct step *path,
                                            const struct xc_loc *loc, const char *msg)
{
	size_t n, at;
	const struct step **v = path_steps(path, &n);
	for (at = 0; at < n && v[at]->kind != STEP_FIELD_LOAD; at++)
		;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i]->message, msg))
			at = n;
	const struct step *out = NULL;
	for (size_t i = 0; at < n && i < n; i++) {
		if (i == at)
			out = new_step(e, STEP_CALL, loc, msg, out);
		out = new_step(e, v[i]->kind, &v[i]->loc, v[i]->message, out);
	}
	free(v);
	return out ? step_keep(e, out) : path;
}

/* The work-item shape (`container_of(work, struct foo, work)->buf` in the
 * callback): a finding inside the callback that reads a field names the
 * registration that runs the callback, before the load. */
static void note_registration(struct engine *e, const struct summary *s, const struct xc_loc *loc,
                              const char *api)
{
	const char *msg =
	    arena_printf(&e->arena, "%s() registers %s(), which reads it", api, s->name);
	for (int i = 0; i < e->nfindings; i++) {
		struct internal_finding *f = &e->findings[i];
		if (clang_equalCursors(clang_getCanonicalCursor(f->function), s->fn))
			f->path = with_registration(e, f->path, loc, msg);
	}
}

static void register_one(CXCursor f, void *d)
{
	struct reg_apply *ra = d;
	struct engine *e = ra->cx->e;
	struct summary *s = summary_get(e, f);
	if (!s)
		return;
	value *args = arena_alloc(&e->arena, (size_t)(ra->nvals + 1) * sizeof(value));
	for (int i = 0; i < ra->nvals; i++)
		args[i] = val_step(e, ra->vals[i], STEP_CALL, ra->loc,
		                   arena_printf(&e->arena,
		                                "%s() registers %s(), which receives it as "
		                                "argument %d",
		                                ra->api, s->name, i + 1));
	/* For the link: a call of the callback with `via`.  A registration macro is applied at each
	 * call its body makes (INIT_WORK: __init_work(), INIT_LIST_HEAD()), each one a record keyed
	 * by its own CallExpr: the link gets the same facts twice. */
	struct call_rec *rec = record_call(ra->cx, ra->call, s->fn, s->name, ra->loc, args,
	                                   ra->nvals, clang_Cursor_isNull(s->def) ? NULL : s);
	if (rec)
		rec->via = ra->api;
	apply_summary(ra->cx, s, clang_getNullCursor(), ra->loc, args, ra->nvals);
	note_registration(e, s, ra->loc, ra->api);
}

/* A registration: what the rule says each callback parameter receives
 * (argv: the node of each argument of the registration). */
static void registration_apply(struct fctx *cx, CXCursor call, const struct callback_rule *r,
                               const struct xc_loc *loc, CXCursor *argv, int argc)
{
	struct engine *e = cx->e;
	struct reg_apply ra = {cx, call, r->name, loc, NULL, r->nparams};
	ra.vals = arena_alloc(&e->arena, (size_t)(r->nparams + 1) * sizeof(value));
	for (int i = 0; i < r->nparams; i++) {
		const struct callback_param *p = &r->params[i];
		if (p->arg >= 0 && p->arg < argc && !clang_Cursor_isNull(argv[p->arg]))
			ra.vals[i] = ev(cx, argv[p->arg], p->address ? LVALUE : RVALUE);
	}
	if (r->callback < argc && !clang_Cursor_isNull(argv[r->callback]))
		each_callback(e, argv[r->callback], register_one, &ra);
}

static CXCursor *call_args(struct engine *e, CXCursor call, int nargs)
{
	CXCursor *v = arena_alloc(&e->arena, (size_t)(nargs + 1) * sizeof(CXCursor));
	for (int i = 0; i < nargs; i++)
		v[i] = clang_Cursor_getArgument(call, (unsigned)i);
	return v;
}

/* A registration macro's body makes this call: its invocation, or NULL. */
static const struct registration *registration_at(struct indirect *ind, CXCursor call)
{
	if (!ind->regs)
		return NULL;
	CXFile file;
	unsigned b, end;
	begin_offset(call, &file, &b, &end);
	for (const struct registration *g = ind->regs; g; g = g->next)
		if (g->file == file && g->offset == b)
			return g;
	return NULL;
}

void indirect_register(struct fctx *cx, CXCursor call, const char *name, int nargs)
{
	struct engine *e = cx->e;
	const struct registration *g = registration_at(indirect_of(e), call);
	if (g) {
		registration_apply(cx, call, g->rule, &g->loc, g->args, g->nargs);
		return;
	}
	const struct rule_set *rs = e->rs;
	struct xc_loc loc = cursor_loc(cx, call);
	for (int i = 0; i < rs->ncallbacks; i++)
		if (rs->callbacks[i].match == MATCH_FUNCTION &&
		    !strcmp(rs->callbacks[i].name, name))
			registration_apply(cx, call, &rs->callbacks[i], &loc,
			                   call_args(e, call, nargs), nargs);
}

/* ---- summaries ---- */

static json_object *usr_json(CXCursor c)
{
	CXString s = clang_getCursorUSR(c);
	json_object *o = json_object_new_string(clang_getCString(s));
	clang_disposeString(s);
	return o;
}

static int cmp_taken(const void *a, const void *b)
{
	json_object *x = *(json_object *const *)a, *y = *(json_object *const *)b;
	return strcmp(json_object_to_json_string(x), json_object_to_json_string(y));
}

json_object *indirect_address_taken_json(struct engine *e,
                                         json_object *(*loc_json)(const struct xc_loc *))
{
	json_object *arr = json_object_new_array();
	for (const struct slot_fn *t = indirect_of(e)->taken; t; t = t->next) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "slot", usr_json(t->slot));
		json_object_object_add(o, "function", usr_json(t->fn));
		json_object_object_add(o, "at", loc_json(&t->at));
		json_object_array_add(arr, o);
	}
	json_object_array_sort(arr, cmp_taken); /* deterministic */
	return arr;
}
