/* analyze_tu(): one TU from parsed AST to findings.
 *
 *   macro index -> every function defined in the main file (callees on
 *   demand, through summaries) -> repeat while a field or global changed
 *   after it was read -> findings with their paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../findings/notice.h"
#include "../util.h"
#include "../rules/roles.h"
#include "callsites.h"
#include "engine.h"

/* Fields and globals only grow, so the passes reach a fixed point; the
 * limit is a safety net that says so when it is hit. */
#define MAX_PASSES 64

struct notice_seen {
	char *key;
	struct notice_seen *next;
};

void engine_notice(struct engine *e, CXCursor fn, const char *what)
{
	char *name = clang_Cursor_isNull(fn) ? NULL : cursor_name(e, fn);
	char *key = xasprintf("%s\n%s", name ? name : "", what);
	for (struct notice_seen *n = e->notices; n; n = n->next)
		if (!strcmp(n->key, key)) {
			free(key);
			return;
		}
	struct notice_seen *n = arena_alloc(&e->keep, sizeof(*n));
	n->key = arena_strdup(&e->keep, key);
	n->next = e->notices;
	e->notices = n;
	free(key);
	/* `what` starts with ": ", after the function's name. */
	const char *said = name ? what : what + strspn(what, ": ");
	char *text =
	    xasprintf("%s%s%s: facts may be missing", name ? "in " : "", name ? name : "", said);
	struct notice nt = {NOTICE_ENGINE_LIMIT, "note", text, (char *)e->in->main_file};
	if (e->in->notices)
		notice_add(e->in->notices, nt.id, nt.level, nt.text, nt.file);
	else
		notice_print(&nt);
	free(text);
}

const struct step **path_steps(const struct step *last, size_t *n)
{
	size_t k = 0;
	for (const struct step *s = last; s; s = s->prev)
		k++;
	const struct step **v = xcalloc(k + 1, sizeof(*v));
	*n = k;
	for (const struct step *s = last; s; s = s->prev)
		v[--k] = s;
	return v;
}

const char *engine_file_path(struct engine *e, CXFile file)
{
	if (!file)
		return NULL;
	unsigned h = (unsigned)(((uintptr_t)file >> 4) % (sizeof(e->files) / sizeof(e->files[0])));
	for (struct file_name *f = e->files[h]; f; f = f->next)
		if (f->file == file)
			return f->path;
	CXString s = clang_getFileName(file);
	char *abs = path_absolute(e->in->directory, clang_getCString(s));
	clang_disposeString(s);
	struct file_name *f = arena_alloc(&e->keep, sizeof(*f));
	f->file = file;
	f->path = arena_strdup(&e->keep, abs);
	free(abs);
	f->next = e->files[h];
	e->files[h] = f;
	return f->path;
}

void engine_loc(struct engine *e, CXSourceLocation sl, struct xc_loc *loc, unsigned *offset,
                CXFile *file)
{
	CXFile f;
	unsigned line, col, off;
	clang_getFileLocation(sl, &f, &line, &col, &off);
	loc->file = (char *)engine_file_path(e, f);
	loc->line = line;
	loc->col = col;
	loc->end_line = line;
	loc->end_col = col + 1;
	if (offset)
		*offset = off;
	if (file)
		*file = f;
}

/* The file range of a cursor; an end inside another file or before the
 * start (a macro argument mapped back to the name) becomes start + 1. */
void engine_cursor_loc(struct engine *e, CXCursor c, struct xc_loc *loc)
{
	CXSourceRange r = clang_getCursorExtent(c);
	unsigned b, en;
	CXFile fb, fe;
	struct xc_loc end;
	engine_loc(e, clang_getRangeStart(r), loc, &b, &fb);
	engine_loc(e, clang_getRangeEnd(r), &end, &en, &fe);
	if (fe == fb && en > b) {
		loc->end_line = end.line;
		loc->end_col = end.col;
	}
}

char *cursor_name(struct engine *e, CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = arena_strdup(&e->arena, clang_getCString(s));
	clang_disposeString(s);
	return r;
}

struct fn_list {
	CXCursor *v;
	size_t n, cap;
};

static enum CXChildVisitResult collect_functions(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct fn_list *fl = data;
	if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c) ||
	    !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	if (fl->n == fl->cap) {
		fl->cap = fl->cap ? 2 * fl->cap : 64;
		fl->v = xrealloc(fl->v, fl->cap * sizeof(*fl->v));
	}
	fl->v[fl->n++] = c;
	return CXChildVisit_Continue;
}

/* ---- kernel options: which `requires` of the rules this TU meets ---- */

struct option_scan {
	const struct rule_set *rs;
	optionset defined;
};

static enum CXChildVisitResult find_option(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct option_scan *os = data;
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);
	for (int i = 0; !strncmp(name, "CONFIG_", 7) && i < os->rs->noptions; i++)
		if (!strcmp(name, os->rs->options[i]))
			os->defined |= (optionset)1 << i;
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

/* The options the rules name that the TU defines as macros (autoconf.h in
 * a kernel TU, -D on a command line). */
static optionset tu_options(CXTranslationUnit tu, const struct rule_set *rs)
{
	struct option_scan os = {rs, 0};
	if (rs->noptions)
		clang_visitChildren(clang_getTranslationUnitCursor(tu), find_option, &os);
	return os.defined;
}

/* ---- findings out ---- */

static void copy_step(struct path_step *to, enum step_kind kind, const struct xc_loc *loc,
                      const char *message)
{
	to->kind = kind;
	xc_loc_copy(&to->loc, loc);
	to->message = xstrdup(message);
}

struct annotations {
	struct strvec v;
};

static enum CXChildVisitResult collect_annotation(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
		CXString s = clang_getCursorSpelling(c);
		strvec_push(&((struct annotations *)data)->v, clang_getCString(s));
		clang_disposeString(s);
	}
	return CXChildVisit_Continue;
}

static void export_finding(struct engine *e, const struct internal_finding *f, optionset need,
                           struct finding_list *out, const struct callsites *cs)
{
	const char *region = e->rs->regions[f->region].name;
	struct finding *r = finding_list_add(out);
	r->rule = f->rule;
	char *base = finding_message(f->rule->message, region, f->sink_name);
	if (f->consumer) {
		r->message =
		    xasprintf("%s; %s() then maps the wrong physical page", base, f->consumer);
		free(base);
	} else {
		r->message = base;
	}
	r->region = xstrdup(region);
	r->sink = xstrdup(f->sink_name);
	const char *hint = rule_hint(f->rule, f->family);
	r->hint = hint ? xstrdup(hint) : NULL;
	xc_loc_copy(&r->loc, &f->loc);

	size_t n = 0;
	for (const struct step *s = f->path; s; s = s->prev)
		n++;
	r->nsteps = n + (f->consumer != NULL);
	r->steps = xcalloc(r->nsteps, sizeof(*r->steps));
	size_t i = n;
	for (const struct step *s = f->path; s; s = s->prev)
		copy_step(&r->steps[--i], s->kind, &s->loc, s->message);
	for (size_t k = 0; k + 1 < n; k++) /* grouping's hook: report/group.c */
		if (r->steps[k].kind == STEP_CALL && r->steps[k + 1].kind == STEP_PARAM)
			r->steps[k].sites = callsites_of_param(cs, &r->steps[k + 1].loc);
	if (need && n) { /* the sink step names the options that made it apply */
		char *opts = rules_option_names(e->rs, need);
		char *msg = xasprintf("%s (applies with %s)", r->steps[n - 1].message, opts);
		free(opts);
		free(r->steps[n - 1].message);
		r->steps[n - 1].message = msg;
	}
	if (f->consumer) {
		char *msg = xasprintf("the result is mapped by %s()", f->consumer);
		copy_step(&r->steps[n], STEP_CONSUMER, &f->consumer_loc, msg);
		free(msg);
	}

	CXString fn = clang_getCursorSpelling(f->function);
	r->function = xstrdup(clang_getCString(fn));
	clang_disposeString(fn);
	unsigned line;
	clang_getFileLocation(clang_getCursorLocation(f->function), NULL, &line, NULL, NULL);
	r->function_line = line;
	struct annotations an = {0};
	clang_visitChildren(f->function, collect_annotation, &an);
	r->annotations = an.v.v;
	r->nannotations = an.v.n;
}

bool analyze_tu(const struct analysis_input *in, const struct rule_set *rs,
                struct finding_list *out)
{
	struct engine *e = xcalloc(1, sizeof(*e));
	e->in = in;
	e->rs = rs;
	e->tu = in->tu;
	CXTargetInfo ti = clang_getTranslationUnitTargetInfo(in->tu);
	e->pointer_bytes = 8;
	if (ti) {
		e->pointer_bytes = clang_TargetInfo_getPointerWidth(ti) / 8;
		clang_TargetInfo_dispose(ti);
	}
	optionset defined = tu_options(in->tu, rs);
	e->options = defined;
	e->nonlinear = roles_reported(rs->roles, defined);
	e->all_nonlinear = roles_reported(rs->roles, ~(optionset)0);
	macro_index_build(e);

	struct fn_list fl = {0};
	clang_visitChildren(clang_getTranslationUnitCursor(in->tu), collect_functions, &fl);

	/* Fields and globals are shared by every function: a store found
	 * late can matter to a function analysed early. */
	for (int pass = 0; pass < MAX_PASSES; pass++) {
		e->need_another_pass = false;
		for (size_t b = 0; b < sizeof(e->summaries) / sizeof(e->summaries[0]); b++)
			for (struct summary *s = e->summaries[b]; s; s = s->hash_next)
				s->state = 0;
		for (size_t b = 0; b < sizeof(e->heap) / sizeof(e->heap[0]); b++)
			for (struct heap_cell *c = e->heap[b]; c; c = c->next)
				c->read = false;
		for (size_t i = 0; i < fl.n; i++)
			summary_get(e, fl.v[i]);
		if (!e->need_another_pass)
			break;
		if (pass + 1 == MAX_PASSES)
			engine_notice(
			    e, clang_getNullCursor(),
			    ": the TU's fields and globals were still changing after 64 passes");
	}

	struct callsites *cs = e->nfindings ? callsites_count(e) : NULL;
	for (int i = 0; i < e->nfindings; i++) {
		const struct internal_finding *f = &e->findings[i];
		optionset need;
		if (rules_applies(rs, f->region, f->rule, f->family, defined, &need))
			export_finding(e, f, need, out, cs);
	}
	callsites_free(cs);
	bool ok = !in->summaries_dir || summaries_write(e, in->summaries_dir);

	free(fl.v);
	free(e->findings);
	inputs_free(e);
	macro_index_free(e->macros);
	arena_free(&e->arena);
	arena_free(&e->keep);
	free(e);
	return ok;
}
