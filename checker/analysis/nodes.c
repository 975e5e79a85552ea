/* Node-typed cells split by container type (docs/design.md, "Memory per
 * object": list and tree nodes).
 *
 * A field that links nodes (links_own_type(): `list_head::next`,
 * `hlist_node::next`, `rb_root::rb_node` ...) is one cell per field for
 * the TU: every list of the file shares `list_head::next`.  What a list
 * holds is nodes embedded in objects of one type, which the reader finds
 * with container_of(); so each concrete region stored into a node cell
 * remembers the types of the objects the stored node is embedded in (its
 * containers: `struct vmap_area` for `&va->list`, the node type itself for
 * a bare `struct list_head` variable or array element; none known for any
 * other expression, a pointer variable or a parameter).  A store whose
 * container is not known takes the containers the value had where it was
 * read from a node cell (a node moved along a list), else it is unknown.
 * A conversion by container_of() to `T *` (by shape: a cast to a pointer
 * to a struct of a pointer minus an offset) keeps a region that came from
 * a node cell only if that cell holds it with container `T` or with an
 * unknown one; an untyped read keeps everything.  Which node cell a
 * region came from is the last node store on its path (stores are known
 * by their step's location and message, which survive step_keep()).  The
 * split is TU-local: node fields are no cross-file fact (inputs.c). */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

/* The containers of one region in one node field (type NULL: unknown). */
struct node_kind {
	const char *type;
	struct node_kind *next;
};

struct node_set {
	CXCursor field; /* canonical */
	unsigned region;
	struct node_kind *kinds;
	struct node_set *next;
};

/* A store step into a node field. */
struct node_step {
	unsigned line, col;
	const char *file, *message;
	CXCursor field;
	struct node_step *next;
};

struct node_table {
	struct node_set *sets[256];
	struct node_step *steps[1024];
};

static struct node_table *table(struct engine *e)
{
	if (!e->nodes)
		e->nodes = arena_alloc(&e->keep, sizeof(*e->nodes));
	return e->nodes;
}

static const char *joined(struct engine *e, const char *a, const char *b)
{
	return a ? arena_printf(&e->keep, "%s\n%s", a, b) : b;
}

/* Does the container list `list` ("struct a\nstruct b") name `type`? */
static bool names(const char *list, const char *type)
{
	size_t n = strlen(type);
	for (const char *p = list; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, type, n) && (p[n] == '\n' || !p[n]))
			return true;
	return false;
}

/* The containers of the node `&m` names: each struct reached from the
 * field outwards through `.`, and the pointee of the first `->`. */
static const char *member_containers(struct engine *e, CXCursor m)
{
	const char *out = NULL;
	while (clang_getCursorKind(m) == CXCursor_MemberRefExpr) {
		CXCursor base = first_kid(m);
		if (clang_Cursor_isNull(base))
			return out;
		CXType t = clang_getCanonicalType(clang_getCursorType(base));
		if (t.kind == CXType_Pointer)
			return joined(e, out, type_name(e, clang_getPointeeType(t)));
		if (t.kind != CXType_Record)
			return out;
		out = joined(e, out, type_name(e, t));
		m = strip(base);
	}
	return out;
}

const char *node_container(struct engine *e, CXCursor expr)
{
	CXCursor c = strip(expr);
	if (clang_getCursorKind(c) != CXCursor_UnaryOperator ||
	    clang_getCursorUnaryOperatorKind(c) != CXUnaryOperator_AddrOf)
		return NULL;
	CXCursor o = first_kid(c);
	if (clang_Cursor_isNull(o))
		return NULL;
	o = strip(o);
	enum CXCursorKind k = clang_getCursorKind(o);
	if (k == CXCursor_MemberRefExpr)
		return member_containers(e, o);
	CXType t = clang_getCanonicalType(clang_getCursorType(o));
	if ((k == CXCursor_DeclRefExpr || k == CXCursor_ArraySubscriptExpr) &&
	    t.kind == CXType_Record)
		return type_name(e, t); /* a list head: the node itself */
	return NULL;
}

const char *node_arg_container(struct engine *e, CXCursor call, int arg)
{
	if (clang_Cursor_isNull(call) || arg >= clang_Cursor_getNumArguments(call))
		return NULL;
	return node_container(e, clang_Cursor_getArgument(call, (unsigned)arg));
}

static unsigned step_hash(const struct step *s)
{
	return (s->loc.line * 131u + s->loc.col) % 1024u;
}

static bool same_step(const struct node_step *n, const struct step *s)
{
	return n->line == s->loc.line && n->col == s->loc.col &&
	       (n->file == s->loc.file ||
	        (n->file && s->loc.file && !strcmp(n->file, s->loc.file))) &&
	       (n->message == s->message ||
	        (n->message && s->message && !strcmp(n->message, s->message)));
}

static struct node_step *find_step(struct node_table *nt, const struct step *s)
{
	for (struct node_step *n = nt->steps[step_hash(s) % NELEMS(nt->steps)]; n; n = n->next)
		if (same_step(n, s))
			return n;
	return NULL;
}

static void record_step(struct engine *e, const struct step *s, CXCursor field)
{
	struct node_table *nt = table(e);
	struct node_step *n = find_step(nt, s);
	if (n && clang_equalCursors(n->field, field))
		return;
	n = arena_alloc(&e->keep, sizeof(*n));
	unsigned h = step_hash(s) % NELEMS(nt->steps);
	*n = (struct node_step){
	    s->loc.line, s->loc.col,  str_keep(e, s->loc.file), str_keep(e, s->message),
	    field,       nt->steps[h]};
	nt->steps[h] = n;
}

/* The node store nearest the end of a path, NULL when it passed none. */
static const struct node_step *last_store(struct engine *e, const struct step *s)
{
	if (!e->nodes)
		return NULL;
	for (; s; s = s->prev) {
		const struct node_step *n = find_step(e->nodes, s);
		if (n)
			return n;
	}
	return NULL;
}

static struct node_set *find_set(struct engine *e, CXCursor field, unsigned region, bool make)
{
	struct node_table *nt = table(e);
	unsigned h = (clang_hashCursor(field) + region) % NELEMS(nt->sets);
	for (struct node_set *s = nt->sets[h]; s; s = s->next)
		if (s->region == region && clang_equalCursors(s->field, field))
			return s;
	if (!make)
		return NULL;
	struct node_set *s = arena_alloc(&e->keep, sizeof(*s));
	*s = (struct node_set){field, region, NULL, nt->sets[h]};
	nt->sets[h] = s;
	return s;
}

/* Adds container `type` (NULL: unknown) to a set; true when new. */
static bool add_kind(struct engine *e, struct node_set *s, const char *type)
{
	for (struct node_kind *k = s->kinds; k; k = k->next)
		if (slot_same_type(k->type, type))
			return false;
	struct node_kind *k = arena_alloc(&e->keep, sizeof(*k));
	*k = (struct node_kind){type ? str_keep(e, type) : NULL, s->kinds};
	s->kinds = k;
	return true;
}

/* The containers of region t stored into `field`: `type`, or those it
 * had in the node cell it was read from. */
static bool add_kinds(struct engine *e, struct node_set *s, const struct taint *t, const char *type)
{
	if (type)
		return add_kind(e, s, type);
	const struct node_step *from = last_store(e, t->path ? t->path->prev : NULL);
	struct node_set *src = from ? find_set(e, from->field, t->bit, false) : NULL;
	if (!src || src == s)
		return src ? false : add_kind(e, s, NULL);
	bool changed = false;
	for (struct node_kind *k = src->kinds; k; k = k->next)
		changed |= add_kind(e, s, k->type);
	return changed;
}

void node_store(struct engine *e, struct heap_cell *cell, value v, const char *type)
{
	if (cell->deref || !links_own_type(cell->key))
		return;
	CXCursor field = clang_getCanonicalCursor(cell->key);
	bool changed = false;
	for (value t = v; t; t = t->next) {
		if (t->kind != TAINT_REGION || !t->path)
			continue;
		record_step(e, t->path, field);
		changed |= add_kinds(e, find_set(e, field, t->bit, true), t, type);
	}
	if (changed && cell->read) {
		e->heap_gen++;
		e->need_another_pass = true;
	}
}

/* The struct type `T` a container_of() shape converts to: a cast to
 * `T *` of a pointer minus an offset; NULL for any other cast. */
static const char *conversion_target(struct engine *e, CXCursor cast)
{
	CXType t = clang_getCanonicalType(clang_getCursorType(cast));
	if (clang_getCursorKind(cast) != CXCursor_CStyleCastExpr || t.kind != CXType_Pointer)
		return NULL;
	CXType to = clang_getCanonicalType(clang_getPointeeType(t));
	if (to.kind != CXType_Record)
		return NULL;
	struct kids ks;
	kids_of(cast, &ks);
	CXCursor op = ks.n ? kid(&ks, ks.n - 1) : clang_getNullCursor();
	kids_free(&ks);
	while (!clang_Cursor_isNull(op) && clang_getCursorKind(op) == CXCursor_ParenExpr)
		op = first_kid(op);
	if (clang_Cursor_isNull(op) || clang_getCursorKind(op) != CXCursor_BinaryOperator ||
	    clang_getCursorBinaryOperatorKind(op) != CXBinaryOperator_Sub ||
	    !type_is_pointer(clang_getCursorType(op)))
		return NULL;
	return type_name(e, to);
}

/* Is region taint t, read from a node cell, held there with container
 * `type` or an unknown one (or not from a node cell at all)? */
static bool may_be(struct engine *e, const struct taint *t, const char *type)
{
	const struct node_step *from = last_store(e, t->path);
	struct node_set *s = from ? find_set(e, from->field, t->bit, false) : NULL;
	if (!s)
		return true;
	for (const struct node_kind *k = s->kinds; k; k = k->next)
		if (!k->type || names(k->type, type))
			return true;
	return false;
}

value node_converted(struct fctx *cx, CXCursor cast, value v)
{
	struct engine *e = cx->e;
	if (!v || !e->nodes)
		return v;
	const char *type = conversion_target(e, cast);
	if (!type)
		return v;
	value out = NULL;
	bool dropped = false;
	for (value t = v; t; t = t->next) {
		if (t->kind == TAINT_REGION && !may_be(e, t, type))
			dropped = true;
		else
			out = val_union(e, out, val_single(e, t));
	}
	return dropped ? out : v;
}

const char *node_stored_container(struct engine *e, CXCursor field, CXCursor call, value stored)
{
	if (!stored || !links_own_type(field))
		return NULL;
	const char *type = NULL;
	for (value t = stored; t; t = t->next) {
		const char *c =
		    t->kind == TAINT_PARAM ? node_arg_container(e, call, (int)t->bit) : NULL;
		if (!c || (type && strcmp(c, type)))
			return NULL;
		type = c;
	}
	return type;
}
