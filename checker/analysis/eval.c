/* The evaluator: walks one function's body and computes, for every
 * expression, the regions its value may point into (rvalue mode) or the
 * regions the object it names lives in (lvalue mode).
 *
 * Flow policy (docs/design.md):
 * - locals are flow-sensitive: an assignment replaces what a local held;
 *   branches are analysed separately and joined;
 * - loops (while, do, for) run their body until the locals stop changing
 *   (at most four rounds; the lattice is small, two suffice in practice);
 * - switch: each case label starts from the state at the switch joined with
 *   the fall-through state; break leaves the switch or loop;
 * - goto: the state at a goto is joined into its label; a label reached by
 *   a backward goto makes the function run again (at most three times);
 * - fields and globals are flow-insensitive: one cell per field declaration
 *   or global, the union of every store, shared by the whole TU.
 * Guards (is_vmalloc_addr() ...) narrow a local or parameter in the branch
 * they decide, including through !, &&, || and likely()/unlikely(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "engine.h"

enum mode { RVALUE, LVALUE };

/* A rule macro whose value is being evaluated: its arguments are collected
 * as the walk meets them, so the sink is checked on what was written inside
 * its parentheses. */
struct frame {
	struct expansion *x;
	struct frame *up;
	value *args;
	CXCursor *roots;
	int nargs;
	bool in_arg;
};

struct jump_target {
	struct env *breaks, *continues;
	struct env *entry; /* switch: the state case labels join */
	bool has_default;  /* switch: no path skips every case */
	struct jump_target *up;
};

struct label_state {
	CXCursor label;
	struct env *env;
	bool visited;
	struct label_state *next;
};

struct checked { /* see note_stored_guard() */
	CXCursor key;
	regionset regions;
	struct checked *next;
};

struct fctx {
	struct engine *e;
	struct summary *s;
	CXCursor fn;
	struct env *env;
	struct frame *frame;
	int silent; /* inside a sanitizer: nothing in it is reported */
	struct jump_target *jumps;
	struct label_state *labels;
	bool rerun; /* a backward goto changed a label's state */
	struct checked *checked;
	CXCursor params[32];
	int nparams;
};

static value ev(struct fctx *cx, CXCursor c, enum mode mode);
static void exec(struct fctx *cx, CXCursor c);
static value drop_checked(struct fctx *cx, CXCursor decl, value v);
static void note_stored_guard(struct fctx *cx, CXCursor rhs);

/* ---- small cursor helpers ---- */

struct kids {
	CXCursor v[16];
	CXCursor *more;
	unsigned n, cap;
};

static enum CXChildVisitResult collect_kid(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct kids *k = data;
	if (k->n < 16) {
		k->v[k->n++] = c;
		return CXChildVisit_Continue;
	}
	if (k->n - 16 == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->more = xrealloc(k->more, k->cap * sizeof(CXCursor));
	}
	k->more[k->n++ - 16] = c;
	return CXChildVisit_Continue;
}

static void kids_of(CXCursor c, struct kids *k)
{
	k->n = 0;
	k->cap = 0;
	k->more = NULL;
	clang_visitChildren(c, collect_kid, k);
}

static CXCursor kid(const struct kids *k, unsigned i)
{
	return i < 16 ? k->v[i] : k->more[i - 16];
}

static void kids_free(struct kids *k)
{
	free(k->more);
}

static bool is_expr(CXCursor c)
{
	return clang_isExpression(clang_getCursorKind(c));
}

static bool type_is_array_or_function(CXType t)
{
	switch (clang_getCanonicalType(t).kind) {
	case CXType_ConstantArray:
	case CXType_IncompleteArray:
	case CXType_VariableArray:
	case CXType_DependentSizedArray:
	case CXType_FunctionProto:
	case CXType_FunctionNoProto:
		return true;
	default:
		return false;
	}
}

static bool type_is_pointer(CXType t)
{
	return clang_getCanonicalType(t).kind == CXType_Pointer;
}

/* A pointer, or an integer wide enough to hold one (__fix_to_virt() is an
 * unsigned long). */
static bool type_is_address(CXType t)
{
	CXType c = clang_getCanonicalType(t);
	return c.kind == CXType_Pointer ||
	       ((c.kind == CXType_ULong || c.kind == CXType_Long || c.kind == CXType_ULongLong ||
	         c.kind == CXType_LongLong) &&
	        clang_Type_getSizeOf(c) >= 4);
}

/* Through parentheses and casts, to what an assignment or guard names. */
static CXCursor strip(CXCursor c)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(c);
		if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr &&
		    k != CXCursor_UnexposedExpr)
			return c;
		struct kids ks;
		kids_of(c, &ks);
		CXCursor last = clang_getNullCursor();
		unsigned nexpr = 0;
		for (unsigned i = 0; i < ks.n; i++)
			if (is_expr(kid(&ks, i))) {
				last = kid(&ks, i);
				nexpr++;
			}
		kids_free(&ks);
		if (nexpr != 1)
			return c;
		c = last;
	}
}

static bool is_local_var(CXCursor decl)
{
	enum CXCursorKind k = clang_getCursorKind(decl);
	if (k == CXCursor_ParmDecl)
		return true;
	if (k != CXCursor_VarDecl)
		return false;
	enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
	if (sc == CX_SC_Static || sc == CX_SC_Extern)
		return false;
	enum CXCursorKind parent = clang_getCursorKind(clang_getCursorSemanticParent(decl));
	return parent == CXCursor_FunctionDecl;
}

static const char *fn_name(struct fctx *cx)
{
	return cx->s->name;
}

static struct xc_loc cursor_loc(struct fctx *cx, CXCursor c)
{
	struct xc_loc loc;
	engine_cursor_loc(cx->e, c, &loc);
	return loc;
}

static void begin_offset(struct fctx *cx, CXCursor c, CXFile *file, unsigned *begin, unsigned *end)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f2;
	clang_getFileLocation(clang_getRangeStart(r), file, NULL, NULL, begin);
	clang_getFileLocation(clang_getRangeEnd(r), &f2, NULL, NULL, end);
	(void)cx;
	if (f2 != *file || *end < *begin)
		*end = *begin;
}

/* ---- findings ---- */

static int add_finding(struct fctx *cx, const struct rule *rule, int region,
                       const struct sink_rule *sink, const char *sink_name,
                       const struct xc_loc *loc, const struct step *path)
{
	struct engine *e = cx->e;
	for (int i = 0; i < e->nfindings; i++) {
		struct internal_finding *f = &e->findings[i];
		if (f->region == region && f->loc.file == loc->file && f->loc.line == loc->line &&
		    f->loc.col == loc->col)
			return i;
	}
	if (e->nfindings == e->capfindings) {
		e->capfindings = e->capfindings ? 2 * e->capfindings : 16;
		e->findings = xrealloc(e->findings, (size_t)e->capfindings * sizeof(*e->findings));
	}
	struct internal_finding *f = &e->findings[e->nfindings];
	memset(f, 0, sizeof(*f));
	f->rule = rule;
	f->region = region;
	f->sink_name = sink_name;
	f->family = sink->family;
	f->loc = *loc;
	f->path = path;
	f->function = cx->fn;
	return e->nfindings++;
}

static const struct step *new_step(struct engine *e, enum step_kind kind, const struct xc_loc *loc,
                                   const char *msg, const struct step *prev)
{
	struct step *s = arena_alloc(&e->arena, sizeof(*s));
	s->kind = kind;
	s->loc = *loc;
	s->message = msg;
	s->prev = prev;
	return s;
}

/* `tail` (a path that starts with its own PARAM step) re-linked after
 * `head`: how a callee's internal path continues a caller's. */
static const struct step *chain(struct engine *e, const struct step *head, const struct step *tail)
{
	const struct step *stack[256];
	int n = 0;
	for (const struct step *s = tail; s && n < 256; s = s->prev)
		stack[n++] = s;
	const struct step *out = head;
	while (n-- > 0)
		out = new_step(e, stack[n]->kind, &stack[n]->loc, stack[n]->message, out);
	return out;
}

static void record_param_sink(struct fctx *cx, const struct taint *t, const struct sink_rule *sink,
                              const char *sink_name, const struct xc_loc *loc,
                              const struct step *path)
{
	for (struct param_sink *ps = cx->s->sinks; ps; ps = ps->next)
		if (ps->param == t->bit && ps->sink == sink && ps->loc.line == loc->line &&
		    ps->loc.col == loc->col && ps->loc.file == loc->file)
			return;
	struct param_sink *ps = arena_alloc(&cx->e->arena, sizeof(*ps));
	ps->param = t->bit;
	ps->mask = t->mask;
	ps->sink = sink;
	ps->sink_name = sink_name;
	ps->path = path;
	ps->loc = *loc;
	ps->next = cx->s->sinks;
	cx->s->sinks = ps;
}

/* A value reaches a linear-only translation: report its non-linear
 * regions, and return the physical address it yields (phys taints name
 * the findings, so a fixmap mapping it can be named in them). */
static value check_sink(struct fctx *cx, const struct sink_rule *sink, const char *sink_name,
                        const struct xc_loc *loc, value arg)
{
	struct engine *e = cx->e;
	if (cx->silent)
		return NULL;
	const char *msg = arena_printf(&e->arena, "reaches %s()", sink_name);
	if (sink->consumer) {
		for (value t = arg; t; t = t->next)
			if (t->kind == TAINT_PHYS && !e->findings[t->finding].consumer) {
				e->findings[t->finding].consumer = sink_name;
				e->findings[t->finding].consumer_loc = *loc;
			}
		return NULL;
	}
	value out = NULL;
	for (value t = arg; t; t = t->next) {
		if (t->kind == TAINT_PARAM) {
			record_param_sink(cx, t, sink, sink_name, loc,
			                  new_step(e, STEP_SINK, loc, msg, t->path));
			continue;
		}
		if (t->kind != TAINT_REGION || !(e->nonlinear & (1u << t->bit)))
			continue;
		const struct rule *rule = rules_for_region(e->rs, t->bit);
		int idx = add_finding(cx, rule, t->bit, sink, sink_name, loc,
		                      new_step(e, STEP_SINK, loc, msg, t->path));
		struct taint phys = {.kind = TAINT_PHYS, .bit = t->bit, .finding = idx};
		out = val_union(e, out, val_single(e, &phys));
	}
	/* val_union copies the taints it keeps, so a stack taint is safe. */
	return out;
}

/* ---- rules by name ---- */

static const struct sink_rule *function_sink(struct engine *e, const char *name)
{
	for (int i = 0; i < e->rs->nsinks; i++)
		if (e->rs->sinks[i].match == MATCH_FUNCTION && !strcmp(e->rs->sinks[i].name, name))
			return &e->rs->sinks[i];
	return NULL;
}

static const struct source_rule *named_source(struct engine *e, enum match_kind kind,
                                              const char *name)
{
	for (int i = 0; i < e->rs->nsources; i++) {
		const struct source_rule *s = &e->rs->sources[i];
		if (s->match == kind &&
		    (kind == MATCH_SECTION ? !strncmp(name, s->name, strlen(s->name))
		                           : !strcmp(s->name, name)))
			return s;
	}
	return NULL;
}

static bool function_sanitizer(struct engine *e, const char *name)
{
	for (int i = 0; i < e->rs->nsanitizers; i++)
		if (e->rs->sanitizers[i].match == MATCH_FUNCTION &&
		    !strcmp(e->rs->sanitizers[i].name, name))
			return true;
	return false;
}

static const struct guard_rule *function_guard(struct engine *e, const char *name)
{
	for (int i = 0; i < e->rs->nguards; i++)
		if (e->rs->guards[i].match == MATCH_FUNCTION &&
		    !strcmp(e->rs->guards[i].name, name))
			return &e->rs->guards[i];
	return NULL;
}

/* annotate("xlatcheck:returns:<region>") / annotate("xlatcheck:sanitizer")
 * on any declaration of the function. */
struct trust {
	int returns;
	bool sanitizer;
	struct engine *e;
};

static enum CXChildVisitResult read_trust(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct trust *t = data;
	if (clang_getCursorKind(c) != CXCursor_AnnotateAttr)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *a = clang_getCString(s);
	if (!strcmp(a, "xlatcheck:sanitizer"))
		t->sanitizer = true;
	else if (!strncmp(a, "xlatcheck:returns:", 18))
		t->returns = rules_region_index(t->e->rs, a + 18);
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

static struct trust trust_of(struct engine *e, CXCursor decl)
{
	struct trust t = {.returns = -1, .e = e};
	clang_visitChildren(decl, read_trust, &t);
	CXCursor def = clang_getCursorDefinition(decl);
	if (!clang_Cursor_isNull(def) && !clang_equalCursors(def, decl))
		clang_visitChildren(def, read_trust, &t);
	return t;
}

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
			out = arena_strdup(&e->arena, name);
			free(name);
		}
	}
	clang_disposeString(s);
	clang_PrintingPolicy_dispose(pp);
	return out;
}

static value location_of_decl(struct fctx *cx, CXCursor ref, CXCursor use)
{
	struct engine *e = cx->e;
	struct xc_loc loc = cursor_loc(cx, use);
	enum CXCursorKind k = clang_getCursorKind(ref);
	char *name = cursor_name(e, ref);
	if (is_local_var(ref)) {
		const struct step *s = new_step(
		    e, STEP_SOURCE, &loc,
		    arena_printf(&e->arena, "'%s' is a local variable: stack memory", name), NULL);
		return val_region(e, e->stack_region, s);
	}
	if (k == CXCursor_VarDecl) {
		struct heap_cell *cell = heap_cell(e, ref);
		if (!cell->location_known) {
			cell->location_known = true;
			const char *sec = section_of(e, ref);
			const struct source_rule *src =
			    sec ? named_source(e, MATCH_SECTION, sec) : NULL;
			CXCursor canon = clang_getCanonicalCursor(ref);
			(void)canon;
			if (src) {
				cell->location_region = src->region;
				cell->location_note = arena_printf(
				    &e->arena, "'%s' is defined in section %s: %s memory", name,
				    sec, e->rs->regions[src->region].name);
			} else if (e->in->module && e->module_region >= 0 &&
			           clang_Cursor_getStorageClass(ref) != CX_SC_Extern) {
				cell->location_region = e->module_region;
				cell->location_note = arena_printf(
				    &e->arena, "'%s' is static data of a module: module memory",
				    name);
			} else {
				cell->location_region = -1;
			}
		}
		if (cell->location_region < 0)
			return NULL;
		return val_region(e, cell->location_region,
		                  new_step(e, STEP_SOURCE, &loc, cell->location_note, NULL));
	}
	if (k == CXCursor_FunctionDecl && e->in->module && e->module_region >= 0) {
		CXCursor def = clang_getCursorDefinition(ref);
		if (!clang_Cursor_isNull(def))
			return val_region(
			    e, e->module_region,
			    new_step(e, STEP_SOURCE, &loc,
			             arena_printf(&e->arena, "'%s' is module code", name), NULL));
	}
	return NULL;
}

/* ---- reading and writing variables, fields, globals ---- */

static void heap_store(struct fctx *cx, struct heap_cell *cell, value v)
{
	struct engine *e = cx->e;
	value stored = val_without(e, v, TAINT_PARAM);
	value merged = val_union(e, cell->v, stored);
	if (!val_same(merged, cell->v)) {
		cell->v = merged;
		if (cell->read)
			e->need_another_pass = true;
	}
	for (value t = v; t; t = t->next)
		if (t->kind == TAINT_PARAM) {
			struct param_store *ps = arena_alloc(&e->arena, sizeof(*ps));
			ps->param = t->bit;
			ps->target = cell->key;
			ps->next = cx->s->stores;
			cx->s->stores = ps;
		}
}

static value global_value(struct fctx *cx, CXCursor var)
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
	return cell->v;
}

/* A variable, field or parameter declared with an attribute source
 * (`struct stats __percpu *stats`) holds such pointers whatever was stored. */
static value declared_holder(struct fctx *cx, CXCursor decl, CXCursor use)
{
	struct engine *e = cx->e;
	const struct source_rule *src = macro_index_attribute(e->macros, decl);
	if (!src)
		return NULL;
	struct xc_loc loc = cursor_loc(cx, use);
	char *name = cursor_name(e, decl);
	const char *note = arena_printf(&e->arena, "'%s' is declared %s: it holds %s pointers", name,
	                                src->name, e->rs->regions[src->region].name);
	return val_region(e, src->region, new_step(e, STEP_SOURCE, &loc, note, NULL));
}

static value variable_value(struct fctx *cx, CXCursor ref, CXCursor use)
{
	struct engine *e = cx->e;
	value v;
	if (is_local_var(ref))
		v = env_get(cx->env, clang_getCanonicalCursor(ref), NULL);
	else
		v = global_value(cx, clang_getCanonicalCursor(ref));
	char *name = cursor_name(e, ref);
	const struct source_rule *src = named_source(e, MATCH_VARIABLE, name);
	if (src) {
		struct xc_loc loc = cursor_loc(cx, use);
		const char *note = src->note ? src->note
		                             : arena_printf(&e->arena, "'%s' yields %s memory",
		                                            name, e->rs->regions[src->region].name);
		v = val_union(
		    e, val_region(e, src->region, new_step(e, STEP_SOURCE, &loc, note, NULL)), v);
	}
	v = val_union(e, v, declared_holder(cx, ref, use));
	return drop_checked(cx, clang_getCanonicalCursor(ref), v);
}

static void assign(struct fctx *cx, CXCursor lhs, value v, const struct xc_loc *loc)
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
		if (ks.n)
			ev(cx, kid(&ks, 0),
			   type_is_pointer(clang_getCursorType(kid(&ks, 0))) ? RVALUE : LVALUE);
		kids_free(&ks);
		if (clang_getCursorKind(field) != CXCursor_FieldDecl)
			return;
		CXCursor record = clang_getCursorSemanticParent(field);
		char *fname = cursor_name(e, field), *rname = cursor_name(e, record);
		value stepped =
		    val_step(e, v, STEP_FIELD_STORE, loc,
		             arena_printf(&e->arena, "stored in field '%s' of %s", fname,
		                          *rname ? rname : "an anonymous struct"));
		heap_store(cx, heap_cell(e, clang_getCanonicalCursor(field)), stepped);
	} else if (k == CXCursor_ArraySubscriptExpr) {
		/* An element store is a weak update of the array's contents. */
		struct kids ks;
		kids_of(target, &ks);
		if (ks.n == 2) {
			ev(cx, kid(&ks, 1), RVALUE);
			CXCursor base = strip(kid(&ks, 0));
			if (clang_getCursorKind(base) == CXCursor_DeclRefExpr) {
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
	}
}

/* ---- guards: narrowing in branches ---- */

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
	if (clang_getCursorKind(target) != CXCursor_DeclRefExpr)
		return;
	CXCursor ref = clang_getCursorReferenced(target);
	if (!is_local_var(ref))
		return;
	CXCursor key = clang_getCanonicalCursor(ref);
	env_set(cx->e, env, key, val_narrow(cx->e, env_get(env, key, NULL), guard, inside));
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
	begin_offset(cx, s, &file, &b, &end);
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
	const struct guard_rule *g = function_guard(e, name);
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
static void apply_condition(struct fctx *cx, struct env *env, CXCursor cond, bool truth)
{
	if (env->unreachable)
		return;
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
static void note_stored_guard(struct fctx *cx, CXCursor rhs)
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

static value drop_checked(struct fctx *cx, CXCursor decl, value v)
{
	for (struct checked *c = cx->checked; c && v; c = c->next)
		if (clang_equalCursors(c->key, decl))
			v = val_narrow(cx->e, v, c->regions, false);
	return v;
}

/* ---- calls ---- */

static value apply_summary(struct fctx *cx, struct summary *s, const struct xc_loc *loc,
                           value *args, int nargs)
{
	struct engine *e = cx->e;
	value out = NULL;
	for (value t = s->ret; t; t = t->next) {
		if (t->kind == TAINT_PARAM) {
			if (t->bit < nargs) {
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
	for (struct param_sink *ps = s->sinks; ps; ps = ps->next) {
		if (ps->param >= nargs || cx->silent)
			continue;
		const char *msg = arena_printf(&e->arena, "passed to %s() as argument %d", s->name,
		                               ps->param + 1);
		for (value t = val_narrow(e, args[ps->param], ps->mask, true); t; t = t->next) {
			const struct step *head = new_step(e, STEP_CALL, loc, msg, t->path);
			const struct step *path = chain(e, head, ps->path);
			if (t->kind == TAINT_PARAM) {
				record_param_sink(cx, t, ps->sink, ps->sink_name, loc, path);
			} else if (t->kind == TAINT_REGION && (e->nonlinear & (1u << t->bit))) {
				add_finding(cx, rules_for_region(e->rs, t->bit), t->bit, ps->sink,
				            ps->sink_name, loc, path);
			}
		}
	}
	for (struct param_store *st = s->stores; st; st = st->next)
		if (st->param < nargs)
			heap_store(cx, heap_cell(e, st->target), args[st->param]);
	return out;
}

static value eval_call(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	int nargs = clang_Cursor_getNumArguments(c);
	if (nargs < 0)
		nargs = 0;
	value *args = arena_alloc(&e->arena, (size_t)(nargs + 1) * sizeof(value));
	for (int i = 0; i < nargs; i++)
		args[i] = ev(cx, clang_Cursor_getArgument(c, (unsigned)i), RVALUE);

	CXCursor callee = clang_getCursorReferenced(c);
	if (clang_getCursorKind(callee) != CXCursor_FunctionDecl) {
		/* A call through a pointer: evaluate the pointer, know nothing. */
		struct kids ks;
		kids_of(c, &ks);
		if (ks.n)
			ev(cx, kid(&ks, 0), RVALUE);
		kids_free(&ks);
		return NULL;
	}
	const char *name = cursor_name(e, callee);
	struct xc_loc loc = cursor_loc(cx, c);

	if (function_sanitizer(e, name))
		return NULL;
	const struct sink_rule *sink = function_sink(e, name);
	if (sink)
		return sink->arg < nargs ? check_sink(cx, sink, name, &loc, args[sink->arg]) : NULL;
	const struct source_rule *src = named_source(e, MATCH_FUNCTION, name);
	if (src) {
		const char *note = src->note ? src->note
		                             : arena_printf(&e->arena, "%s() returns %s memory",
		                                            name, e->rs->regions[src->region].name);
		return val_region(e, src->region, new_step(e, STEP_SOURCE, &loc, note, NULL));
	}
	if (function_guard(e, name))
		return NULL;
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
	struct summary *s = summary_get(e, callee);
	return s ? apply_summary(cx, s, &loc, args, nargs) : NULL;
}

/* ---- rule macros ---- */

static bool claimed(const struct fctx *cx, const struct expansion *x)
{
	for (const struct frame *f = cx->frame; f; f = f->up)
		if (f->x == x)
			return true;
	return false;
}

static value ev_node(struct fctx *cx, CXCursor c, enum mode mode);

static value eval_macro(struct fctx *cx, CXCursor c, struct expansion *x, enum mode mode)
{
	struct engine *e = cx->e;
	const struct macro_info *m = x->macro;
	struct frame fr = {.x = x, .up = cx->frame};
	bool collect = m->role == MACRO_SINK && expansion_args(e, x) && m->sink_arg >= 0 &&
	               m->sink_arg < x->nargs;
	if (collect) {
		fr.nargs = x->nargs;
		fr.args = arena_alloc(&e->arena, (size_t)x->nargs * sizeof(value));
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
			value arg = collect ? fr.args[m->sink_arg] : NULL;
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
	case MACRO_GUARD:
		return NULL;
	case MACRO_NONE:
		break;
	}
	return v;
}

/* ---- expressions ---- */

static value ev(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct engine *e = cx->e;
	if (mode == RVALUE && type_is_array_or_function(clang_getCursorType(c)) &&
	    clang_getCursorKind(c) != CXCursor_CallExpr)
		mode = LVALUE; /* array and function designators decay to their address */

	CXFile file;
	unsigned b, end;
	begin_offset(cx, c, &file, &b, &end);

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
	struct expansion *x = file ? macro_index_find(e->macros, file, b) : NULL;
	if (x && !claimed(cx, x) && end <= x->end)
		v = eval_macro(cx, c, x, mode);
	else
		v = ev_node(cx, c, mode);

	if (argi >= 0) {
		fr->in_arg = false;
		fr->args[argi] = val_union(e, fr->args[argi], v);
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

static value eval_statement_expr(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct kids ks;
	kids_of(c, &ks);
	value v = NULL;
	if (ks.n == 1 && clang_getCursorKind(kid(&ks, 0)) == CXCursor_CompoundStmt) {
		struct kids body;
		kids_of(kid(&ks, 0), &body);
		for (unsigned i = 0; i < body.n; i++) {
			CXCursor st = kid(&body, i);
			if (i + 1 == body.n && is_expr(st))
				v = ev(cx, st, mode);
			else
				exec(cx, st);
		}
		kids_free(&body);
	}
	kids_free(&ks);
	return v;
}

static value eval_conditional(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	value v = NULL;
	if (ks.n == 3) {
		ev(cx, kid(&ks, 0), RVALUE);
		struct env *before = cx->env;
		struct env *then_env = env_copy(e, before), *else_env = env_copy(e, before);
		apply_condition(cx, then_env, kid(&ks, 0), true);
		apply_condition(cx, else_env, kid(&ks, 0), false);
		cx->env = then_env;
		value a = ev(cx, kid(&ks, 1), mode);
		then_env = cx->env;
		cx->env = else_env;
		value b = ev(cx, kid(&ks, 2), mode);
		env_join_into(e, cx->env, then_env);
		v = val_union(e, a, b);
	} else {
		v = ev_children(cx, c, mode, true); /* GNU a ?: b */
	}
	kids_free(&ks);
	return v;
}

static value eval_binary(struct fctx *cx, CXCursor c, bool compound)
{
	struct engine *e = cx->e;
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
		note_stored_guard(cx, rhs);
		assign(cx, lhs, r, &loc);
		return r;
	}
	if (op == CXBinaryOperator_Comma) {
		ev(cx, lhs, RVALUE);
		return ev(cx, rhs, RVALUE);
	}
	if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
		/* The right side runs only when the left decided so. */
		ev(cx, lhs, RVALUE);
		struct env *before = cx->env;
		cx->env = env_copy(e, before);
		apply_condition(cx, cx->env, lhs, op == CXBinaryOperator_LAnd);
		ev(cx, rhs, RVALUE);
		env_join_into(e, before, cx->env);
		cx->env = before;
		return NULL;
	}
	value l = ev(cx, lhs, RVALUE), r = ev(cx, rhs, RVALUE);
	value out;
	switch (op) {
	case CXBinaryOperator_Add:
	case CXBinaryOperator_AddAssign:
	case CXBinaryOperator_Or:
	case CXBinaryOperator_OrAssign:
	case CXBinaryOperator_And:
	case CXBinaryOperator_AndAssign:
	case CXBinaryOperator_Xor:
	case CXBinaryOperator_XorAssign:
		out = val_union(e, l, val_without(e, r, TAINT_PHYS));
		break;
	case CXBinaryOperator_Sub:
	case CXBinaryOperator_SubAssign:
		/* pointer - pointer is a distance, not a pointer */
		out = val_regions(r) ? NULL : l;
		break;
	default:
		out = NULL;
	}
	if (compound)
		assign(cx, lhs, out, &loc);
	return out;
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
		/* *p is located where p points; its content is not tracked. */
		value p = ev(cx, operand, RVALUE);
		return mode == LVALUE ? p : NULL;
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
	struct kids ks;
	kids_of(c, &ks);
	CXCursor base = ks.n ? kid(&ks, 0) : clang_getNullCursor();
	kids_free(&ks);
	value where = NULL;
	if (!clang_Cursor_isNull(base))
		where = ev(cx, base, type_is_pointer(clang_getCursorType(base)) ? RVALUE : LVALUE);
	if (mode == LVALUE)
		return where; /* a field lives where its struct lives */
	CXCursor field = clang_getCursorReferenced(c);
	if (clang_getCursorKind(field) != CXCursor_FieldDecl)
		return NULL;
	struct heap_cell *cell = heap_cell(e, clang_getCanonicalCursor(field));
	cell->read = true;
	value held = declared_holder(cx, field, c);
	value v = drop_checked(cx, clang_getCanonicalCursor(field), val_union(e, held, cell->v));
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
			if (clang_getCursorKind(b) == CXCursor_DeclRefExpr) {
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

static value ev_node(struct fctx *cx, CXCursor c, enum mode mode)
{
	struct engine *e = cx->e;
	switch (clang_getCursorKind(c)) {
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(c);
		enum CXCursorKind rk = clang_getCursorKind(ref);
		if (mode == LVALUE)
			return location_of_decl(cx, ref, c);
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
	case CXCursor_CallExpr:
		return eval_call(cx, c);
	case CXCursor_StmtExpr:
		return eval_statement_expr(cx, c, mode);
	case CXCursor_ParenExpr:
	case CXCursor_CStyleCastExpr:
		return ev_children(cx, c, mode, false);
	case CXCursor_UnexposedExpr:
	case CXCursor_InitListExpr:
		return ev_children(cx, c, mode, true);
	case CXCursor_CompoundLiteralExpr:
		ev_children(cx, c, RVALUE, true);
		if (mode == LVALUE) {
			struct xc_loc loc = cursor_loc(cx, c);
			return val_region(e, e->stack_region,
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

/* ---- statements ---- */

static struct label_state *label_state(struct fctx *cx, CXCursor label)
{
	for (struct label_state *l = cx->labels; l; l = l->next)
		if (clang_equalCursors(l->label, label))
			return l;
	struct label_state *l = arena_alloc(&cx->e->arena, sizeof(*l));
	l->label = label;
	l->env = env_new(cx->e);
	l->env->unreachable = true;
	l->next = cx->labels;
	cx->labels = l;
	return l;
}

static struct env *unreachable_env(struct engine *e)
{
	struct env *env = env_new(e);
	env->unreachable = true;
	return env;
}

static void exec_loop(struct fctx *cx, CXCursor cond, CXCursor *header, int nheader, CXCursor body,
                      bool cond_first)
{
	struct engine *e = cx->e;
	struct jump_target jt = {unreachable_env(e), unreachable_env(e), NULL, false, cx->jumps};
	cx->jumps = &jt;
	struct env *exit = unreachable_env(e);
	for (int round = 0; round < 4; round++) {
		struct env *before = env_copy(e, cx->env);
		if (cond_first && !clang_Cursor_isNull(cond)) {
			ev(cx, cond, RVALUE);
			struct env *out = env_copy(e, cx->env);
			apply_condition(cx, out, cond, false);
			env_join_into(e, exit, out);
			apply_condition(cx, cx->env, cond, true);
		}
		exec(cx, body);
		env_join_into(e, cx->env, jt.continues);
		for (int i = 0; i < nheader; i++)
			ev(cx, header[i], RVALUE);
		if (!cond_first && !clang_Cursor_isNull(cond)) {
			ev(cx, cond, RVALUE);
			struct env *out = env_copy(e, cx->env);
			apply_condition(cx, out, cond, false);
			env_join_into(e, exit, out);
			apply_condition(cx, cx->env, cond, true);
		}
		env_join_into(e, cx->env, before);
		if (env_same(cx->env, before))
			break;
	}
	if (clang_Cursor_isNull(cond))
		exit->unreachable = true; /* for (;;): only break leaves */
	env_join_into(e, exit, jt.breaks);
	cx->jumps = jt.up;
	cx->env = exit;
}

static void exec_switch(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n < 2) {
		kids_free(&ks);
		return;
	}
	ev(cx, kid(&ks, 0), RVALUE);
	struct jump_target jt = {unreachable_env(e), cx->jumps ? cx->jumps->continues : NULL,
	                         env_copy(e, cx->env), false, cx->jumps};
	if (!jt.continues)
		jt.continues = unreachable_env(e);
	cx->jumps = &jt;
	/* Before the first case label the body is unreachable. */
	cx->env = unreachable_env(e);
	exec(cx, kid(&ks, ks.n - 1));
	/* Falling off the end, a break, or no case matching (no default). */
	env_join_into(e, cx->env, jt.breaks);
	if (!jt.has_default)
		env_join_into(e, cx->env, jt.entry);
	cx->jumps = jt.up;
	kids_free(&ks);
}

static void exec_if(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n < 2) {
		kids_free(&ks);
		return;
	}
	CXCursor cond = kid(&ks, 0);
	ev(cx, cond, RVALUE);
	struct env *else_env = env_copy(e, cx->env);
	apply_condition(cx, cx->env, cond, true);
	apply_condition(cx, else_env, cond, false);
	exec(cx, kid(&ks, 1));
	struct env *then_env = cx->env;
	cx->env = else_env;
	if (ks.n > 2)
		exec(cx, kid(&ks, 2));
	env_join_into(e, cx->env, then_env);
	kids_free(&ks);
}

static void exec_decl(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	for (unsigned i = 0; i < ks.n; i++) {
		CXCursor var = kid(&ks, i);
		if (clang_getCursorKind(var) != CXCursor_VarDecl)
			continue;
		struct kids vk;
		kids_of(var, &vk);
		value v = NULL;
		bool has_init = false;
		for (unsigned k = 0; k < vk.n; k++)
			if (is_expr(kid(&vk, k))) {
				v = ev(cx, kid(&vk, k), RVALUE);
				note_stored_guard(cx, kid(&vk, k));
				has_init = true;
			}
		kids_free(&vk);
		if (is_local_var(var)) {
			struct xc_loc loc = cursor_loc(cx, var);
			char *name = cursor_name(e, var);
			env_set(e, cx->env, clang_getCanonicalCursor(var),
			        val_step(e, v, STEP_ASSIGN, &loc,
			                 arena_printf(&e->arena, "assigned to '%s'", name)));
		} else if (has_init) {
			heap_store(cx, heap_cell(e, clang_getCanonicalCursor(var)), v);
		}
	}
	kids_free(&ks);
}

/* asm: libclang shows the operands but not which are outputs, so every
 * local operand may receive any input's regions (this_cpu_ptr's
 * "add this_cpu_off, tcp_ptr__" keeps the percpu pointer). */
static void exec_asm(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	struct kids ks;
	kids_of(c, &ks);
	value all = NULL;
	for (unsigned i = 0; i < ks.n; i++)
		if (is_expr(kid(&ks, i)))
			all = val_union(e, all, ev(cx, kid(&ks, i), RVALUE));
	for (unsigned i = 0; all && i < ks.n; i++) {
		CXCursor t = strip(kid(&ks, i));
		if (clang_getCursorKind(t) != CXCursor_DeclRefExpr)
			continue;
		CXCursor ref = clang_getCursorReferenced(t);
		if (!is_local_var(ref))
			continue;
		CXCursor key = clang_getCanonicalCursor(ref);
		env_set(e, cx->env, key, val_union(e, env_get(cx->env, key, NULL), all));
	}
	kids_free(&ks);
}

static void exec(struct fctx *cx, CXCursor c)
{
	struct engine *e = cx->e;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (is_expr(c)) {
		ev(cx, c, RVALUE);
		return;
	}
	struct kids ks;
	switch (k) {
	case CXCursor_DeclStmt:
		exec_decl(cx, c);
		return;
	case CXCursor_IfStmt:
		exec_if(cx, c);
		return;
	case CXCursor_WhileStmt:
		kids_of(c, &ks);
		if (ks.n == 2)
			exec_loop(cx, kid(&ks, 0), NULL, 0, kid(&ks, 1), true);
		kids_free(&ks);
		return;
	case CXCursor_DoStmt:
		kids_of(c, &ks);
		if (ks.n == 2)
			exec_loop(cx, kid(&ks, 1), NULL, 0, kid(&ks, 0), false);
		kids_free(&ks);
		return;
	case CXCursor_ForStmt: {
		/* libclang omits absent parts, so which child is the condition
		 * is unknown: every header expression runs each round. */
		kids_of(c, &ks);
		if (ks.n >= 1) {
			CXCursor header[3];
			int n = 0;
			for (unsigned i = 0; i + 1 < ks.n && n < 3; i++) {
				if (i == 0 && !is_expr(kid(&ks, i)))
					exec(cx, kid(&ks, i)); /* for (int i = ...) */
				else
					header[n++] = kid(&ks, i);
			}
			exec_loop(cx, n ? header[0] : clang_getNullCursor(), header + (n > 0),
			          n > 0 ? n - 1 : 0, kid(&ks, ks.n - 1), true);
		}
		kids_free(&ks);
		return;
	}
	case CXCursor_SwitchStmt:
		exec_switch(cx, c);
		return;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		if (cx->jumps && cx->jumps->entry) {
			env_join_into(e, cx->env, cx->jumps->entry);
			cx->jumps->has_default |= k == CXCursor_DefaultStmt;
		}
		kids_of(c, &ks);
		for (unsigned i = 0; i < ks.n; i++) {
			/* the case value is a constant; the last child is the statement */
			if (k == CXCursor_CaseStmt && i == 0)
				continue;
			exec(cx, kid(&ks, i));
		}
		kids_free(&ks);
		return;
	case CXCursor_BreakStmt:
		if (cx->jumps)
			env_join_into(e, cx->jumps->breaks, cx->env);
		cx->env = unreachable_env(e);
		return;
	case CXCursor_ContinueStmt:
		if (cx->jumps && cx->jumps->continues)
			env_join_into(e, cx->jumps->continues, cx->env);
		cx->env = unreachable_env(e);
		return;
	case CXCursor_ReturnStmt: {
		kids_of(c, &ks);
		if (ks.n && is_expr(kid(&ks, 0))) {
			value v = ev(cx, kid(&ks, 0), RVALUE);
			if (v && !cx->env->unreachable) {
				struct xc_loc loc = cursor_loc(cx, c);
				cx->s->ret =
				    val_union(e, cx->s->ret,
				              val_step(e, v, STEP_RETURN, &loc,
				                       arena_printf(&e->arena, "returned from %s()",
				                                    fn_name(cx))));
			}
		}
		kids_free(&ks);
		cx->env = unreachable_env(e);
		return;
	}
	case CXCursor_GotoStmt: {
		struct label_state *l = label_state(cx, clang_getCursorReferenced(c));
		struct env *before = env_copy(e, l->env);
		env_join_into(e, l->env, cx->env);
		if (l->visited && !env_same(before, l->env))
			cx->rerun = true; /* a backward goto brought something new */
		cx->env = unreachable_env(e);
		return;
	}
	case CXCursor_LabelStmt: {
		struct label_state *l = label_state(cx, c);
		l->visited = true;
		env_join_into(e, cx->env, l->env);
		kids_of(c, &ks);
		for (unsigned i = 0; i < ks.n; i++)
			exec(cx, kid(&ks, i));
		kids_free(&ks);
		return;
	}
	case CXCursor_GCCAsmStmt:
		exec_asm(cx, c);
		return;
	default:
		kids_of(c, &ks);
		for (unsigned i = 0; i < ks.n; i++)
			exec(cx, kid(&ks, i));
		kids_free(&ks);
		return;
	}
}

void analyze_function(struct engine *e, CXCursor def, struct summary *s)
{
	struct fctx cx = {.e = e, .s = s, .fn = def};
	struct kids ks;
	kids_of(def, &ks);
	CXCursor body = clang_getNullCursor();
	for (unsigned i = 0; i < ks.n; i++)
		if (clang_getCursorKind(kid(&ks, i)) == CXCursor_CompoundStmt)
			body = kid(&ks, i);
	kids_free(&ks);
	if (clang_Cursor_isNull(body))
		return;

	for (int run = 0; run < 3; run++) {
		cx.env = env_new(e);
		cx.rerun = false;
		int nparams = clang_Cursor_getNumArguments(def);
		for (int i = 0; i < nparams && i < 32; i++) {
			CXCursor p = clang_Cursor_getArgument(def, (unsigned)i);
			struct xc_loc loc = cursor_loc(&cx, p);
			char *pname = cursor_name(e, p);
			const struct step *st =
			    new_step(e, STEP_PARAM, &loc,
			             arena_printf(&e->arena, "arrives in %s() as parameter '%s'",
			                          s->name, pname),
			             NULL);
			struct taint t = {
			    .kind = TAINT_PARAM, .bit = (unsigned char)i, .path = st, .mask = ~0u};
			env_set(e, cx.env, clang_getCanonicalCursor(p), val_single(e, &t));
		}
		exec(&cx, body);
		if (!cx.rerun)
			break;
		for (struct label_state *l = cx.labels; l; l = l->next)
			l->visited = false;
	}
}
