/* Where objects live and what variables, fields and globals hold: locals
 * flow-sensitively (in the environment), fields and globals in one
 * flow-insensitive cell each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "../rules/roles.h"
#include "eval.h"

/* ---- where variables live ---- */

static const char *section_of(struct engine *e, CXCursor var)
{
	/* libclang hides the section attribute; the pretty-printed
	 * declaration shows it (design/libclang-notes.md, Q3). */
	CXPrintingPolicy pp = clang_getCursorPrintingPolicy(var);
	CXString s = clang_getCursorPrettyPrinted(var, pp);
	const char *text = clang_getCString(s);
	const char *sec = text ? strstr(text, "section(\"") : NULL;
	const char *out = NULL;
	if (sec) {
		sec += 9;
		const char *end = strchr(sec, '"');
		if (end) {
			char *name = xstrndup(sec, (size_t)(end - sec));
			out = arena_strdup(&e->keep, name);
			free(name);
		}
	}
	clang_disposeString(s);
	clang_PrintingPolicy_dispose(pp);
	return out;
}

/* Where a declared object lives is the rules' policy (roles_place): a
 * local on the stack, a variable in its section's region, a module's
 * static data and code in the module region. */
static enum place_kind place_of(CXCursor ref)
{
	if (is_local_var(ref))
		return PLACE_LOCAL;
	if (clang_getCursorKind(ref) == CXCursor_FunctionDecl)
		return PLACE_FUNCTION;
	return clang_Cursor_getStorageClass(ref) == CX_SC_Extern ? PLACE_EXTERN_DATA
	                                                         : PLACE_STATIC_DATA;
}

static const char *placement_note(struct engine *e, struct arena *a, enum place_kind kind,
                                  const struct placement *p, const char *name, const char *sec)
{
	if (kind == PLACE_LOCAL)
		return arena_printf(a, "'%s' is a local variable: stack memory", name);
	if (kind == PLACE_FUNCTION)
		return arena_printf(a, "'%s' is module code", name);
	if (p->section)
		return arena_printf(a, "'%s' is defined in section %s: %s memory", name, sec,
		                    e->rs->regions[p->region].name);
	return arena_printf(a, "'%s' is static data of a module: module memory", name);
}

value location_of_decl(struct fctx *cx, CXCursor ref, CXCursor use)
{
	struct engine *e = cx->e;
	struct xc_loc loc = cursor_loc(cx, use);
	enum CXCursorKind k = clang_getCursorKind(ref);
	if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl && k != CXCursor_FunctionDecl)
		return NULL;
	enum place_kind kind = place_of(ref);
	if (kind == PLACE_FUNCTION && clang_Cursor_isNull(clang_getCursorDefinition(ref)))
		return NULL;
	if (kind == PLACE_LOCAL || kind == PLACE_FUNCTION) {
		struct placement p = roles_place(e->rs->roles, kind, NULL, e->in->module);
		if (p.region < 0)
			return NULL;
		const char *note =
		    placement_note(e, &e->arena, kind, &p, cursor_name(e, ref), NULL);
		return val_region(e, p.region, new_step(e, STEP_SOURCE, &loc, note, NULL));
	}
	struct heap_cell *cell = heap_cell(e, clang_getCanonicalCursor(ref));
	if (!cell->location_known) {
		cell->location_known = true;
		const char *sec = section_of(e, ref);
		struct placement p = roles_place(e->rs->roles, kind, sec, e->in->module);
		cell->location_region = p.region;
		if (p.region >= 0)
			cell->location_note =
			    placement_note(e, &e->keep, kind, &p, cursor_name(e, ref), sec);
	}
	if (cell->location_region < 0)
		return NULL;
	return val_region(e, cell->location_region,
	                  new_step(e, STEP_SOURCE, &loc, cell->location_note, NULL));
}

/* A sink's argument whose static type, before implicit conversions, is a
 * pointer to a type the rules place in a region (`struct page *`: the
 * memmap is in the vmemmap area).  Checked at the sink only, so a value
 * computed from it (page_to_pfn() arithmetic, page_address()) is not. */
value typed_value(struct fctx *cx, CXCursor arg)
{
	struct engine *e = cx->e;
	while (!clang_Cursor_isNull(arg) && (clang_getCursorKind(arg) == CXCursor_UnexposedExpr ||
	                                     clang_getCursorKind(arg) == CXCursor_ParenExpr)) {
		struct kids ks;
		kids_of(arg, &ks);
		CXCursor inner =
		    ks.n == 1 && is_expr(kid(&ks, 0)) ? kid(&ks, 0) : clang_getNullCursor();
		kids_free(&ks);
		if (clang_Cursor_isNull(inner))
			break;
		arg = inner;
	}
	if (clang_Cursor_isNull(arg))
		return NULL;
	CXType t = clang_getCanonicalType(clang_getCursorType(arg));
	if (t.kind != CXType_Pointer)
		return NULL;
	CXString s = clang_getTypeSpelling(clang_getUnqualifiedType(clang_getPointeeType(t)));
	const struct source_rule *src = roles_typed(e->rs->roles, clang_getCString(s));
	const char *type = arena_strdup(&e->arena, clang_getCString(s));
	clang_disposeString(s);
	if (!src)
		return NULL;
	struct xc_loc loc = cursor_loc(cx, arg);
	const char *note = src->note ? src->note
	                             : arena_printf(&e->arena, "a %s pointer points into %s memory",
	                                            type, e->rs->regions[src->region].name);
	return val_region(e, src->region, new_step(e, STEP_SOURCE, &loc, note, NULL));
}

/* ---- reading and writing variables, fields, globals ---- */

static bool has_param_store(const struct summary *s, const struct taint *t, CXCursor target)
{
	for (const struct param_store *ps = s->stores; ps; ps = ps->next)
		if (ps->kind == t->kind && ps->param == (int)t->bit &&
		    clang_equalCursors(ps->target, target))
			return true;
	return false;
}

/* A cell holds what is concrete; a parameter or input stored into a
 * field or global is a fact of the function's summary instead (the TU's
 * input for that field or global stands for it where it is read). */
void heap_store(struct fctx *cx, struct heap_cell *cell, value v)
{
	struct engine *e = cx->e;
	value stored = val_concrete(e, v);
	value merged = val_union(e, cell->v, stored);
	if (!val_same(merged, cell->v)) {
		cell->v = val_keep(e, merged);
		e->heap_gen++;
		if (cell->read)
			e->need_another_pass = true;
	}
	for (value t = v; t && !cell->deref; t = t->next)
		if (taint_symbolic(t) && !has_param_store(cx->s, t, cell->key)) {
			struct param_store *ps = arena_alloc(&e->keep, sizeof(*ps));
			ps->kind = t->kind;
			ps->param = (int)t->bit;
			ps->mask = t->mask;
			ps->path = step_keep(e, t->path);
			ps->target = cell->key;
			ps->next = cx->s->stores;
			cx->s->stores = ps;
		}
}

/* A field's or global's cell and its TU input (kept, made again only when
 * the cell changed): what a read of it may yield. */
static value cell_with_input(struct engine *e, struct heap_cell *cell)
{
	if (!cell->input_decided) {
		cell->input_decided = true;
		cell->input = input_of_decl(e, cell->key);
	}
	if (cell->input < 0)
		return cell->v;
	if (!cell->with_input || cell->with_input_of != cell->v) {
		cell->with_input = val_keep(e, val_union(e, cell->v, input_value(e, cell->input)));
		cell->with_input_of = cell->v;
	}
	return cell->with_input;
}

static value global_value(struct fctx *cx, CXCursor var, CXCursor use)
{
	struct engine *e = cx->e;
	struct heap_cell *cell = heap_cell(e, var);
	if (!cell->initialised) {
		cell->initialised = true;
		/* A global's initialiser is a store like any other. */
		CXCursor def = clang_getCursorDefinition(var);
		if (!clang_Cursor_isNull(def)) {
			struct kids ks;
			kids_of(def, &ks);
			for (unsigned i = 0; i < ks.n; i++)
				if (is_expr(kid(&ks, i))) {
					struct env *saved = cx->env;
					cx->env = env_new(e);
					value v = ev(cx, kid(&ks, i), RVALUE);
					cx->env = saved;
					heap_store(cx, cell, v);
				}
			kids_free(&ks);
		}
	}
	cell->read = true;
	cell_with_input(e, cell);
	if (cell->input < 0)
		return cell->v;
	/* its input's path starts where it is read */
	struct xc_loc loc = cursor_loc(cx, use);
	struct taint t = *input_value(e, cell->input);
	t.path = new_step(e, STEP_FIELD_LOAD, &loc,
	                  arena_printf(&e->arena, "read from '%s'", cursor_name(e, var)), NULL);
	return val_union(e, cell->v, val_single(e, &t));
}

/* A variable, field or parameter declared with an attribute source
 * (`struct stats __percpu *stats`) holds such pointers whatever was stored. */
value declared_holder(struct fctx *cx, CXCursor decl, CXCursor use)
{
	struct engine *e = cx->e;
	const struct source_rule *src = macro_index_attribute(e->macros, decl);
	if (!src)
		return NULL;
	struct xc_loc loc = cursor_loc(cx, use);
	char *name = cursor_name(e, decl);
	const char *note = arena_printf(&e->arena, "'%s' is declared %s: it holds %s pointers",
	                                name, src->name, e->rs->regions[src->region].name);
	return val_region(e, src->region, new_step(e, STEP_SOURCE, &loc, note, NULL));
}

/* Reading a variable or a field the rules name as a source
 * (__per_cpu_offset; vm_struct.addr, which holds the vmalloc address). */
static value read_source(struct fctx *cx, CXCursor decl, CXCursor use)
{
	struct engine *e = cx->e;
	bool field = clang_getCursorKind(decl) == CXCursor_FieldDecl;
	char *name = cursor_name(e, decl);
	char *record = field ? cursor_name(e, clang_getCursorSemanticParent(decl)) : NULL;
	const struct source_rule *src = roles_read(e->rs->roles, record, name);
	if (!src)
		return NULL;
	struct xc_loc loc = cursor_loc(cx, use);
	const char *region = e->rs->regions[src->region].name;
	const char *note = src->note ? src->note
	                   : field   ? arena_printf(&e->arena, "field '%s' of %s holds %s memory",
	                                            name, record, region)
	                           : arena_printf(&e->arena, "'%s' yields %s memory", name, region);
	return val_region(e, src->region, new_step(e, STEP_SOURCE, &loc, note, NULL));
}

value variable_value(struct fctx *cx, CXCursor ref, CXCursor use)
{
	struct engine *e = cx->e;
	value v;
	if (is_local_var(ref))
		v = env_get(cx->env, clang_getCanonicalCursor(ref), NULL);
	else
		v = global_value(cx, clang_getCanonicalCursor(ref), use);
	v = val_union(e, read_source(cx, ref, use), v);
	v = val_union(e, v, declared_holder(cx, ref, use));
	return v;
}

static char *record_name(struct engine *e, CXCursor field)
{
	char *rname = cursor_name(e, clang_getCursorSemanticParent(field));
	return *rname ? rname : "an anonymous struct";
}

/* `*out = v` where out came from parameter i: the summary says so, and a
 * caller that passed &x assigns x. */
void record_param_out(struct fctx *cx, int param, value v)
{
	struct engine *e = cx->e;
	value regions = val_without(e, val_without(e, v, TAINT_PHYS), TAINT_PARAM);
	if (!regions)
		return;
	struct param_out *o;
	for (o = cx->s->outs; o; o = o->next)
		if (o->param == param)
			break;
	if (!o) {
		o = arena_alloc(&e->keep, sizeof(*o));
		o->param = param;
		o->next = cx->s->outs;
		cx->s->outs = o;
	}
	o->v = val_keep(e, val_union(e, o->v, regions));
}

/* The cell for `*E`, or NULL when E names no field or global; a store
 * through a parameter is an out-parameter of the summary instead. */
static struct heap_cell *deref_target(struct fctx *cx, CXCursor ptr, value v, bool store,
                                      const struct xc_loc *loc)
{
	struct engine *e = cx->e;
	CXCursor p = strip(ptr);
	enum CXCursorKind k = clang_getCursorKind(p);
	CXCursor ref = clang_getCursorReferenced(p);
	if (k == CXCursor_MemberRefExpr && clang_getCursorKind(ref) == CXCursor_FieldDecl)
		return heap_deref_cell(e, clang_getCanonicalCursor(ref));
	if (k != CXCursor_DeclRefExpr)
		return NULL;
	if (!is_local_var(ref))
		return clang_getCursorKind(ref) == CXCursor_VarDecl
		           ? heap_deref_cell(e, clang_getCanonicalCursor(ref))
		           : NULL;
	if (store) {
		char *name = cursor_name(e, ref);
		value stepped =
		    val_step(e, v, STEP_ASSIGN, loc,
		             arena_printf(&e->arena, "stored through pointer '%s'", name));
		for (value t = env_get(cx->env, clang_getCanonicalCursor(ref), NULL); t;
		     t = t->next)
			if (t->kind == TAINT_PARAM)
				record_param_out(cx, t->bit, stepped);
	}
	return NULL;
}

static void assign_deref(struct fctx *cx, CXCursor target, value v, const struct xc_loc *loc)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(target, &ks);
	CXCursor ptr = ks.n ? kid(&ks, ks.n - 1) : clang_getNullCursor();
	kids_free(&ks);
	if (clang_Cursor_isNull(ptr))
		return;
	CXCursor inner = strip(ptr);
	if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf) {
		struct kids in;
		kids_of(inner, &in); /* *&x = v (WRITE_ONCE): a store to x */
		if (in.n)
			assign(cx, kid(&in, 0), v, loc);
		kids_free(&in);
		return;
	}
	ev(cx, ptr, RVALUE);
	struct heap_cell *cell = deref_target(cx, ptr, v, true, loc);
	if (!cell)
		return;
	char *name = cursor_name(e, cell->key);
	heap_store(cx, cell,
	           val_step(e, v, STEP_FIELD_STORE, loc,
	                    arena_printf(&e->arena, "stored through the pointer in '%s'", name)));
}

value deref_value(struct fctx *cx, CXCursor ptr, CXCursor use)
{
	struct engine *e = cx->e;
	CXCursor inner = strip(ptr);
	if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf) {
		struct kids in; /* *&x (READ_ONCE): a read of x */
		kids_of(inner, &in);
		value v = in.n ? ev(cx, kid(&in, 0), RVALUE) : NULL;
		kids_free(&in);
		return v;
	}
	struct heap_cell *cell = deref_target(cx, ptr, NULL, false, NULL);
	if (!cell)
		return NULL;
	cell->read = true;
	if (!cell->v)
		return NULL;
	struct xc_loc loc = cursor_loc(cx, use);
	char *name = cursor_name(e, cell->key);
	return val_step(e, cell->v, STEP_FIELD_LOAD, &loc,
	                arena_printf(&e->arena, "read back through the pointer in '%s'", name));
}

/* `base[i] = v` where base is a field: an array field is part of its
 * struct (the field's cell), a pointer field points elsewhere. */
static void assign_field_element(struct fctx *cx, CXCursor base, value v, const struct xc_loc *loc)
{
	struct engine *e = cx->e;
	CXCursor field = clang_getCursorReferenced(base);
	if (clang_getCursorKind(field) != CXCursor_FieldDecl)
		return;
	CXCursor key = clang_getCanonicalCursor(field);
	bool array = type_is_array_or_function(clang_getCursorType(field));
	char *fname = cursor_name(e, field);
	value stepped = val_step(e, v, STEP_FIELD_STORE, loc,
	                         arena_printf(&e->arena, "stored in an element of field '%s' of %s",
	                                      fname, record_name(e, field)));
	heap_store(cx, array ? heap_cell(e, key) : heap_deref_cell(e, key), stepped);
	if (array)
		env_remove(cx->env, key);
}

/* p->f = p (INIT_LIST_HEAD: list->next = list): the object's own address
 * is nothing stored into it from elsewhere, and with one cell per field it
 * would reach the field of every object (every list's first entry). */
static value without_own_address(struct engine *e, value v, value base)
{
	value out = NULL;
	for (value t = v; t; t = t->next) {
		bool own = false;
		for (value b = base; b && taint_symbolic(t); b = b->next)
			own |= b->kind == t->kind && b->bit == t->bit;
		if (!own)
			out = val_union(e, out, val_single(e, t));
	}
	return out;
}

void assign(struct fctx *cx, CXCursor lhs, value v, const struct xc_loc *loc)
{
	struct engine *e = cx->e;
	CXCursor target = strip(lhs);
	enum CXCursorKind k = clang_getCursorKind(target);
	if (k == CXCursor_DeclRefExpr) {
		CXCursor ref = clang_getCursorReferenced(target);
		char *name = cursor_name(e, ref);
		value stepped = val_step(e, v, STEP_ASSIGN, loc,
		                         arena_printf(&e->arena, "assigned to '%s'", name));
		if (is_local_var(ref))
			env_set(e, cx->env, clang_getCanonicalCursor(ref), stepped);
		else if (clang_getCursorKind(ref) == CXCursor_VarDecl)
			heap_store(cx, heap_cell(e, clang_getCanonicalCursor(ref)), stepped);
	} else if (k == CXCursor_MemberRefExpr) {
		CXCursor field = clang_getCursorReferenced(target);
		struct kids ks;
		kids_of(target, &ks);
		value base = NULL;
		if (ks.n)
			base =
			    ev(cx, kid(&ks, 0),
			       type_is_pointer(clang_getCursorType(kid(&ks, 0))) ? RVALUE : LVALUE);
		kids_free(&ks);
		v = without_own_address(e, v, base);
		if (clang_getCursorKind(field) != CXCursor_FieldDecl)
			return;
		CXCursor record = clang_getCursorSemanticParent(field);
		char *fname = cursor_name(e, field), *rname = cursor_name(e, record);
		value stepped =
		    val_step(e, v, STEP_FIELD_STORE, loc,
		             arena_printf(&e->arena, "stored in field '%s' of %s", fname,
		                          *rname ? rname : "an anonymous struct"));
		heap_store(cx, heap_cell(e, clang_getCanonicalCursor(field)), stepped);
		/* What a guard said about the field no longer holds. */
		env_remove(cx->env, clang_getCanonicalCursor(field));
		CXCursor obj = member_object(cx, target); /* a.f: a strong update */
		if (!clang_Cursor_isNull(obj))
			env_set_member(e, cx->env, obj, clang_getCanonicalCursor(field), stepped);
	} else if (k == CXCursor_ArraySubscriptExpr) {
		/* An element store is a weak update of the array's contents. */
		struct kids ks;
		kids_of(target, &ks);
		if (ks.n == 2) {
			ev(cx, kid(&ks, 1), RVALUE);
			CXCursor base = strip(kid(&ks, 0));
			if (clang_getCursorKind(base) == CXCursor_MemberRefExpr) {
				struct kids bk;
				kids_of(base, &bk);
				if (bk.n)
					ev(cx, kid(&bk, 0),
					   type_is_pointer(clang_getCursorType(kid(&bk, 0)))
					       ? RVALUE
					       : LVALUE);
				kids_free(&bk);
				assign_field_element(cx, base, v, loc);
			} else if (clang_getCursorKind(base) == CXCursor_DeclRefExpr) {
				CXCursor ref =
				    clang_getCanonicalCursor(clang_getCursorReferenced(base));
				char *name = cursor_name(e, ref);
				value stepped = val_step(
				    e, v, STEP_ASSIGN, loc,
				    arena_printf(&e->arena, "stored in an element of '%s'", name));
				if (is_local_var(ref))
					env_set(e, cx->env, ref,
					        val_union(e, env_get(cx->env, ref, NULL), stepped));
				else if (clang_getCursorKind(ref) == CXCursor_VarDecl)
					heap_store(cx, heap_cell(e, ref), stepped);
			}
		}
		kids_free(&ks);
	} else if (k == CXCursor_UnaryOperator &&
	           clang_getCursorUnaryOperatorKind(target) == CXUnaryOperator_Deref) {
		assign_deref(cx, target, v, loc);
	}
}

value field_value(struct fctx *cx, struct env *env, CXCursor field, CXCursor use)
{
	CXCursor key = clang_getCanonicalCursor(field);
	bool narrowed;
	value v = env_get(env, key, &narrowed);
	if (narrowed)
		return v; /* a guard on this path narrowed the field */
	struct heap_cell *cell = heap_cell(cx->e, key);
	cell->read = true;
	value held = val_union(cx->e, declared_holder(cx, field, use), read_source(cx, field, use));
	return val_union(cx->e, held, cell_with_input(cx->e, cell));
}

/* ---- fields of local struct variables: one object each ---- */

static CXCursor local_struct(CXCursor c)
{
	c = strip(c);
	if (clang_getCursorKind(c) != CXCursor_DeclRefExpr)
		return clang_getNullCursor();
	CXCursor ref = clang_getCursorReferenced(c);
	if (!is_local_var(ref) ||
	    clang_getCanonicalType(clang_getCursorType(ref)).kind != CXType_Record)
		return clang_getNullCursor();
	return clang_getCanonicalCursor(ref);
}

static bool escaped(const struct fctx *cx, CXCursor var)
{
	for (int i = 0; i < cx->nescaped; i++)
		if (clang_equalCursors(cx->escaped[i], var))
			return true;
	return false;
}

CXCursor member_object(struct fctx *cx, CXCursor member)
{
	struct kids ks;
	kids_of(member, &ks);
	CXCursor var = ks.n ? local_struct(kid(&ks, 0)) : clang_getNullCursor();
	kids_free(&ks);
	return clang_Cursor_isNull(var) || escaped(cx, var) ? clang_getNullCursor() : var;
}

/* `&a` or `&a.f`: a pointer may now write a's fields behind our back. */
void object_escapes(struct fctx *cx, CXCursor operand)
{
	CXCursor c = strip(operand);
	while (clang_getCursorKind(c) == CXCursor_MemberRefExpr ||
	       clang_getCursorKind(c) == CXCursor_ArraySubscriptExpr) {
		struct kids ks;
		kids_of(c, &ks);
		CXCursor base = ks.n ? strip(kid(&ks, 0)) : clang_getNullCursor();
		kids_free(&ks);
		if (clang_Cursor_isNull(base) || type_is_pointer(clang_getCursorType(base)))
			return;
		c = base;
	}
	CXCursor var = local_struct(c);
	if (clang_Cursor_isNull(var) || escaped(cx, var))
		return;
	if (cx->nescaped == cx->capescaped) {
		cx->capescaped = cx->capescaped ? 2 * cx->capescaped : 8;
		CXCursor *v = arena_alloc(&cx->e->arena, (size_t)cx->capescaped * sizeof(*v));
		if (cx->nescaped)
			memcpy(v, cx->escaped, (size_t)cx->nescaped * sizeof(*v));
		cx->escaped = v;
	}
	cx->escaped[cx->nescaped++] = var;
	env_forget_object(cx->env, var);
}

/* `b = a` (or `struct s b = a;`) of local struct variables: b's fields
 * are a's; b = anything else: b's fields are their cells again. */
void assign_object(struct fctx *cx, CXCursor lhs, CXCursor rhs)
{
	CXCursor dst =
	    clang_getCursorKind(lhs) == CXCursor_VarDecl
	        ? (is_local_var(lhs) ? clang_getCanonicalCursor(lhs) : clang_getNullCursor())
	        : local_struct(lhs);
	if (clang_Cursor_isNull(dst) ||
	    clang_getCanonicalType(clang_getCursorType(dst)).kind != CXType_Record)
		return;
	CXCursor src = local_struct(rhs);
	if (!clang_Cursor_isNull(src) && !escaped(cx, src) && !escaped(cx, dst))
		env_copy_object(cx->e, cx->env, dst, src);
	else
		env_forget_object(cx->env, dst);
}
