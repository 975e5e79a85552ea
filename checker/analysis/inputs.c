/* TU inputs and the calls a TU cannot close (docs/summaries.md).
 *
 * An input (sN) is a value another TU decides: what a call to a function
 * without a body here returns (one per call site), or what a global or a
 * field holds as the whole program stores it (one per global or field).
 * It is a taint like a parameter's: guards narrow it, summaries return,
 * store and sink it, and the summaries writer names it, so the link can
 * close it with the other TUs' facts.  Each input is made once and keyed by
 * its cursor (the call, the global, the field), so the fixpoint's runs
 * meet the same input again.  The calls are recorded here too: with every
 * argument where the callee has no body in the TU, with only the
 * parameter and input taints where it has one. */
#include <stdlib.h>
#include <string.h>

#include "../rules/roles.h"
#include "../util.h"
#include "eval.h"

struct input_slot {
	int index;
	struct input_slot *next;
};

static int input_find(struct engine *e, enum input_kind kind, CXCursor key, const char *type)
{
	unsigned h = clang_hashCursor(key) % NELEMS(e->input_index);
	for (struct input_slot *s = e->input_index[h]; s; s = s->next)
		if (e->inputs[s->index].kind == kind &&
		    clang_equalCursors(e->inputs[s->index].key, key) &&
		    slot_same_type(e->inputs[s->index].type, type))
			return s->index;
	return -1;
}

static int input_new(struct engine *e, enum input_kind kind, CXCursor key, const char *type)
{
	if (e->ninputs == e->capinputs) {
		e->capinputs = e->capinputs ? 2 * e->capinputs : 64;
		e->inputs = xrealloc(e->inputs, (size_t)e->capinputs * sizeof(*e->inputs));
	}
	int n = e->ninputs++;
	struct taint *t = arena_alloc(&e->keep, sizeof(*t));
	t->kind = TAINT_INPUT;
	t->bit = (unsigned)n;
	t->mask = ~0u;
	t->kept = 1;
	e->inputs[n] = (struct input){.kind = kind, .key = key, .type = type, .bare = t};
	unsigned h = clang_hashCursor(key) % NELEMS(e->input_index);
	struct input_slot *s = arena_alloc(&e->keep, sizeof(*s));
	s->index = n;
	s->next = e->input_index[h];
	e->input_index[h] = s;
	return n;
}

value input_value(struct engine *e, int n)
{
	return e->inputs[n].bare;
}

void inputs_free(struct engine *e)
{
	free(e->inputs);
}

/* A pointer, or an array of pointers; for a global also an integer as wide
 * as a pointer (a field of that type is most often flags, a count or a
 * pfn, read all over: it has no input). */
static bool holds_address(CXType t, bool integers)
{
	CXType c = clang_getCanonicalType(t);
	while (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray ||
	       c.kind == CXType_VariableArray)
		c = clang_getCanonicalType(clang_getArrayElementType(c));
	return c.kind == CXType_Pointer || (integers && type_is_address(c));
}

/* Through pointers and arrays to what a type finally names. */
static CXType pointee_of(CXType t)
{
	t = clang_getCanonicalType(t);
	while (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray ||
	       t.kind == CXType_IncompleteArray)
		t = clang_getCanonicalType(t.kind == CXType_Pointer ? clang_getPointeeType(t)
		                                                    : clang_getArrayElementType(t));
	return t;
}

struct node_shape {
	CXType self;
	int links, others;
};

static enum CXVisitorResult node_field(CXCursor field, CXClientData data)
{
	struct node_shape *n = data;
	CXType t = clang_getCanonicalType(clang_getCursorType(field));
	if (t.kind != CXType_Pointer)
		return CXVisit_Continue;
	CXType to = pointee_of(t);
	if (clang_equalTypes(to, n->self))
		n->links++;
	else if (to.kind != CXType_FunctionProto && to.kind != CXType_FunctionNoProto)
		n->others++;
	return CXVisit_Continue;
}

/* A node: a struct whose pointers all point to its own type (functions
 * aside), one at least: list_head, hlist_node, llist_node, rb_node. */
static bool node_type(CXType t)
{
	if (t.kind != CXType_Record)
		return false;
	struct node_shape n = {.self = t};
	clang_Type_visitFields(t, node_field, &n);
	return n.links > 0 && !n.others;
}

/* A field that links nodes: one that points to an object of its own
 * struct type (`struct list_head *next` in struct list_head), or to a
 * node (node_type(): `struct hlist_node *first` in struct hlist_head,
 * `struct rb_node *rb_node` in struct rb_root).  What one file stores
 * there is another node, embedded in an object the reader finds with
 * container_of(), never a buffer the program shares.  One program-wide
 * cell for it would join every list and tree of the kernel (and the
 * objects of every type that embeds a node), so it is no cross-file fact:
 * no input, no store. */
bool links_own_type(CXCursor decl)
{
	if (clang_getCursorKind(decl) != CXCursor_FieldDecl)
		return false;
	if (!holds_address(clang_getCursorType(decl), false))
		return false; /* an embedded node is the object itself */
	CXType t = pointee_of(clang_getCursorType(decl));
	CXType own =
	    clang_getCanonicalType(clang_getCursorType(clang_getCursorSemanticParent(decl)));
	return t.kind == CXType_Record && (clang_equalTypes(t, own) || node_type(t));
}

/* Every global (static ones too: an external function of this TU may
 * store its parameter there for another TU) and every field whose type
 * may hold an address. */
/* A variable or field the rules name as a source (__per_cpu_offset,
 * vm_struct::addr): its reads yield what the rule says, whatever another
 * TU computes into it.  With an input, the x86_64 tree's setup code, which
 * fills __per_cpu_offset[] with the distance of a vmalloc'd chunk from the
 * percpu section, made every per_cpu_ptr() of the kernel vmalloc memory. */
static bool rule_source(struct engine *e, CXCursor decl)
{
	bool field = clang_getCursorKind(decl) == CXCursor_FieldDecl;
	char *record = field ? cursor_name(e, clang_getCursorSemanticParent(decl)) : NULL;
	return roles_read(e->rs->roles, record, cursor_name(e, decl)) != NULL;
}

static bool has_input(struct engine *e, CXCursor decl)
{
	enum CXCursorKind k = clang_getCursorKind(decl);
	return (k == CXCursor_FieldDecl || k == CXCursor_VarDecl) &&
	       holds_address(clang_getCursorType(decl), k == CXCursor_VarDecl) &&
	       !links_own_type(decl) && !rule_source(e, decl);
}

int input_of_decl(struct engine *e, CXCursor decl)
{
	if (!has_input(e, decl))
		return -1;
	enum CXCursorKind k = clang_getCursorKind(decl);
	enum input_kind kind = k == CXCursor_FieldDecl ? INPUT_FIELD : INPUT_GLOBAL;
	int n = input_find(e, kind, decl, NULL);
	return n >= 0 ? n : input_new(e, kind, decl, NULL);
}

/* A slot read as `type` (slots.c): the link gives it only what was stored
 * with that type, or with none known. */
int input_of_slot(struct engine *e, CXCursor decl, const char *type)
{
	if (!type || !has_input(e, decl))
		return input_of_decl(e, decl);
	int n = input_find(e, INPUT_FIELD, decl, type);
	return n >= 0 ? n : input_new(e, INPUT_FIELD, decl, type);
}

/* ---- calls ---- */

static struct call_rec *call_find(struct engine *e, CXCursor call, unsigned h)
{
	for (struct call_rec *r = e->call_index[h]; r; r = r->hash_next)
		if (clang_equalCursors(r->call, call))
			return r;
	return NULL;
}

static bool has_kind(value v, enum taint_kind kind)
{
	for (; v; v = v->next)
		if (v->kind == kind)
			return true;
	return false;
}

/* What the link needs of an argument: its regions and inputs, or (for
 * a callee with a body here) its inputs only. */
static value arg_fact(struct engine *e, value v, bool external)
{
	v = val_no_obj(e, v); /* points-to facts are the caller's own */
	if (!external)
		return val_without(e, val_without(e, v, TAINT_REGION), TAINT_PHYS);
	return has_kind(v, TAINT_PHYS) ? val_without(e, v, TAINT_PHYS) : v;
}

static struct call_rec *call_new(struct fctx *cx, CXCursor call, CXCursor callee, const char *name,
                                 const struct xc_loc *loc, int nargs, unsigned h)
{
	struct engine *e = cx->e;
	struct call_rec *r = arena_alloc(&e->keep, sizeof(*r));
	r->call = call;
	r->callee = callee;
	r->name = str_keep(e, name);
	r->loc = *loc;
	r->result = -1;
	r->seq = e->ncalls++;
	r->nargs = nargs;
	r->args = arena_alloc(&e->keep, (size_t)(nargs + 1) * sizeof(value));
	r->next = cx->s->calls;
	cx->s->calls = r;
	r->hash_next = e->call_index[h];
	e->call_index[h] = r;
	return r;
}

/* The arguments the link needs: every one where the callee has no body
 * here; else only the parameter and input taints of the arguments whose
 * parameter the callee forwards to a call it cannot close (its own facts,
 * sinks, returns and stores, the caller's summary already took over). */
static bool call_facts(struct engine *e, value *facts, value *args, int nargs,
                       const struct summary *body)
{
	bool any = false;
	for (int i = 0; i < nargs; i++) {
		if (body && (i >= 32 || !(body->forwards & (1u << i))))
			facts[i] = NULL;
		else
			facts[i] = arg_fact(e, args[i], !body);
		any |= facts[i] != NULL;
	}
	return any;
}

struct call_rec *record_call(struct fctx *cx, CXCursor call, CXCursor callee, const char *name,
                             const struct xc_loc *loc, value *args, int nargs,
                             const struct summary *body)
{
	struct engine *e = cx->e;
	if (cx->silent)
		return NULL;
	unsigned h = clang_hashCursor(call) % NELEMS(e->call_index);
	struct call_rec *r = call_find(e, call, h);
	bool returns = !body && holds_address(clang_getCursorType(call), true);
	value *facts = arena_alloc(&e->arena, (size_t)(nargs + 1) * sizeof(value));
	bool any = call_facts(e, facts, args, nargs, body);
	if (!r && !any && !returns)
		return NULL; /* nothing for the link to close */
	if (!r) {
		r = call_new(cx, call, callee, name, loc, nargs, h);
		if (returns) {
			r->result = input_new(e, INPUT_RESULT, call, NULL);
			e->inputs[r->result].caller = cx->s;
			e->inputs[r->result].rec = r;
		}
	}
	for (int i = 0; i < nargs && i < r->nargs; i++) {
		value joined = val_union(e, r->args[i], facts[i]);
		if (joined != r->args[i])
			r->args[i] = val_keep(e, joined);
		for (value t = facts[i]; t; t = t->next)
			if (t->kind == TAINT_PARAM && t->bit < 32)
				cx->s->forwards |= 1u << t->bit;
	}
	return r;
}

value call_result(struct fctx *cx, const struct call_rec *r, const struct xc_loc *loc)
{
	struct engine *e = cx->e;
	if (!r || r->result < 0)
		return NULL;
	struct taint t = *input_value(e, r->result);
	bool direct = clang_getCursorKind(r->callee) == CXCursor_FunctionDecl;
	t.path = new_step(
	    e, STEP_CALL, loc,
	    direct ? arena_printf(&e->arena, "%s() returns it (no body in this file)", r->name)
	           : arena_printf(&e->arena,
	                          "the function '%s' points to returns it "
	                          "(called through a pointer)",
	                          r->name),
	    NULL);
	return val_single(e, &t);
}
