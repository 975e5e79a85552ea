/* Macro invocations: which ones matter, and where they are.
 *
 * libclang records a MacroExpansion cursor for every macro name written in
 * a file (main file or header) but none for a macro invoked inside another
 * macro's body.  So a user macro that wraps __pa() is classified here by
 * reading its definition's tokens: a body that passes one of the macro's
 * parameters into a sink's checked argument makes the macro a sink for that
 * parameter ("computed", not listed), and so on up any number of layers.
 * A macro that pastes its arguments (`, ##__VA_ARGS__`: pr_info()) hides
 * the rule macros written in them from libclang's record too; those are
 * read from the invocation's tokens (pasted_arguments()).
 * Sources are not computed this way: a wrapper's value may be the percpu
 * *content* rather than a pointer into it (this_cpu_read), so percpu-ness
 * inside wrappers is left to the evaluator's semantics (sections,
 * __per_cpu_offset), and a wrapper only names its source in the path. */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "../rules/roles.h"
#include "engine.h"

#define MACRO_BUCKETS 4096

struct macro_def {
	const char *name;
	CXCursor def;
	struct macro_info info;
	/* Its body pastes a parameter (`a ## b`, `, ##__VA_ARGS__`): such an
	 * argument is not macro-expanded before it is substituted, so the
	 * macros written in it expand inside ours and libclang records no
	 * expansion for them (see pasted_arguments()). */
	bool pastes;
	struct macro_def *next;
};

/* Where an attribute macro (__percpu) is written: it marks the declaration
 * around it. */
struct attribute_use {
	CXFile file;
	unsigned offset;
	const struct source_rule *rule;
};

struct macro_index {
	struct macro_def *defs[MACRO_BUCKETS];
	CXSourceRange *pasted; /* invocations of macros that paste an argument */
	size_t npasted, cappasted;
	struct attribute_use *attrs;
	size_t nattrs, capattrs;
	struct expansion *v;
	unsigned *max_end; /* running max of end within a file, for the search */
	size_t n, cap;
};

static unsigned hash_name(const char *s)
{
	return (unsigned)str_hash(5381, s) % MACRO_BUCKETS;
}

static struct macro_def *def_lookup(struct macro_index *mi, const char *name, bool create,
                                    struct engine *e)
{
	unsigned h = hash_name(name);
	for (struct macro_def *d = mi->defs[h]; d; d = d->next)
		if (!strcmp(d->name, name))
			return d;
	if (!create)
		return NULL;
	struct macro_def *d = arena_alloc(&e->keep, sizeof(*d));
	d->name = arena_strdup(&e->keep, name);
	d->info.name = d->name;
	d->def = clang_getNullCursor();
	d->next = mi->defs[h];
	mi->defs[h] = d;
	return d;
}

static bool listed_role(struct engine *e, const char *name, struct macro_info *info)
{
	struct role r = roles_macro(e->rs->roles, name);
	static const enum macro_role as_macro[] = {
	    [ROLE_SANITIZER] = MACRO_SANITIZER,
	    [ROLE_SINK] = MACRO_SINK,
	    [ROLE_GUARD] = MACRO_GUARD,
	    [ROLE_SOURCE] = MACRO_SOURCE,
	};
	info->role = as_macro[r.kind]; /* none, and an attribute: MACRO_NONE */
	info->image = r.sanitizer && r.sanitizer->image_symbols ? r.sanitizer : NULL;
	info->sink = r.sink;
	if (r.sink)
		info->sink_arg = r.sink->arg;
	info->guard = r.guard;
	info->source = r.kind == ROLE_SOURCE ? r.source : NULL;
	return info->role != MACRO_NONE;
}

static char *token_text(CXTranslationUnit tu, CXToken t)
{
	CXString s = clang_getTokenSpelling(tu, t);
	char *r = xstrdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

/* In `toks[open]` = "(", the tokens of argument `want` as [first, last). */
static bool call_argument(char **toks, unsigned ntoks, unsigned open, int want, unsigned *first,
                          unsigned *last)
{
	int depth = 0, arg = 0;
	*first = open + 1;
	for (unsigned k = open; k < ntoks; k++) {
		const char *t = toks[k];
		if (!strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{")) {
			depth++;
		} else if (!strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}")) {
			if (--depth == 0) {
				*last = k;
				return arg == want;
			}
		} else if (depth == 1 && !strcmp(t, ",")) {
			if (arg == want) {
				*last = k;
				return true;
			}
			arg++;
			*first = k + 1;
		}
	}
	return false;
}

/* One definition being read: its tokens and how far the reading got. */
struct body_reader {
	struct macro_def *d;
	CXToken *cx;
	char **toks;
	unsigned ntoks, k, body, nparams;
	char *params[64];
	bool hides;
};

static bool is_param(const struct body_reader *r, const char *tok)
{
	if (!strcmp(tok, "__VA_ARGS__"))
		return true;
	for (unsigned p = 0; p < r->nparams; p++)
		if (!strcmp(tok, r->params[p]))
			return true;
	return false;
}

static void reader_open(struct engine *e, struct body_reader *r, struct macro_def *d)
{
	memset(r, 0, sizeof(*r));
	r->d = d;
	clang_tokenize(e->tu, clang_getCursorExtent(d->def), &r->cx, &r->ntoks);
	r->toks = xcalloc(r->ntoks + 1, sizeof(*r->toks));
	for (unsigned k = 0; k < r->ntoks; k++)
		r->toks[k] = token_text(e->tu, r->cx[k]);
	/* name ( params ) body... : the parameters, then where the body starts */
	r->body = 1;
	if (clang_Cursor_isMacroFunctionLike(d->def) && r->ntoks > 1 && !strcmp(r->toks[1], "(")) {
		for (r->body = 2; r->body < r->ntoks && strcmp(r->toks[r->body], ")"); r->body++)
			if (strcmp(r->toks[r->body], ",") && r->nparams < 64)
				r->params[r->nparams++] = r->toks[r->body];
		r->body++;
	}
	r->k = r->body;
	for (unsigned k = r->body; k < r->ntoks && !d->pastes; k++)
		if (!strcmp(r->toks[k], "##"))
			d->pastes = (k > r->body && is_param(r, r->toks[k - 1])) ||
			            (k + 1 < r->ntoks && is_param(r, r->toks[k + 1]));
}

static void reader_close(struct engine *e, struct body_reader *r)
{
	if (r->hides)
		r->d->info.role = MACRO_SANITIZER;
	r->d->info.state = 2;
	for (unsigned k = 0; k < r->ntoks; k++)
		free(r->toks[k]);
	free(r->toks);
	clang_disposeTokens(e->tu, r->cx, r->ntoks);
}

/* What the inner macro at token k (already classified) makes of ours. */
static void absorb(struct body_reader *r, const struct macro_info *ii)
{
	struct macro_info *info = &r->d->info;
	char **toks = r->toks;
	unsigned k = r->k, ntoks = r->ntoks;
	switch (ii->role) {
	case MACRO_SANITIZER:
	case MACRO_GUARD:
		/* A body that tests or translates correctly may also hold a
		 * sink on its other path: stay silent. */
		r->hides = true;
		break;
	case MACRO_SINK: {
		/* Which of our parameters reaches the inner sink's checked
		 * argument; none (-1) when the pointer is made in the body, and
		 * then the macro's value is what gets checked. */
		unsigned first, last;
		if (info->role == MACRO_SINK || k + 1 >= ntoks || strcmp(toks[k + 1], "("))
			break;
		info->role = MACRO_SINK;
		info->sink = ii->sink;
		info->sink_arg = -1;
		info->via = ii->via ? ii->via : ii->name;
		if (!call_argument(toks, ntoks, k + 1, ii->sink_arg, &first, &last))
			break;
		for (unsigned a = first; a < last && info->sink_arg < 0; a++)
			for (unsigned p = 0; p < r->nparams; p++)
				if (!strcmp(toks[a], r->params[p])) {
					info->sink_arg = (int)p;
					break;
				}
		break;
	}
	case MACRO_SOURCE:
	case MACRO_WRAPS_SOURCE:
		if (info->role == MACRO_NONE) {
			info->role = MACRO_WRAPS_SOURCE;
			info->wrapped = ii->source ? ii->source : ii->wrapped;
			info->via = ii->via ? ii->via : ii->name;
		}
		break;
	case MACRO_NONE:
		break;
	}
}

/* Starts classifying d: true when its body must be read first. */
static bool classify_begin(struct engine *e, struct macro_def *d)
{
	d->info.state = 1;
	if (listed_role(e, d->name, &d->info) || clang_Cursor_isNull(d->def)) {
		d->info.state = 2;
		return false;
	}
	return true;
}

/* Classifies d and every macro its body reaches, to any depth, with an
 * explicit stack (no recursion per layer); a macro met again while it is
 * being read (a cycle through #define x x) is taken as it stands. */
static const struct macro_info *classify(struct engine *e, struct macro_def *d)
{
	if (d->info.state != 0 || !classify_begin(e, d))
		return &d->info;
	size_t n = 0, cap = 8;
	struct body_reader *stack = xcalloc(cap, sizeof(*stack));
	reader_open(e, &stack[n++], d);
	while (n) {
		struct body_reader *r = &stack[n - 1];
		if (r->k >= r->ntoks || r->hides) {
			reader_close(e, r);
			n--;
			continue;
		}
		struct macro_def *inner = NULL;
		if (clang_getTokenKind(r->cx[r->k]) == CXToken_Identifier &&
		    strcmp(r->toks[r->k], r->d->name))
			inner = def_lookup(e->macros, r->toks[r->k], false, e);
		if (inner && inner->info.state == 0 && classify_begin(e, inner)) {
			if (n == cap)
				stack = xrealloc(stack, (cap *= 2) * sizeof(*stack));
			reader_open(e, &stack[n++], inner);
			continue; /* token k is absorbed once inner is done */
		}
		if (inner)
			absorb(r, &inner->info);
		r->k++;
	}
	free(stack);
	return &d->info;
}

static enum CXChildVisitResult collect_definitions(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct engine *e = data;
	if (clang_getCursorKind(c) == CXCursor_MacroDefinition) {
		CXString s = clang_getCursorSpelling(c);
		struct macro_def *d = def_lookup(e->macros, clang_getCString(s), true, e);
		/* The last definition wins: good enough for #undef/#define pairs. */
		d->def = c;
		clang_disposeString(s);
	}
	return CXChildVisit_Continue;
}

/* Adds an invocation of rule macro `info` written at `r` to the index;
 * `pasted_end` as in struct expansion. */
static void record_expansion(struct engine *e, const struct macro_info *info, CXSourceRange r,
                             unsigned pasted_end)
{
	struct macro_index *mi = e->macros;
	struct expansion x = {.macro = info, .extent = r, .nargs = -1, .pasted_end = pasted_end};
	unsigned end_off;
	CXFile end_file;
	struct xc_loc end;
	engine_loc(e, clang_getRangeStart(r), &x.loc, &x.begin, &x.file);
	engine_loc(e, clang_getRangeEnd(r), &end, &end_off, &end_file);
	if (!x.file)
		return;
	x.end = end_file == x.file && end_off > x.begin ? end_off : x.begin + 1;
	x.loc.end_line = end.line;
	x.loc.end_col = end.col;
	if (mi->n == mi->cap) {
		mi->cap = mi->cap ? 2 * mi->cap : 256;
		mi->v = xrealloc(mi->v, mi->cap * sizeof(*mi->v));
	}
	mi->v[mi->n++] = x;
}

static enum CXChildVisitResult collect_expansions(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct engine *e = data;
	struct macro_index *mi = e->macros;
	if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	struct macro_def *d = def_lookup(mi, clang_getCString(s), true, e);
	clang_disposeString(s);
	struct role role = roles_macro(e->rs->roles, d->name);
	const struct source_rule *attr = role.kind == ROLE_ATTRIBUTE ? role.source : NULL;
	if (attr) {
		struct attribute_use use = {.rule = attr};
		clang_getFileLocation(clang_getCursorLocation(c), &use.file, NULL, NULL,
		                      &use.offset);
		if (mi->nattrs == mi->capattrs) {
			mi->capattrs = mi->capattrs ? 2 * mi->capattrs : 64;
			mi->attrs = xrealloc(mi->attrs, mi->capattrs * sizeof(*mi->attrs));
		}
		mi->attrs[mi->nattrs++] = use;
		return CXChildVisit_Continue;
	}
	const struct macro_info *info = classify(e, d);
	if (d->pastes) {
		if (mi->npasted == mi->cappasted) {
			mi->cappasted = mi->cappasted ? 2 * mi->cappasted : 64;
			mi->pasted = xrealloc(mi->pasted, mi->cappasted * sizeof(*mi->pasted));
		}
		mi->pasted[mi->npasted++] = clang_getCursorExtent(c);
	}
	if (info->role != MACRO_NONE)
		record_expansion(e, info, clang_getCursorExtent(c), 0);
	return CXChildVisit_Continue;
}

/* In tokens [k, n), the index of the ")" closing the "(" at k, or n. */
static unsigned closing_paren(CXTranslationUnit tu, const CXToken *toks, unsigned k, unsigned n)
{
	int depth = 0;
	for (; k < n; k++) {
		if (clang_getTokenKind(toks[k]) != CXToken_Punctuation)
			continue;
		char *t = token_text(tu, toks[k]);
		depth += !strcmp(t, "(") - !strcmp(t, ")");
		free(t);
		if (depth == 0)
			return k;
	}
	return n;
}

/* A rule macro invoked inside the arguments of a macro that pastes them
 * (`pr_info(fmt, ...)` is `printk(fmt, ##__VA_ARGS__)`): the argument is
 * substituted unexpanded and the macros in it expand within ours, where
 * libclang's preprocessing record keeps no expansion (it records none
 * inside a macro).  So the invocation's tokens are read: every rule macro
 * written there, with its parenthesised arguments, is an expansion as if
 * it had been recorded (the duplicates of recorded ones are dropped after
 * sorting). */
static void pasted_arguments(struct engine *e, CXSourceRange r)
{
	CXToken *toks;
	unsigned n, end;
	CXFile file;
	clang_getFileLocation(clang_getRangeEnd(r), &file, NULL, NULL, &end);
	clang_tokenize(e->tu, r, &toks, &n);
	for (unsigned k = 2; k < n; k++) {
		if (clang_getTokenKind(toks[k]) != CXToken_Identifier)
			continue;
		char *name = token_text(e->tu, toks[k]);
		struct macro_def *d = def_lookup(e->macros, name, false, e);
		free(name);
		if (!d || clang_Cursor_isNull(d->def) ||
		    roles_macro(e->rs->roles, d->name).kind == ROLE_ATTRIBUTE)
			continue;
		const struct macro_info *info = classify(e, d);
		unsigned last = k;
		if (clang_Cursor_isMacroFunctionLike(d->def)) {
			char *open = k + 1 < n ? token_text(e->tu, toks[k + 1]) : NULL;
			bool call = open && !strcmp(open, "(");
			free(open);
			if (!call)
				continue;
			last = closing_paren(e->tu, toks, k + 1, n);
			if (last == n)
				continue;
		}
		if (info->role != MACRO_NONE)
			record_expansion(
			    e, info,
			    clang_getRange(
			        clang_getRangeStart(clang_getTokenExtent(e->tu, toks[k])),
			        clang_getRangeEnd(clang_getTokenExtent(e->tu, toks[last]))),
			    end);
	}
	clang_disposeTokens(e->tu, toks, n);
}

static int cmp_expansion(const void *pa, const void *pb)
{
	const struct expansion *a = pa, *b = pb;
	if (a->file != b->file)
		return (uintptr_t)a->file < (uintptr_t)b->file ? -1 : 1;
	if (a->begin != b->begin)
		return a->begin < b->begin ? -1 : 1;
	return a->end > b->end ? -1 : a->end < b->end; /* outer first */
}

/* An invocation read from a pasted argument that libclang recorded too
 * (same place, same macro): kept once. */
static void drop_duplicates(struct macro_index *mi)
{
	size_t out = 0;
	for (size_t i = 0; i < mi->n; i++) {
		const struct expansion *a = &mi->v[i], *prev = out ? &mi->v[out - 1] : NULL;
		if (prev && prev->file == a->file && prev->begin == a->begin &&
		    prev->end == a->end && prev->macro == a->macro) {
			if (!a->pasted_end)
				mi->v[out - 1] = *a; /* the recorded one */
			continue;
		}
		mi->v[out++] = *a;
	}
	mi->n = out;
}

static int cmp_attribute(const void *pa, const void *pb)
{
	const struct attribute_use *a = pa, *b = pb;
	if (a->file != b->file)
		return (uintptr_t)a->file < (uintptr_t)b->file ? -1 : 1;
	return a->offset < b->offset ? -1 : a->offset > b->offset;
}

struct macro_index *macro_index_build(struct engine *e)
{
	struct macro_index *mi = xcalloc(1, sizeof(*mi));
	e->macros = mi;
	CXCursor root = clang_getTranslationUnitCursor(e->tu);
	clang_visitChildren(root, collect_definitions, e);
	clang_visitChildren(root, collect_expansions, e);
	for (size_t i = 0; i < mi->npasted; i++)
		pasted_arguments(e, mi->pasted[i]);
	free(mi->pasted);
	mi->pasted = NULL;
	if (mi->n)
		qsort(mi->v, mi->n, sizeof(*mi->v), cmp_expansion);
	drop_duplicates(mi);
	if (mi->nattrs)
		qsort(mi->attrs, mi->nattrs, sizeof(*mi->attrs), cmp_attribute);
	mi->max_end = xcalloc(mi->n + 1, sizeof(*mi->max_end));
	for (size_t i = 0; i < mi->n; i++) {
		bool same = i > 0 && mi->v[i - 1].file == mi->v[i].file;
		unsigned prev = same ? mi->max_end[i - 1] : 0;
		mi->max_end[i] = mi->v[i].end > prev ? mi->v[i].end : prev;
	}
	return mi;
}

void macro_index_free(struct macro_index *mi)
{
	if (!mi)
		return;
	for (size_t i = 0; i < mi->n; i++) {
		free(mi->v[i].arg_begin);
		free(mi->v[i].arg_end);
	}
	free(mi->v);
	free(mi->attrs);
	free(mi->max_end);
	free(mi);
}

bool expansion_holds(const struct expansion *x, unsigned end)
{
	return end <= x->end || (x->pasted_end && end == x->pasted_end);
}

struct expansion *macro_index_find(struct macro_index *mi, CXFile file, unsigned offset)
{
	/* Last expansion of `file` beginning at or before offset. */
	size_t lo = 0, hi = mi->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct expansion *x = &mi->v[mid];
		bool before =
		    (uintptr_t)x->file < (uintptr_t)file || (x->file == file && x->begin <= offset);
		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* Walking back, the first one that contains offset is the innermost;
	 * once no earlier one reaches offset, stop. */
	for (size_t i = lo; i-- > 0;) {
		struct expansion *x = &mi->v[i];
		if (x->file != file || mi->max_end[i] <= offset)
			break;
		if (x->begin <= offset && offset < x->end)
			return x;
	}
	return NULL;
}

bool expansion_args(struct engine *e, struct expansion *x)
{
	if (x->nargs != -1)
		return x->nargs >= 0;
	CXToken *toks;
	unsigned n;
	clang_tokenize(e->tu, x->extent, &toks, &n);
	x->nargs = -2;
	if (n >= 2) {
		char *open = token_text(e->tu, toks[1]);
		bool fnlike = !strcmp(open, "(");
		free(open);
		if (fnlike) {
			x->arg_begin = xcalloc(n, sizeof(unsigned));
			x->arg_end = xcalloc(n, sizeof(unsigned));
			x->nargs = 0;
			int depth = 0;
			unsigned start = 2;
			for (unsigned k = 1; k < n; k++) {
				char *t = token_text(e->tu, toks[k]);
				bool opens = !strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{");
				bool closes = !strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}");
				bool comma = depth == 1 && !strcmp(t, ",");
				free(t);
				if (opens) {
					depth++;
					continue;
				}
				if (closes)
					depth--;
				if (comma || (closes && depth == 0)) {
					if (start < k) {
						CXSourceRange r =
						    clang_getTokenExtent(e->tu, toks[start]);
						CXSourceRange r2 =
						    clang_getTokenExtent(e->tu, toks[k - 1]);
						clang_getFileLocation(clang_getRangeStart(r), NULL,
						                      NULL, NULL,
						                      &x->arg_begin[x->nargs]);
						clang_getFileLocation(clang_getRangeEnd(r2), NULL,
						                      NULL, NULL,
						                      &x->arg_end[x->nargs]);
					}
					x->nargs++;
					start = k + 1;
					if (closes)
						break;
				}
			}
		}
	}
	clang_disposeTokens(e->tu, toks, n);
	return x->nargs >= 0;
}

const struct source_rule *macro_index_attribute(struct macro_index *mi, CXCursor decl)
{
	if (!mi->nattrs)
		return NULL;
	CXSourceRange r = clang_getCursorExtent(decl);
	CXFile file, end_file;
	unsigned begin, end;
	clang_getFileLocation(clang_getRangeStart(r), &file, NULL, NULL, &begin);
	clang_getFileLocation(clang_getRangeEnd(r), &end_file, NULL, NULL, &end);
	if (!file || end_file != file)
		return NULL;
	/* First use at or after begin; it must lie before end. */
	size_t lo = 0, hi = mi->nattrs;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct attribute_use *a = &mi->attrs[mid];
		if ((uintptr_t)a->file < (uintptr_t)file || (a->file == file && a->offset < begin))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < mi->nattrs && mi->attrs[lo].file == file && mi->attrs[lo].offset < end)
		return mi->attrs[lo].rule;
	return NULL;
}
