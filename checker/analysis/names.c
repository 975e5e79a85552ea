/* Rules by name: which listed function a call is, and the trust annotations
 * a declaration carries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

const struct sink_rule *function_sink(struct engine *e, const char *name)
{
	for (int i = 0; i < e->rs->nsinks; i++)
		if (e->rs->sinks[i].match == MATCH_FUNCTION && !strcmp(e->rs->sinks[i].name, name))
			return &e->rs->sinks[i];
	return NULL;
}

const struct source_rule *named_source(struct engine *e, enum match_kind kind, const char *name)
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

bool function_sanitizer(struct engine *e, const char *name)
{
	for (int i = 0; i < e->rs->nsanitizers; i++)
		if (e->rs->sanitizers[i].match == MATCH_FUNCTION &&
		    !strcmp(e->rs->sanitizers[i].name, name))
			return true;
	return false;
}

const struct guard_rule *function_guard(struct engine *e, const char *name)
{
	for (int i = 0; i < e->rs->nguards; i++)
		if (e->rs->guards[i].match == MATCH_FUNCTION &&
		    !strcmp(e->rs->guards[i].name, name))
			return &e->rs->guards[i];
	return NULL;
}

/* annotate("xlatcheck:returns:<region>") / annotate("xlatcheck:sanitizer")
 * on any declaration of the function. */

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

struct trust trust_of(struct engine *e, CXCursor decl)
{
	struct trust t = {.returns = -1, .e = e};
	clang_visitChildren(decl, read_trust, &t);
	CXCursor def = clang_getCursorDefinition(decl);
	if (!clang_Cursor_isNull(def) && !clang_equalCursors(def, decl))
		clang_visitChildren(def, read_trust, &t);
	return t;
}
