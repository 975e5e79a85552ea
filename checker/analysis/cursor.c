/* Cursor helpers for the evaluator: children, casts and parentheses, types,
 * locations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

void kids_push(struct kids *k, CXCursor c)
{
	if (k->n < 16) {
		k->v[k->n++] = c;
		return;
	}
	if (k->n - 16 == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->more = xrealloc(k->more, k->cap * sizeof(CXCursor));
	}
	k->more[k->n++ - 16] = c;
}

static enum CXChildVisitResult collect_kid(CXCursor c, CXCursor parent, void *data)
{
	(void)parent;
	kids_push(data, c);
	return CXChildVisit_Continue;
}

void kids_of(CXCursor c, struct kids *k)
{
	k->n = 0;
	k->cap = 0;
	k->more = NULL;
	clang_visitChildren(c, collect_kid, k);
}

CXCursor kid(const struct kids *k, unsigned i)
{
	return i < 16 ? k->v[i] : k->more[i - 16];
}

void kids_free(struct kids *k)
{
	free(k->more);
}

CXCursor first_kid(CXCursor c)
{
	struct kids ks;
	kids_of(c, &ks);
	CXCursor out = ks.n ? kid(&ks, 0) : clang_getNullCursor();
	kids_free(&ks);
	return out;
}

bool is_expr(CXCursor c)
{
	return clang_isExpression(clang_getCursorKind(c));
}

bool type_is_array_or_function(CXType t)
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

bool type_is_pointer(CXType t)
{
	return clang_getCanonicalType(t).kind == CXType_Pointer;
}

/* A pointer, or an integer wide enough to hold one (__fix_to_virt() is an
 * unsigned long). */
bool type_is_address(CXType t)
{
	CXType c = clang_getCanonicalType(t);
	return c.kind == CXType_Pointer ||
	       ((c.kind == CXType_ULong || c.kind == CXType_Long || c.kind == CXType_ULongLong ||
	         c.kind == CXType_LongLong) &&
	        clang_Type_getSizeOf(c) >= 4);
}

/* Through parentheses and casts, to what an assignment or guard names. */
CXCursor strip(CXCursor c)
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
		/* a cast to typeof(E) * also has E among its children, before
		 * its operand (WRITE_ONCE): the operand is the last one */
		if (nexpr != 1 && !(nexpr > 1 && k == CXCursor_CStyleCastExpr))
			return c;
		c = last;
	}
}

bool is_local_var(CXCursor decl)
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

struct xc_loc cursor_loc(struct fctx *cx, CXCursor c)
{
	struct xc_loc loc;
	engine_cursor_loc(cx->e, c, &loc);
	return loc;
}

void begin_offset(CXCursor c, CXFile *file, unsigned *begin, unsigned *end)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f2;
	clang_getFileLocation(clang_getRangeStart(r), file, NULL, NULL, begin);
	clang_getFileLocation(clang_getRangeEnd(r), &f2, NULL, NULL, end);
	if (f2 != *file || *end < *begin)
		*end = *begin;
}

int constant_truth(CXCursor cond)
{
	CXEvalResult r = clang_Cursor_Evaluate(cond);
	if (!r)
		return -1;
	int truth = -1;
	if (clang_EvalResult_getKind(r) == CXEval_Int)
		truth = clang_EvalResult_getAsLongLong(r) != 0;
	clang_EvalResult_dispose(r);
	return truth;
}

/* Deep nesting that is not an operator chain (those are walked
 * iteratively) is bounded by clang's own limits in practice; this keeps
 * the stack safe whatever the input. */
#define MAX_NEST 4000

bool enter_nest(struct fctx *cx)
{
	if (cx->e->nest >= MAX_NEST) {
		engine_notice(cx->e, cx->fn,
		              ": nesting deeper than 4000 levels is taken as unknown");
		return false;
	}
	cx->e->nest++;
	return true;
}
