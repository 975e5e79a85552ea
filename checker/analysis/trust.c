/* Trust annotations: what annotate("xlatcheck:...") on a function's
 * declarations says about it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

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
