/* Call sites per function of the TU, for grouping findings (one root cause,
 * one result: report/group.c).  A finding that reaches a sink through a
 * callee's parameter is a bug of the callee when every call of it passes
 * non-linear memory, and of the callers when some pass linear memory.
 *
 * Counted: the distinct places (file, line, column, as the findings name
 * them) that call a function, outside branches whose condition is a
 * constant the engine also takes as dead code (IS_ENABLED(CONFIG_...)).
 * Only a function defined `static` in the main file has a count: another
 * function may be called from files this TU does not show, as may one
 * whose address is taken; those are 0, unknown. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "callsites.h"
#include "eval.h"

struct fn_calls {
	CXCursor def;   /* null until the definition is met */
	unsigned sites; /* distinct call locations */
	unsigned calls; /* CallExprs naming it */
	unsigned refs;  /* DeclRefExprs naming it: more than calls = address taken */
};

struct callsites {
	struct engine *e;
	struct strvec usrs; /* owns the keys of by_usr */
	struct strmap by_usr;
	struct fn_calls *fns;
	struct strvec locs; /* "usr\nfile:line:col", owns the keys of seen */
	struct strmap seen;
	struct strvec params; /* "file:line:col" of each parameter, owns by_param's keys */
	struct strmap by_param;
	unsigned *param_sites;
};

static struct fn_calls *fn_of(struct callsites *cs, CXCursor fn)
{
	CXString usr = clang_getCursorUSR(clang_getCanonicalCursor(fn));
	const char *key = clang_getCString(usr);
	size_t i = strmap_get(&cs->by_usr, key);
	if (i == STRMAP_NONE) {
		strvec_push(&cs->usrs, key);
		i = cs->usrs.n - 1;
		strmap_add(&cs->by_usr, cs->usrs.v[i], i);
		cs->fns = xrealloc(cs->fns, cs->usrs.n * sizeof(*cs->fns));
		cs->fns[i] = (struct fn_calls){.def = clang_getNullCursor()};
	}
	clang_disposeString(usr);
	return &cs->fns[i];
}

static char *loc_key(struct engine *e, CXCursor c)
{
	struct xc_loc loc;
	engine_cursor_loc(e, c, &loc);
	return xasprintf("%s:%u:%u", loc.file ? loc.file : "", loc.line, loc.col);
}

static void count_call(struct callsites *cs, CXCursor call, CXCursor callee)
{
	struct fn_calls *f = fn_of(cs, callee);
	size_t idx = (size_t)(f - cs->fns);
	char *where = loc_key(cs->e, call);
	char *key = xasprintf("%s\n%s", cs->usrs.v[idx], where);
	free(where);
	f->calls++;
	if (strmap_get(&cs->seen, key) != STRMAP_NONE) {
		free(key);
		return;
	}
	strvec_push_owned(&cs->locs, key);
	strmap_add(&cs->seen, key, 0);
	f->sites++;
}

/* Is the branch taken when `cond` is `truth` dead code?  The engine's
 * rule (guards.c): a constant condition, also one conjunct of a && that
 * must hold, or one disjunct of a || that must fail. */
static bool branch_dead(CXCursor cond, bool truth)
{
	int constant = constant_truth(cond);
	if (constant >= 0)
		return constant != truth;
	CXCursor s = strip(cond);
	if (clang_getCursorKind(s) != CXCursor_BinaryOperator)
		return false;
	enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
	if (!((op == CXBinaryOperator_LAnd && truth) || (op == CXBinaryOperator_LOr && !truth)))
		return false;
	struct kids ks;
	kids_of(s, &ks);
	bool dead =
	    ks.n == 2 && (branch_dead(kid(&ks, 0), truth) || branch_dead(kid(&ks, 1), truth));
	kids_free(&ks);
	return dead;
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, void *data);

/* if (COND) THEN [else ELSE], COND ? A : B: only the live branches. */
static void visit_branches(struct callsites *cs, CXCursor c)
{
	struct kids ks;
	kids_of(c, &ks);
	for (unsigned i = 0; i < ks.n; i++) {
		bool dead = (i == 1 && branch_dead(kid(&ks, 0), true)) ||
		            (i == 2 && branch_dead(kid(&ks, 0), false));
		if (!dead && visit(kid(&ks, i), c, cs) == CXChildVisit_Recurse)
			clang_visitChildren(kid(&ks, i), visit, cs);
	}
	kids_free(&ks);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	struct callsites *cs = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	CXCursor ref = k == CXCursor_CallExpr || k == CXCursor_DeclRefExpr
	                   ? clang_getCursorReferenced(c)
	                   : clang_getNullCursor();
	bool fn = clang_getCursorKind(ref) == CXCursor_FunctionDecl;
	if (k == CXCursor_CallExpr && fn)
		count_call(cs, c, ref);
	else if (k == CXCursor_DeclRefExpr && fn)
		fn_of(cs, ref)->refs++;
	else if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c))
		fn_of(cs, c)->def = c;
	if (k == CXCursor_IfStmt || k == CXCursor_ConditionalOperator) {
		visit_branches(cs, c);
		return CXChildVisit_Continue;
	}
	return CXChildVisit_Recurse;
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, void *data)
{
	if (!clang_Location_isFromMainFile(clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	if (visit(c, parent, data) == CXChildVisit_Recurse)
		clang_visitChildren(c, visit, data);
	return CXChildVisit_Continue;
}

static void map_params(struct callsites *cs, const struct fn_calls *f)
{
	bool known = clang_getCursorLinkage(f->def) == CXLinkage_Internal &&
	             clang_Location_isFromMainFile(clang_getCursorLocation(f->def)) &&
	             f->refs <= f->calls;
	int n = clang_Cursor_getNumArguments(f->def);
	for (int i = 0; i < n; i++) {
		char *key = loc_key(cs->e, clang_Cursor_getArgument(f->def, (unsigned)i));
		size_t at = strmap_get(&cs->by_param, key);
		if (at != STRMAP_NONE) { /* two functions made by one macro: unknown */
			cs->param_sites[at] = 0;
			free(key);
			continue;
		}
		strvec_push_owned(&cs->params, key);
		cs->param_sites = xrealloc(cs->param_sites, cs->params.n * sizeof(unsigned));
		cs->param_sites[cs->params.n - 1] = known ? f->sites : 0;
		strmap_add(&cs->by_param, key, cs->params.n - 1);
	}
}

struct callsites *callsites_count(struct engine *e)
{
	struct callsites *cs = xcalloc(1, sizeof(*cs));
	cs->e = e;
	clang_visitChildren(clang_getTranslationUnitCursor(e->tu), visit_top, cs);
	for (size_t i = 0; i < cs->usrs.n; i++)
		if (!clang_Cursor_isNull(cs->fns[i].def))
			map_params(cs, &cs->fns[i]);
	return cs;
}

unsigned callsites_of_param(const struct callsites *cs, const struct xc_loc *param)
{
	if (!cs || !param->file)
		return 0;
	char *key = xasprintf("%s:%u:%u", param->file, param->line, param->col);
	size_t at = strmap_get(&cs->by_param, key);
	free(key);
	return at == STRMAP_NONE ? 0 : cs->param_sites[at];
}

void callsites_free(struct callsites *cs)
{
	if (!cs)
		return;
	strmap_free(&cs->by_usr);
	strvec_free(&cs->usrs);
	free(cs->fns);
	strmap_free(&cs->seen);
	strvec_free(&cs->locs);
	strmap_free(&cs->by_param);
	strvec_free(&cs->params);
	free(cs->param_sites);
	free(cs);
}
