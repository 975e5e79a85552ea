/* Where objects live and what variables, fields and globals hold: locals
 * flow-sensitively (in the environment), globals in one flow-insensitive
 * cell each, fields per abstract object (the last section): in the
 * environment for the function's own objects, in a cell per global struct
 * variable, and in one cell per field declaration where the object is not
 * known. */
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

static struct param_store *find_param_store(const struct summary *s, const struct taint *t,
                                            CXCursor target)
{
	for (struct param_store *ps = s->stores; ps; ps = ps->next)
		if (ps->kind == t->kind && ps->param == (int)t->bit &&
		    clang_equalCursors(ps->target, target))
			return ps;
	return NULL;
}

/* A cell holds what is concrete; a parameter or input stored into a
 * field or global is a fact of the function's summary instead (the TU's
 * input for that field or global stands for it where it is read). */
void heap_store(struct fctx *cx, struct heap_cell *cell, value v)
{
	heap_store_typed(cx, cell, v, NULL);
}

/* A store into a field or global; `type`, for a `void *` slot field, is
 * what the value pointed to (slots.c; NULL when not known): the
 * summaries split the slot's concrete stores by it. */
void heap_store_typed(struct fctx *cx, struct heap_cell *cell, value v, const char *type)
{
	struct engine *e = cx->e;
	value stored = val_no_obj(e, val_concrete(e, v));
	value merged = val_union(e, cell->v, stored);
	if (!val_same(merged, cell->v)) {
		cell->v = val_keep(e, merged);
		e->heap_gen++;
		if (cell->read)
			e->need_another_pass = true;
	}
	/* The field's own cell was stored first: its parameter stores were
	 * made through a pointer to an unknown object. */
	for (value t = v; t && cell->unknown_base; t = t->next) {
		struct param_store *ps =
		    taint_symbolic(t) ? find_param_store(cx->s, t, cell->key) : NULL;
		if (ps)
			ps->unknown_base = true;
	}
	bool plain = !cell->deref && !cell->unknown_base && clang_Cursor_isNull(cell->object);
	if (plain && slot_field(cell->key))
		slot_store(e, cell->key, type, val_concrete(e, v));
	node_store(e, cell, val_concrete(e, v), type); /* a node field: by container */
	for (value t = v; t && plain; t = t->next)
		if (taint_symbolic(t) && !find_param_store(cx->s, t, cell->key)) {
			struct param_store *ps = arena_alloc(&e->keep, sizeof(*ps));
			ps->kind = t->kind;
			ps->param = (int)t->bit;
			ps->mask = t->mask;
			ps->path = step_keep(e, t->path);
			ps->target = cell->key;
			ps->type = type;
			ps->next = cx->s->stores;
			cx->s->stores = ps;
		}
}

/* The TU input of a field's or global's cell (what other TUs store
 * there), decided once; -1: none. */
static int cell_input(struct engine *e, struct heap_cell *cell)
{
	if (!cell->input_decided) {
		cell->input_decided = true;
		cell->input = input_of_decl(e, cell->key);
	}
	return cell->input;
}

/* A field's or global's cell and its TU input (kept, made again only when
 * the cell changed): what a read of it may yield. */
static value cell_with_input(struct engine *e, struct heap_cell *cell)
{
	if (cell_input(e, cell) < 0)
		return cell->v;
	if (!cell->with_input || cell->with_input_of != cell->v) {
		cell->with_input = val_keep(e, val_union(e, cell->v, input_value(e, cell->input)));
		cell->with_input_of = cell->v;
	}
	return cell->with_input;
}

/* The input a read of a field's cell as `type` yields: a `void *` slot
 * read as a known type takes that type's input (slots.c). */
static int read_input(struct engine *e, struct heap_cell *cell, const char *type)
{
	return type ? input_of_slot(e, cell->key, type) : cell_input(e, cell);
}

/* What a read of a field's cell yields: the cell and its input; a `void *`
 * slot read as a known type, its stores and its input of that type. */
static value cell_read(struct fctx *cx, struct heap_cell *cell, CXCursor use)
{
	struct engine *e = cx->e;
	const char *type = slot_type(e, cx->fn, use);
	if (!type)
		return cell_with_input(e, cell);
	int in = read_input(e, cell, type);
	value v = slot_value(e, cell->key, type);
	return in < 0 ? v : val_union(e, v, input_value(e, in));
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
	value regions = val_no_obj(e, val_without(e, val_without(e, v, TAINT_PHYS), TAINT_PARAM));
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

static bool whole_object(CXCursor member);

/* `base[i] = v` where base is a field: an array field is part of its
 * struct (the field's cell), a pointer field points elsewhere. */
static void assign_field_element(struct fctx *cx, CXCursor base, value where, value v,
                                 const struct xc_loc *loc)
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
	if (!array) {
		heap_store(cx, heap_deref_cell(e, key), stepped);
		return;
	}
	field_store(cx, field, where, stepped, false, NULL); /* one element: weak */
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

/* A scalar narrower than the target's pointers (a char, a short, an int on
 * a 64-bit target, a float) holds no address: what is stored into it
 * keeps only what is no pointer (a physical address).  get_user()'s asm
 * gives its output operand every operand's regions, the user pointer's
 * among them, and `data += len` would carry them on. */
static value held_by(struct engine *e, CXType t, value v)
{
	CXType c = clang_getCanonicalType(t);
	bool scalar =
	    (c.kind >= CXType_Bool && c.kind <= CXType_LongDouble) || c.kind == CXType_Enum;
	if (!v || !scalar)
		return v;
	long long size = clang_Type_getSizeOf(c);
	if (size <= 0 || size >= e->pointer_bytes)
		return v;
	value out = NULL;
	for (; v; v = v->next)
		if (v->kind == TAINT_PHYS)
			out = val_union(e, out, val_single(e, v));
	return out;
}

void assign(struct fctx *cx, CXCursor lhs, value v, const struct xc_loc *loc)
{
	struct engine *e = cx->e;
	v = held_by(e, clang_getCursorType(lhs), v);
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
		field_store(cx, field, base, stepped, whole_object(target),
		            slot_type(e, cx->fn, target));
		/* What a guard said about the field no longer holds. */
		env_remove(cx->env, clang_getCanonicalCursor(field));
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
				value where = NULL;
				if (bk.n)
					where = ev(cx, kid(&bk, 0),
					           type_is_pointer(clang_getCursorType(kid(&bk, 0)))
					               ? RVALUE
					               : LVALUE);
				kids_free(&bk);
				assign_field_element(cx, base, where, v, loc);
			} else if (clang_getCursorKind(base) == CXCursor_DeclRefExpr) {
				CXCursor ref =
				    clang_getCanonicalCursor(clang_getCursorReferenced(base));
				/* Through a pointer (`q[i] = p`) the elements are not
				 * tracked (eval_subscript() reads none), and the
				 * pointer itself does not point where p does: only an
				 * array variable holds its elements. */
				if (!type_is_array_or_function(clang_getCursorType(ref))) {
					kids_free(&ks);
					return;
				}
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
	return val_union(cx->e, held, cell_read(cx, cell, use));
}

/* What an object's field holds beside the stores this path made into it:
 * what the declaration says.  Not what other TUs store into that field of
 * any object (its input): this path's own store, strong, is what the field
 * holds here, and the link's cell for the field, one for the program,
 * would give the read every object's stores back (two objects of one type,
 * one with a vzalloc() buffer, when the whole program is linked). */
static value field_extras(struct fctx *cx, CXCursor field, CXCursor use)
{
	return val_union(cx->e, declared_holder(cx, field, use), read_source(cx, field, use));
}

/* ---- abstract objects: fields per object ----
 *
 * An object is what one call returned (an allocation site), a variable,
 * or what a parameter points to on entry; a pointer's value carries the
 * objects it may point to (object taints, at most MAX_TARGETS: more is
 * widened to "not known").  A field of the function's own objects lives in
 * the environment, flow-sensitively: a store into one whole object that
 * is not a site met again in a loop replaces it (strong update), any other
 * adds to it (weak).  A field of a global struct variable is a cell of the
 * TU.  Every store also goes into the field's cell (what a read through a
 * pointer to an unknown object sees), and one through such a pointer also
 * into the field's unknown-base cell, which every read of a known object
 * adds (it may have been that object). */

#define MAX_TARGETS 8

int object_id(struct fctx *cx, enum obj_kind kind, CXCursor key)
{
	unsigned nb = sizeof(cx->obj_index) / sizeof(cx->obj_index[0]);
	unsigned h = (clang_hashCursor(key) * 4u + (unsigned)kind) % nb;
	for (int i = cx->obj_index[h]; i; i = cx->objs[i].next)
		if (cx->objs[i].kind == kind && clang_equalCursors(cx->objs[i].key, key))
			return i;
	if (cx->nobjs + 1 >= cx->capobjs) {
		int cap = cx->capobjs ? 2 * cx->capobjs : 32;
		struct aobj *v = arena_alloc(&cx->e->arena, (size_t)cap * sizeof(*v));
		if (cx->nobjs)
			memcpy(v, cx->objs, (size_t)(cx->nobjs + 1) * sizeof(*v));
		cx->objs = v;
		cx->capobjs = cap;
	}
	int id = ++cx->nobjs;
	cx->objs[id] = (struct aobj){.key = key, .kind = (unsigned char)kind, .param = -1};
	cx->objs[id].next = cx->obj_index[h];
	/* an array variable is many objects: no strong update */
	CXType t = clang_getCanonicalType(clang_getCursorType(key));
	cx->objs[id].multi = kind != OBJ_SITE && kind != OBJ_PARAM &&
	                     (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
	                      t.kind == CXType_VariableArray);
	cx->obj_index[h] = id;
	return id;
}

value object_ref(struct fctx *cx, int id)
{
	struct taint t = {.kind = TAINT_OBJ, .bit = (unsigned)id};
	return val_single(cx->e, &t);
}

static bool points_somewhere(value v)
{
	for (; v; v = v->next)
		if (v->kind == TAINT_OBJ)
			return true;
	return false;
}

value call_object(struct fctx *cx, CXCursor call, value v)
{
	if (!type_is_pointer(clang_getCursorType(call)) || points_somewhere(v))
		return v;
	int id = object_id(cx, OBJ_SITE, call);
	struct aobj *o = &cx->objs[id];
	/* met again while the fields of the last one are still known: a
	 * loop makes many objects here */
	for (int i = 0; o->stored && !o->multi && i < cx->env->n; i++)
		o->multi = cx->env->b[i].obj == id;
	return val_union(cx->e, v, object_ref(cx, id));
}

/* The objects v points to; -1 when none is known or more than
 * MAX_TARGETS. */
static int targets_of(const struct fctx *cx, value v, int *out)
{
	int n = 0;
	for (; v; v = v->next)
		if (v->kind == TAINT_OBJ && (int)v->bit <= cx->nobjs) {
			if (n == MAX_TARGETS)
				return -1;
			out[n++] = (int)v->bit;
		}
	return n ? n : -1;
}

value field_read(struct fctx *cx, CXCursor field, value where, CXCursor use)
{
	struct engine *e = cx->e;
	CXCursor key = clang_getCanonicalCursor(field);
	bool narrowed;
	value v = env_get(cx->env, key, &narrowed);
	if (narrowed)
		return v; /* a guard on this path narrowed the field */
	int t[MAX_TARGETS];
	int n = targets_of(cx, where, t);
	if (n < 0)
		return field_value(cx, cx->env, field, use);
	value out = NULL;
	bool whole_cell = false;
	for (int i = 0; i < n; i++) {
		const struct aobj *o = &cx->objs[t[i]];
		if (o->kind == OBJ_GLOBAL) {
			struct heap_cell *c = heap_object_cell(e, o->key, key);
			c->read = true;
			out = val_union(e, out, c->v);
			/* another TU may store into a global's field */
			int in = read_input(e, heap_cell(e, key), slot_type(e, cx->fn, use));
			if (in >= 0)
				out = val_union(e, out, input_value(e, in));
			continue;
		}
		bool found, weak;
		out = val_union(e, out, env_get_member(cx->env, t[i], key, &found, &weak));
		whole_cell |= !found || weak; /* what it held before: its cell says */
	}
	if (whole_cell)
		return val_union(e, out, field_value(cx, cx->env, field, use));
	struct heap_cell *u = heap_unknown_cell(e, key);
	u->read = true;
	return val_union(e, val_union(e, out, u->v), field_extras(cx, field, use));
}

static void object_store(struct fctx *cx, int id, CXCursor key, value v, bool strong,
                         const char *type)
{
	struct engine *e = cx->e;
	struct aobj *o = &cx->objs[id];
	if (o->kind == OBJ_GLOBAL) {
		heap_store_typed(cx, heap_object_cell(e, o->key, key), v, type);
		return;
	}
	o->stored = true;
	if (strong && !o->multi) {
		env_set_member(e, cx->env, id, key, v, false);
		return;
	}
	bool found, weak;
	value old = env_get_member(cx->env, id, key, &found, &weak);
	env_set_member(e, cx->env, id, key, val_union(e, old, v), !found || weak);
}

void field_store(struct fctx *cx, CXCursor field, value where, value v, bool strong,
                 const char *type)
{
	struct engine *e = cx->e;
	CXCursor key = clang_getCanonicalCursor(field);
	heap_store_typed(cx, heap_cell(e, key), v, type);
	int t[MAX_TARGETS];
	int n = targets_of(cx, where, t);
	if (n < 0) {
		heap_store_typed(cx, heap_unknown_cell(e, key), v, type);
		return;
	}
	for (int i = 0; i < n; i++)
		object_store(cx, t[i], key, v, strong && n == 1, type);
}

/* Does a store into field of `member` reach one whole object?  Not when
 * the struct is an element of an array or found by pointer arithmetic. */
static bool whole_object(CXCursor member)
{
	for (;;) {
		struct kids ks;
		kids_of(member, &ks);
		CXCursor base = ks.n ? strip(kid(&ks, 0)) : clang_getNullCursor();
		kids_free(&ks);
		if (clang_Cursor_isNull(base))
			return false;
		enum CXCursorKind k = clang_getCursorKind(base);
		if (type_is_pointer(clang_getCursorType(base)))
			return k != CXCursor_BinaryOperator && k != CXCursor_CompoundAssignOperator;
		if (k == CXCursor_ArraySubscriptExpr)
			return false;
		if (k != CXCursor_MemberRefExpr)
			return true;
		member = base;
	}
}

/* The objects a pointer expression points to, without evaluating it
 * (a local variable's value only); -1 when not known. */
static int pointer_objects(struct fctx *cx, CXCursor c, int *out)
{
	c = strip(c);
	if (clang_getCursorKind(c) != CXCursor_DeclRefExpr)
		return -1;
	CXCursor ref = clang_getCursorReferenced(c);
	if (!is_local_var(ref))
		return -1;
	return targets_of(cx, env_get(cx->env, clang_getCanonicalCursor(ref), NULL), out);
}

/* The objects a struct lvalue is (whole: not a member of one), without
 * evaluating it; -1 when not known. */
static int struct_objects(struct fctx *cx, CXCursor c, int *out, bool *whole)
{
	*whole = true;
	for (;;) {
		c = strip(c);
		enum CXCursorKind k = clang_getCursorKind(c);
		CXCursor ref = k == CXCursor_VarDecl ? c : clang_getCursorReferenced(c);
		if (k == CXCursor_VarDecl || k == CXCursor_DeclRefExpr) {
			enum CXCursorKind rk = clang_getCursorKind(ref);
			if (rk != CXCursor_VarDecl && rk != CXCursor_ParmDecl)
				return -1;
			out[0] = object_id(cx, is_local_var(ref) ? OBJ_LOCAL : OBJ_GLOBAL,
			                   clang_getCanonicalCursor(ref));
			return 1;
		}
		struct kids ks;
		kids_of(c, &ks);
		CXCursor inner = ks.n ? kid(&ks, ks.n - 1) : clang_getNullCursor();
		CXCursor base = ks.n ? kid(&ks, 0) : clang_getNullCursor();
		kids_free(&ks);
		if (k == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref)
			return pointer_objects(cx, inner, out);
		if (k != CXCursor_MemberRefExpr || clang_Cursor_isNull(base))
			return -1;
		*whole = false;
		if (type_is_pointer(clang_getCursorType(base)))
			return pointer_objects(cx, base, out);
		c = base;
	}
}

/* The fields of dst are src's when both are one object each (ns -1: the
 * source is not known, or only part of either is copied), else their
 * cells again; a global's cells keep what they had. */
static void copy_objects(struct fctx *cx, const int *dst, int nd, int ns, const int *src)
{
	for (int i = 0; i < nd; i++) {
		if (cx->objs[dst[i]].kind == OBJ_GLOBAL)
			continue;
		if (nd == 1 && ns == 1 && !cx->objs[dst[i]].multi &&
		    cx->objs[src[0]].kind != OBJ_GLOBAL) {
			env_copy_object(cx->e, cx->env, dst[i], src[0]);
			cx->objs[dst[i]].stored = true;
		} else {
			env_forget_object(cx->env, dst[i]);
		}
	}
}

void assign_object(struct fctx *cx, CXCursor lhs, CXCursor rhs)
{
	CXType t = clang_getCanonicalType(clang_getCursorType(lhs));
	if (t.kind != CXType_Record)
		return;
	int dst[MAX_TARGETS], src[MAX_TARGETS];
	bool dwhole, swhole;
	int nd = struct_objects(cx, lhs, dst, &dwhole);
	int ns = struct_objects(cx, rhs, src, &swhole);
	copy_objects(cx, dst, nd, dwhole && swhole ? ns : -1, src);
}

/* Is t `void *` (qualified `const` when want_const, nothing else)? */
static bool void_pointer(CXType t, bool want_const)
{
	t = clang_getCanonicalType(t);
	if (t.kind != CXType_Pointer)
		return false;
	CXType p = clang_getPointeeType(t);
	return p.kind == CXType_Void && clang_isConstQualifiedType(p) == want_const &&
	       !clang_isVolatileQualifiedType(p);
}

/* The struct objects a copy's pointer argument points to (`&x`, `p`). */
static int copied_objects(struct fctx *cx, CXCursor arg, int *out)
{
	CXCursor c = strip(arg);
	if (clang_getCursorKind(c) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf) {
		CXCursor operand = first_kid(c);
		bool whole;
		int n =
		    clang_Cursor_isNull(operand) ? -1 : struct_objects(cx, operand, out, &whole);
		return whole ? n : -1;
	}
	return pointer_objects(cx, c, out);
}

/* A call of a function without a body here whose first parameters are
 * `void *` and `const void *` (a copy of memory, as memcpy() and memmove()
 * are) from one struct to another: the destination's fields are the
 * source's (or their cells, where either object is not known). */
void copy_call(struct fctx *cx, CXCursor call)
{
	CXCursor callee = clang_getCursorReferenced(call);
	if (clang_getCursorKind(callee) != CXCursor_FunctionDecl ||
	    !clang_Cursor_isNull(clang_getCursorDefinition(callee)) ||
	    clang_Cursor_getNumArguments(call) < 2 || clang_Cursor_getNumArguments(callee) < 2 ||
	    !void_pointer(clang_getCursorType(clang_Cursor_getArgument(callee, 0)), false) ||
	    !void_pointer(clang_getCursorType(clang_Cursor_getArgument(callee, 1)), true))
		return;
	CXCursor d = strip(clang_Cursor_getArgument(call, 0));
	CXType dt = clang_getCanonicalType(clang_getCursorType(d));
	if (dt.kind != CXType_Pointer ||
	    clang_getCanonicalType(clang_getPointeeType(dt)).kind != CXType_Record)
		return;
	int dst[MAX_TARGETS], src[MAX_TARGETS];
	int nd = copied_objects(cx, d, dst);
	int ns = copied_objects(cx, clang_Cursor_getArgument(call, 1), src);
	copy_objects(cx, dst, nd, ns, src);
}

/* ---- stores into the objects parameters point to (summaries) ---- */

static bool is_param_object(void *ctx, int id)
{
	const struct fctx *cx = ctx;
	return cx->objs[id].kind == OBJ_PARAM;
}

void objects_at_exit(struct fctx *cx)
{
	if (cx->env->unreachable || !cx->nobjs)
		return;
	struct env *mine = env_objects(cx->e, cx->env, is_param_object, cx);
	if (!cx->exit)
		cx->exit = mine;
	else
		env_join_into(cx->e, cx->exit, mine);
}

void record_object_stores(struct fctx *cx)
{
	struct engine *e = cx->e;
	if (!cx->exit)
		return;
	for (int i = 0; i < cx->exit->n; i++) {
		const struct binding *b = &cx->exit->b[i];
		int param = cx->objs[b->obj].param;
		struct obj_store *o;
		for (o = cx->s->ostores; o; o = o->next)
			if (o->param == param && clang_equalCursors(o->field, b->decl))
				break;
		if (!o) {
			o = arena_alloc(&e->keep, sizeof(*o));
			o->param = param;
			o->field = b->decl;
			o->must = true;
			o->next = cx->s->ostores;
			cx->s->ostores = o;
		}
		o->must &= !b->weak;
		value v = val_without(e, val_no_obj(e, b->v), TAINT_PHYS);
		value joined = val_union(e, o->v, v);
		if (!val_same(joined, o->v))
			o->v = val_keep(e, joined);
	}
}

static value stored_value(struct fctx *cx, const struct summary *s, const struct obj_store *o,
                          const struct xc_loc *loc, value *args, int nargs)
{
	struct engine *e = cx->e;
	const char *msg = arena_printf(
	    &e->arena, "%s() stores it in field '%s' of %s, what argument %d points to", s->name,
	    cursor_name(e, o->field), record_name(e, o->field), o->param + 1);
	value out = NULL;
	for (value t = o->v; t; t = t->next) {
		value v = t->kind != TAINT_PARAM ? val_single(e, t)
		          : (int)t->bit < nargs  ? val_narrow(e, args[t->bit], t->mask, true)
		                                 : NULL;
		out = val_union(e, out, val_step(e, v, STEP_CALL, loc, msg));
	}
	return out;
}

void apply_object_stores(struct fctx *cx, const struct summary *s, CXCursor call,
                         const struct xc_loc *loc, value *args, int nargs)
{
	struct engine *e = cx->e;
	for (const struct obj_store *o = s->ostores; o; o = o->next) {
		if (o->param >= nargs)
			continue;
		value v = stored_value(cx, s, o, loc, args, nargs);
		const char *type = node_stored_container(e, o->field, call, o->v);
		int t[MAX_TARGETS];
		int n = targets_of(cx, args[o->param], t);
		if (n < 0) {
			heap_store_typed(cx, heap_cell(e, o->field), v, type);
			heap_store_typed(cx, heap_unknown_cell(e, o->field), v, type);
			continue;
		}
		for (int i = 0; i < n; i++)
			object_store(cx, t[i], o->field, v, o->must && n == 1, type);
	}
	/* A parameter the callee stored through a pointer to an unknown
	 * object: the argument may be in any object's field (apply_summary()
	 * put it into the field's cell already). */
	for (const struct param_store *st = s->stores; st; st = st->next) {
		if (!st->unknown_base || st->kind != TAINT_PARAM || st->param >= nargs ||
		    !args[st->param])
			continue;
		const char *msg =
		    arena_printf(&e->arena, "%s() stores it in field '%s' of %s", s->name,
		                 cursor_name(e, st->target), record_name(e, st->target));
		heap_store_typed(cx, heap_unknown_cell(e, st->target),
		                 val_step(e, args[st->param], STEP_CALL, loc, msg),
		                 st->type ? st->type : node_arg_container(e, call, st->param));
	}
}
