/* Typed cells for `void *` slots (docs/summaries.md, "Slots").
 *
 * A field declared `void *` (a file's private data, a device's driver
 * data, a bio's completion cookie) is filled by each user with an object
 * of its own type.  One program-wide cell per field would join every
 * driver's private data, so the summaries split such a field's cells by
 * type: the type a stored value pointed to before it became `void *`, and
 * the type a read is converted to (a cast, or the variable, parameter or
 * return value it is assigned or passed to, which clang writes as an
 * implicit cast).  This file finds that type for each member expression
 * naming a slot: by one walk of a function's body, the first time the
 * analysis asks about it.  Where a function reads or stores one slot of
 * one object (`buffer.pointer`) with one type and elsewhere without any
 * (`kfree(buffer.pointer)`), the untyped access takes that type: one
 * object's slot holds one object.  A pointer to void or to a character
 * type (a byte view of any object) names no type. */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

struct slot_entry {
	const void *stmt; /* the member expression (a cursor's data[1]) */
	const char *type;
	struct slot_entry *next;
};

struct slot_fn {
	CXCursor fn;
	struct slot_fn *next;
};

/* Concrete stores into a slot field, split by type (NULL: none known). */
struct slot_store {
	CXCursor field; /* canonical */
	const char *type;
	value v; /* kept */
	struct slot_store *next;
};

struct slot_types {
	struct slot_entry *by_stmt[1024];
	struct slot_fn *done[256];
	struct slot_store *stores;
};

static struct slot_types *tables(struct engine *e)
{
	if (!e->slots)
		e->slots = arena_alloc(&e->keep, sizeof(*e->slots));
	return e->slots;
}

const char *type_name(struct engine *e, CXType t)
{
	CXString s = clang_getTypeSpelling(clang_getUnqualifiedType(clang_getCanonicalType(t)));
	const char *name = str_keep(e, clang_getCString(s));
	clang_disposeString(s);
	return name;
}

/* The pointee type a pointer of type t names ("struct port"), NULL for
 * no pointer, void or a character type. */
static const char *pointee_name(struct engine *e, CXType t)
{
	t = clang_getCanonicalType(t);
	if (t.kind != CXType_Pointer)
		return NULL;
	CXType p = clang_getUnqualifiedType(clang_getCanonicalType(clang_getPointeeType(t)));
	switch (p.kind) {
	case CXType_Void:
	case CXType_Char_S:
	case CXType_Char_U:
	case CXType_SChar:
	case CXType_UChar:
		return NULL;
	default:
		break;
	}
	return type_name(e, p);
}

static bool is_slot_member(CXCursor m)
{
	return clang_getCursorKind(m) == CXCursor_MemberRefExpr &&
	       slot_field(clang_getCursorReferenced(m));
}

/* The last expression child: a cast's or parenthesis' operand, a member
 * expression's base being the first. */
static CXCursor operand(CXCursor c, bool first)
{
	struct kids ks;
	kids_of(c, &ks);
	CXCursor out = clang_getNullCursor();
	for (unsigned i = 0; i < ks.n; i++)
		if (is_expr(kid(&ks, i))) {
			out = kid(&ks, i);
			if (first)
				break;
		}
	kids_free(&ks);
	return out;
}

static bool conversion(CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	return k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr ||
	       k == CXCursor_CStyleCastExpr;
}

static bool void_pointer(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_Pointer &&
	       clang_getCanonicalType(clang_getPointeeType(t)).kind == CXType_Void;
}

bool slot_field(CXCursor decl)
{
	return clang_getCursorKind(decl) == CXCursor_FieldDecl &&
	       void_pointer(clang_getCursorType(decl));
}

bool slot_same_type(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* A call returning `void *` (a getter: dev_get_drvdata()): what it
 * returns of a slot is read as the type its result is converted to. */
static bool void_call(CXCursor c)
{
	return clang_getCursorKind(c) == CXCursor_CallExpr && void_pointer(clang_getCursorType(c));
}

/* The slot read, or the call returning `void *`, that a conversion to a
 * typed pointer converts, through parentheses and conversions that keep
 * it `void *`. */
static CXCursor converted_member(CXCursor c)
{
	for (CXCursor x = operand(c, false); !clang_Cursor_isNull(x); x = operand(x, false)) {
		if (is_slot_member(x) || void_call(x))
			return x;
		if (!conversion(x) || !void_pointer(clang_getCursorType(x)))
			break;
	}
	return clang_getNullCursor();
}

/* What a stored value pointed to before it became `void *`. */
static const char *stored_type(struct engine *e, CXCursor rhs)
{
	for (CXCursor x = rhs; !clang_Cursor_isNull(x); x = operand(x, false)) {
		const char *t = pointee_name(e, clang_getCursorType(x));
		if (t || !conversion(x))
			return t;
	}
	return NULL;
}

/* The object a member expression's base names, as a hash of the
 * variables and fields that spell it (`buffer`, `ctx.ret`); 0: not a
 * variable or a field of one. */
static unsigned base_key(CXCursor m)
{
	CXCursor b = operand(m, true);
	while (!clang_Cursor_isNull(b) && conversion(b))
		b = operand(b, false);
	enum CXCursorKind k = clang_getCursorKind(b);
	if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr)
		return 0;
	unsigned own = clang_hashCursor(clang_getCanonicalCursor(clang_getCursorReferenced(b)));
	if (k == CXCursor_DeclRefExpr)
		return own | 1u;
	unsigned up = base_key(b);
	return up ? (up * 31u + own) | 1u : 0;
}

struct access {
	CXCursor member;
	unsigned base;
	const char *type;
};

struct walk {
	struct engine *e;
	struct access *v;
	int n, cap;
};

static void add_access(struct walk *w, CXCursor m, const char *type)
{
	for (int i = 0; i < w->n; i++)
		if (clang_equalCursors(w->v[i].member, m))
			return; /* a typed access is met before the member itself */
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 16;
		w->v = xrealloc(w->v, (size_t)w->cap * sizeof(*w->v));
	}
	w->v[w->n++] = (struct access){m, is_slot_member(m) ? base_key(m) : 0, type};
}

static void visit_assignment(struct walk *w, CXCursor c)
{
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n == 2) {
		CXCursor lhs = kid(&ks, 0);
		while (clang_getCursorKind(lhs) == CXCursor_ParenExpr)
			lhs = operand(lhs, false);
		if (is_slot_member(lhs))
			add_access(w, lhs, stored_type(w->e, kid(&ks, 1)));
	}
	kids_free(&ks);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	struct walk *w = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_CStyleCastExpr || k == CXCursor_UnexposedExpr) {
		const char *t = pointee_name(w->e, clang_getCursorType(c));
		CXCursor m = t ? converted_member(c) : clang_getNullCursor();
		if (!clang_Cursor_isNull(m))
			add_access(w, m, t);
	} else if (k == CXCursor_BinaryOperator &&
	           clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
		visit_assignment(w, c);
	} else if (is_slot_member(c)) {
		add_access(w, c, NULL);
	}
	return CXChildVisit_Recurse;
}

/* The one type the function's typed accesses give slot `field` of the
 * object `base`; NULL when none or two disagree. */
static const char *inferred(const struct walk *w, const struct access *a)
{
	CXCursor field = clang_getCanonicalCursor(clang_getCursorReferenced(a->member));
	const char *type = NULL;
	for (int i = 0; i < w->n; i++) {
		const struct access *b = &w->v[i];
		if (!b->type || b->base != a->base ||
		    !clang_equalCursors(
		        clang_getCanonicalCursor(clang_getCursorReferenced(b->member)), field))
			continue;
		if (type && strcmp(type, b->type))
			return NULL;
		type = b->type;
	}
	return type;
}

static void walk_function(struct engine *e, CXCursor fn)
{
	struct slot_types *st = tables(e);
	struct walk w = {.e = e};
	clang_visitChildren(fn, visit, &w);
	for (int i = 0; i < w.n; i++) {
		const char *type = w.v[i].type;
		if (!type && w.v[i].base)
			type = inferred(&w, &w.v[i]);
		if (!type)
			continue;
		const void *stmt = w.v[i].member.data[1];
		struct slot_entry *s = arena_alloc(&e->keep, sizeof(*s));
		unsigned h = (unsigned)((uintptr_t)stmt >> 4) % NELEMS(st->by_stmt);
		*s = (struct slot_entry){stmt, type, st->by_stmt[h]};
		st->by_stmt[h] = s;
	}
	free(w.v);
}

const char *slot_type(struct engine *e, CXCursor fn, CXCursor member)
{
	if (clang_Cursor_isNull(fn) || !(is_slot_member(member) || void_call(member)))
		return NULL;
	struct slot_types *st = tables(e);
	unsigned h = clang_hashCursor(fn) % NELEMS(st->done);
	struct slot_fn *d = st->done[h];
	while (d && !clang_equalCursors(d->fn, fn))
		d = d->next;
	if (!d) {
		d = arena_alloc(&e->keep, sizeof(*d));
		*d = (struct slot_fn){fn, st->done[h]};
		st->done[h] = d;
		walk_function(e, fn);
	}
	const void *stmt = member.data[1];
	unsigned k = (unsigned)((uintptr_t)stmt >> 4) % NELEMS(st->by_stmt);
	for (struct slot_entry *s = st->by_stmt[k]; s; s = s->next)
		if (s->stmt == stmt)
			return s->type;
	return NULL;
}

void slot_store(struct engine *e, CXCursor field, const char *type, value v)
{
	v = val_only(e, v, TAINT_REGION);
	if (!v)
		return;
	struct slot_types *st = tables(e);
	struct slot_store *s = st->stores;
	while (s && !(clang_equalCursors(s->field, field) && slot_same_type(s->type, type)))
		s = s->next;
	if (!s) {
		s = arena_alloc(&e->keep, sizeof(*s));
		*s = (struct slot_store){field, type, NULL, st->stores};
		st->stores = s;
	}
	value joined = val_union(e, s->v, v);
	if (!val_same(joined, s->v))
		s->v = val_keep(e, joined);
}

void slot_each_store(struct engine *e, CXCursor field,
                     void (*fn)(void *ctx, const char *type, value v), void *ctx)
{
	for (struct slot_store *s = e->slots ? e->slots->stores : NULL; s; s = s->next)
		if (clang_equalCursors(s->field, field))
			fn(ctx, s->type, s->v);
}

value slot_value(struct engine *e, CXCursor field, const char *type)
{
	value v = NULL;
	for (struct slot_store *s = e->slots ? e->slots->stores : NULL; s; s = s->next)
		if (clang_equalCursors(s->field, field) && (!s->type || !strcmp(s->type, type)))
			v = val_union(e, v, s->v);
	return v;
}

const char *slot_arg_type(struct engine *e, CXCursor call, int arg)
{
	if (clang_Cursor_isNull(call) || arg >= clang_Cursor_getNumArguments(call))
		return NULL;
	return stored_type(e, clang_Cursor_getArgument(call, (unsigned)arg));
}

value slot_retype(struct engine *e, CXCursor fn, CXCursor call, value v)
{
	const char *type = clang_Cursor_isNull(call) ? NULL : slot_type(e, fn, call);
	if (!type)
		return v;
	value out = NULL;
	for (value t = v; t; t = t->next) {
		const struct input *in = t->kind == TAINT_INPUT ? &e->inputs[t->bit] : NULL;
		struct taint c = *t;
		if (in && in->kind == INPUT_FIELD && !in->type && slot_field(in->key))
			c.bit = (unsigned)input_of_slot(e, in->key, type);
		out = val_union(e, out, val_single(e, &c));
	}
	return out;
}
