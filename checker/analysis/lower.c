/* Lowering: a function body (or a statement expression's statements, or a
 * value-context ?:, && or ||) from libclang's AST to a region of basic
 * blocks (ir.h).  Every libclang quirk of control flow lives here: a `for`
 * whose absent parts are simply missing from its children, case labels
 * nested in case labels, labels as statements that hold the next
 * statement, gotos resolved after the whole region is seen, conditions
 * split at &&, || and ! into one guard-branch per leaf (but not inside a
 * rule macro the evaluator takes whole), likely()/unlikely() seen
 * through.  The lowering also decides what each instruction is (assign,
 * store, evaluate, declare one variable) and makes every call an
 * instruction evaluates a call node before it, in the evaluator's order,
 * with its callee's role in the rules (ir.h says which calls are not). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"
#include "ir.h"

/* The locals in scope at a point, outermost first: a jump out of a scope
 * forgets the locals it leaves. */
struct scope {
	CXCursor *v;
	int n, cap;
};

struct pending_goto {
	int block;
	CXCursor label;
	struct scope live; /* a copy, at the goto */
};

struct label_scope {
	CXCursor label;
	struct scope live; /* a copy, at the label */
};

struct lower {
	struct fctx *cx;
	struct region *r;
	int cur;       /* the block being filled; -1 after a jump (dead code) */
	int brk, cont; /* targets of break and continue; -1 for none */
	int sw;        /* the enclosing switch's dispatch block; -1 for none */
	bool *sw_default;
	struct pending_goto *gotos;
	int ngotos, capgotos;
	struct scope live;
	int brk_live, cont_live; /* scope heights at the break and continue targets */
	struct label_scope *labels;
	int nlabels, caplabels;
};

static int new_block(struct lower *L)
{
	struct region *r = L->r;
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->b = xrealloc(r->b, (size_t)r->cap * sizeof(*r->b));
	}
	struct block *b = &r->b[r->n];
	memset(b, 0, sizeof(*b));
	b->term = TERM_JUMP;
	b->brk = L->brk;
	b->cont = L->cont;
	b->cond = clang_getNullCursor();
	return r->n++;
}

static void add_succ(struct lower *L, int from, int to)
{
	if (from < 0)
		return;
	struct block *b = &L->r->b[from];
	if (b->nsucc == b->capsucc) {
		b->capsucc = b->capsucc ? 2 * b->capsucc : 2;
		b->succ = xrealloc(b->succ, (size_t)b->capsucc * sizeof(int));
	}
	b->succ[b->nsucc++] = to;
}

/* The block being filled; dead code gets a block no edge reaches. */
static int cur_block(struct lower *L)
{
	if (L->cur < 0)
		L->cur = new_block(L);
	return L->cur;
}

static struct ins *append_ins(struct lower *L, int id, enum ins_kind kind, CXCursor c)
{
	struct block *b = &L->r->b[id];
	if (b->nins == b->capins) {
		b->capins = b->capins ? 2 * b->capins : 4;
		b->ins = xrealloc(b->ins, (size_t)b->capins * sizeof(*b->ins));
	}
	b->ins[b->nins] = (struct ins){.kind = kind, .c = c, .key = clang_getNullCursor()};
	return &b->ins[b->nins++];
}

static void scope_push(struct scope *s, CXCursor c)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->v = xrealloc(s->v, (size_t)s->cap * sizeof(*s->v));
	}
	s->v[s->n++] = c;
}

static struct scope scope_copy(const struct scope *s)
{
	struct scope c = {NULL, s->n, s->n};
	if (s->n) {
		c.v = xmalloc((size_t)s->n * sizeof(*c.v));
		memcpy(c.v, s->v, (size_t)s->n * sizeof(*c.v));
	}
	return c;
}

/* Block id forgets the locals of `live` above height `keep`. */
static void kill_above(struct lower *L, int id, const struct scope *live, int keep)
{
	for (int i = live->n - 1; id >= 0 && i >= keep; i--)
		append_ins(L, id, INS_KILL, live->v[i]);
}

static struct ins *add_ins(struct lower *L, enum ins_kind kind, CXCursor c)
{
	int id = cur_block(L);
	struct ins *in = append_ins(L, id, kind, c);
	struct block *b = &L->r->b[id];
	/* an escape from a statement expression in this instruction leaves
	 * to the loop or switch around it */
	b->brk = L->brk;
	b->cont = L->cont;
	return in;
}

/* Ends the current block with a jump to `to` (nothing when dead). */
static void jump_to(struct lower *L, int to)
{
	add_succ(L, L->cur, to);
	L->cur = -1;
}

/* Ends the current block with a guard-branch on leaf condition cond. */
static void branch_on(struct lower *L, CXCursor cond, int yes, int no)
{
	int b = cur_block(L);
	L->r->b[b].term = TERM_BRANCH;
	L->r->b[b].cond = cond;
	add_succ(L, b, yes);
	add_succ(L, b, no);
	L->cur = -1;
}

static void lower_stmt(struct lower *L, CXCursor c);
static void hoist_calls(struct lower *L, CXCursor c);

/* ---- conditions ---- */

/* The operand of likely()/unlikely() (__builtin_expect(!!(x), v)). */
static CXCursor expect_operand(CXCursor c)
{
	if (clang_getCursorKind(c) != CXCursor_CallExpr || clang_Cursor_getNumArguments(c) < 1)
		return clang_getNullCursor();
	CXString s = clang_getCursorSpelling(clang_getCursorReferenced(c));
	bool expect = !strcmp(clang_getCString(s), "__builtin_expect");
	clang_disposeString(s);
	return expect ? clang_Cursor_getArgument(c, 0) : clang_getNullCursor();
}

/* The operator a condition node splits on: &&, ||, ! (CXBinaryOperator_Invalid
 * with *inner set for ! and likely()), or none: a leaf.  A node the
 * evaluator would take as a rule macro's value (a guard macro whose body is
 * an && of tests) is a leaf. */
static enum CXBinaryOperatorKind cond_split(struct lower *L, CXCursor c, struct kids *ks,
                                            CXCursor *inner)
{
	*inner = clang_getNullCursor();
	ks->n = 0;
	if (macro_value_at(L->cx, c))
		return CXBinaryOperator_Invalid;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot) {
		kids_of(c, ks);
		if (ks->n == 1)
			*inner = kid(ks, 0);
		kids_free(ks);
		ks->n = 0;
		return CXBinaryOperator_Invalid;
	}
	if (k == CXCursor_CallExpr) {
		*inner = expect_operand(c);
		return CXBinaryOperator_Invalid;
	}
	if (k != CXCursor_BinaryOperator)
		return CXBinaryOperator_Invalid;
	enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
	if (op != CXBinaryOperator_LAnd && op != CXBinaryOperator_LOr)
		return CXBinaryOperator_Invalid;
	kids_of(c, ks);
	if (ks->n == 2)
		return op;
	kids_free(ks);
	ks->n = 0;
	return CXBinaryOperator_Invalid;
}

/* Condition c, evaluated from the current block, goes to `yes` when true
 * and `no` when false: && and || short-circuit through a block per right
 * operand, ! swaps the targets, and each leaf is evaluated (INS_EVAL) and
 * ends its block in a guard-branch on itself. */
static void lower_cond(struct lower *L, CXCursor c, int yes, int no)
{
	bool nested = enter_nest(L->cx);
	for (;;) {
		c = strip(c);
		struct kids ks;
		CXCursor inner;
		enum CXBinaryOperatorKind op =
		    nested ? cond_split(L, c, &ks, &inner) : CXBinaryOperator_Invalid;
		if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
			CXCursor lhs = kid(&ks, 0), rhs = kid(&ks, 1);
			kids_free(&ks);
			int right = new_block(L);
			if (op == CXBinaryOperator_LAnd)
				lower_cond(L, lhs, right, no);
			else
				lower_cond(L, lhs, yes, right);
			L->cur = right;
			c = rhs;
			continue;
		}
		if (nested && !clang_Cursor_isNull(inner)) {
			if (clang_getCursorKind(c) == CXCursor_UnaryOperator) {
				int t = yes;
				yes = no;
				no = t;
			}
			c = inner;
			continue;
		}
		hoist_calls(L, c);
		add_ins(L, INS_EVAL, c);
		branch_on(L, c, yes, no);
		break;
	}
	if (nested)
		L->cx->e->nest--;
}

static void lower_kids(struct lower *L, CXCursor c, unsigned from)
{
	struct kids ks;
	kids_of(c, &ks);
	for (unsigned i = from; i < ks.n; i++)
		lower_stmt(L, kid(&ks, i));
	kids_free(&ks);
}

/* A compound statement: its statements, then the end of its locals'
 * scope (a path that falls off the end forgets them). */
static void lower_compound(struct lower *L, CXCursor c)
{
	int height = L->live.n;
	lower_kids(L, c, 0);
	kill_above(L, L->cur, &L->live, height);
	L->live.n = height;
}

/* ---- calls ---- */

/* The calls of an instruction become INS_CALL nodes before it, in the
 * order the evaluator (expr.c) would meet them: an operand's calls before
 * its operator's, a call's arguments before the call (post-order).  Each
 * node evaluates the call's arguments, applies its summary or rule and
 * checks its sinks, once, and leaves the result in a temporary keyed by the
 * call, which the instruction's evaluation reads where it meets the call.
 *
 * What the lowering does not move stops it: once the walk meets an effect
 * it leaves in place (an assignment, a ?:, && or || region, a statement
 * expression, a call written inside a rule macro, whose frame decides what
 * its arguments are), no later call of the instruction is hoisted, so
 * every call still runs after everything the evaluator ran before it.
 * Arms of ?: and right operands of && and || are their regions' (lowered
 * there, block by block); sizeof operands are not evaluated at all. */
struct hoist {
	struct lower *L;
	bool stop;
};

/* What assign() (memory.c) evaluates of an assignment's target: a field's
 * base, an element's index (and its field's base), a pointer stored
 * through. */
static void target_parts(CXCursor lhs, struct kids *out)
{
	for (;;) {
		CXCursor t = strip(lhs);
		enum CXCursorKind k = clang_getCursorKind(t);
		struct kids ks;
		kids_of(t, &ks);
		CXCursor next = clang_getNullCursor();
		if (k == CXCursor_MemberRefExpr && ks.n) {
			kids_push(out, kid(&ks, 0));
		} else if (k == CXCursor_ArraySubscriptExpr && ks.n == 2) {
			kids_push(out, kid(&ks, 1));
			CXCursor base = strip(kid(&ks, 0));
			struct kids bk;
			kids_of(base, &bk);
			if (clang_getCursorKind(base) == CXCursor_MemberRefExpr && bk.n)
				kids_push(out, kid(&bk, 0));
			kids_free(&bk);
		} else if (k == CXCursor_UnaryOperator && ks.n &&
		           clang_getCursorUnaryOperatorKind(t) == CXUnaryOperator_Deref) {
			CXCursor ptr = kid(&ks, ks.n - 1), inner = strip(ptr);
			struct kids in;
			kids_of(inner, &in);
			if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
			    clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf) {
				if (in.n)
					next = kid(&in, 0); /* *&x = v: a store to x */
			} else {
				kids_push(out, ptr);
			}
			kids_free(&in);
		}
		kids_free(&ks);
		if (clang_Cursor_isNull(next))
			return;
		lhs = next;
	}
}

/* The operands the evaluator evaluates of c, in its order; *effect when c
 * itself (after them) has an effect the lowering leaves in place. */
static void eval_operands(CXCursor c, struct kids *out, bool *effect)
{
	out->n = 0;
	out->cap = 0;
	out->more = NULL;
	*effect = false;
	struct kids ks;
	switch (clang_getCursorKind(c)) {
	case CXCursor_ConditionalOperator: /* regions (lower_value) */
	case CXCursor_StmtExpr:
		*effect = true;
		return;
	case CXCursor_UnaryExpr: /* sizeof, alignof: not evaluated */
	case CXCursor_DeclRefExpr:
	case CXCursor_StringLiteral:
	case CXCursor_IntegerLiteral:
	case CXCursor_FloatingLiteral:
	case CXCursor_CharacterLiteral:
		return;
	default:
		break;
	}
	kids_of(c, &ks);
	switch (clang_getCursorKind(c)) {
	case CXCursor_BinaryOperator:
		if (ks.n != 2)
			break;
		switch (clang_getCursorBinaryOperatorKind(c)) {
		case CXBinaryOperator_LAnd:
		case CXBinaryOperator_LOr:
			*effect = true;
			break;
		case CXBinaryOperator_Assign: /* the value, then the target */
			kids_push(out, kid(&ks, 1));
			target_parts(kid(&ks, 0), out);
			*effect = true;
			break;
		default:
			kids_push(out, kid(&ks, 0));
			kids_push(out, kid(&ks, 1));
			break;
		}
		kids_free(&ks);
		return;
	case CXCursor_CompoundAssignOperator:
		*effect = true;
		break;
	case CXCursor_ArraySubscriptExpr: /* the index, then the base */
		if (ks.n == 2) {
			kids_push(out, kid(&ks, 1));
			kids_push(out, kid(&ks, 0));
		}
		kids_free(&ks);
		return;
	case CXCursor_MemberRefExpr:
		if (ks.n)
			kids_push(out, kid(&ks, 0));
		kids_free(&ks);
		return;
	case CXCursor_UnaryOperator:
		if (ks.n)
			kids_push(out, kid(&ks, ks.n - 1));
		kids_free(&ks);
		return;
	case CXCursor_CallExpr: { /* the arguments, then a pointer callee */
		int n = clang_Cursor_getNumArguments(c);
		for (int i = 0; i < n; i++)
			kids_push(out, clang_Cursor_getArgument(c, (unsigned)i));
		if (ks.n &&
		    clang_getCursorKind(clang_getCursorReferenced(c)) != CXCursor_FunctionDecl)
			kids_push(out, kid(&ks, 0));
		kids_free(&ks);
		return;
	}
	default:
		break;
	}
	for (unsigned i = 0; i < ks.n; i++) {
		CXCursor k = kid(&ks, i);
		if (is_expr(k))
			kids_push(out, k);
		else if (clang_getCursorKind(k) == CXCursor_CompoundStmt)
			*effect = true;
	}
	kids_free(&ks);
}

struct hoist_frame {
	CXCursor c;
	struct kids ops;
	unsigned next;
	bool effect;
};

/* A call node: the call, its temporary, and its callee's role in the
 * rules, looked up once here (a call through a pointer has none). */
static void call_ins(struct lower *L, CXCursor c)
{
	struct ins *in = add_ins(L, INS_CALL, c);
	in->key = c;
	CXCursor callee = clang_getCursorReferenced(c);
	if (clang_getCursorKind(callee) == CXCursor_FunctionDecl)
		in->role = roles_call(L->cx->e->rs->roles, cursor_name(L->cx->e, callee));
}

/* After c's operands: c itself. */
static void hoist_node(struct hoist *h, CXCursor c, bool effect)
{
	if (clang_getCursorKind(c) == CXCursor_CallExpr) {
		if (in_rule_macro(h->L->cx, c))
			h->stop = true;
		else
			call_ins(h->L, c);
	}
	if (effect)
		h->stop = true;
}

/* The calls of expression c (evaluated by the instruction that follows)
 * as call nodes, post-order, iteratively: a long chain costs no stack. */
static void hoist_calls(struct lower *L, CXCursor c)
{
	if (clang_Cursor_isNull(c) || !is_expr(c))
		return;
	struct hoist h = {L, false};
	struct hoist_frame *st = xmalloc(16 * sizeof(*st));
	int n = 0, cap = 16;
	st[n].c = c;
	eval_operands(c, &st[n].ops, &st[n].effect);
	st[n++].next = 0;
	while (n && !h.stop) {
		struct hoist_frame *f = &st[n - 1];
		if (f->next < f->ops.n) {
			CXCursor k = kid(&f->ops, f->next++);
			if (!is_expr(k))
				continue;
			if (n == cap)
				st = xrealloc(st, (size_t)(cap *= 2) * sizeof(*st));
			st[n].c = k;
			eval_operands(k, &st[n].ops, &st[n].effect);
			st[n++].next = 0;
			continue;
		}
		hoist_node(&h, f->c, f->effect);
		kids_free(&f->ops);
		n--;
	}
	while (n)
		kids_free(&st[--n].ops);
	free(st);
}

/* What an expression statement is: an assignment to a local or parameter
 * (INS_ASSIGN), one to memory (INS_STORE), or anything else (INS_EVAL).
 * Not an assignment written inside a rule macro: the evaluator takes that
 * with the macro's frame. */
static enum ins_kind stmt_kind(struct lower *L, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	bool assign = k == CXCursor_CompoundAssignOperator ||
	              (k == CXCursor_BinaryOperator &&
	               clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign);
	if (!assign || in_rule_macro(L->cx, c))
		return INS_EVAL;
	struct kids ks;
	kids_of(c, &ks);
	CXCursor t = ks.n == 2 ? strip(kid(&ks, 0)) : clang_getNullCursor();
	kids_free(&ks);
	switch (clang_getCursorKind(t)) {
	case CXCursor_DeclRefExpr:
		return is_local_var(clang_getCursorReferenced(t)) ? INS_ASSIGN : INS_STORE;
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
		return INS_STORE;
	case CXCursor_UnaryOperator:
		return clang_getCursorUnaryOperatorKind(t) == CXUnaryOperator_Deref ? INS_STORE
		                                                                    : INS_EVAL;
	default:
		return INS_EVAL;
	}
}

/* The one expression a return evaluates, or a null cursor. */
static CXCursor return_value(CXCursor c)
{
	struct kids ks;
	kids_of(c, &ks);
	CXCursor out = ks.n && is_expr(kid(&ks, 0)) ? kid(&ks, 0) : clang_getNullCursor();
	kids_free(&ks);
	return out;
}

/* The expressions exec_decl() evaluates for one variable. */
static void hoist_var_calls(struct lower *L, CXCursor var)
{
	struct kids vk;
	kids_of(var, &vk);
	for (unsigned k = 0; k < vk.n; k++)
		hoist_calls(L, kid(&vk, k));
	kids_free(&vk);
}

/* ---- statements ---- */

/* A declaration: one instruction per variable, each after its
 * initialiser's calls (`T a = f(x), b = g(a);`: g sees a). */
static void lower_decl(struct lower *L, CXCursor c)
{
	struct kids vs;
	kids_of(c, &vs);
	for (unsigned k = 0; k < vs.n; k++) {
		CXCursor var = kid(&vs, k);
		if (clang_getCursorKind(var) != CXCursor_VarDecl)
			continue;
		hoist_var_calls(L, var);
		add_ins(L, INS_DECL, var);
		if (is_local_var(var))
			scope_push(&L->live, var);
	}
	kids_free(&vs);
}

/* An if and its else-if chain, iteratively: thousands of arms cost no
 * stack. */
static void lower_if(struct lower *L, CXCursor c)
{
	int *ends = NULL, nends = 0, capends = 0;
	for (;;) {
		struct kids ks;
		kids_of(c, &ks);
		if (ks.n < 2) {
			kids_free(&ks);
			break;
		}
		CXCursor cond = kid(&ks, 0), then = kid(&ks, 1);
		CXCursor other = ks.n > 2 ? kid(&ks, 2) : clang_getNullCursor();
		kids_free(&ks);
		int yes = new_block(L), no = new_block(L);
		lower_cond(L, cond, yes, no);
		L->cur = yes;
		lower_stmt(L, then);
		if (L->cur >= 0) {
			if (nends == capends)
				ends =
				    xrealloc(ends, (size_t)(capends = capends ? 2 * capends : 4) *
				                       sizeof(int));
			ends[nends++] = L->cur;
		}
		L->cur = no;
		if (clang_Cursor_isNull(other))
			break;
		if (clang_getCursorKind(other) != CXCursor_IfStmt) {
			lower_stmt(L, other);
			break;
		}
		c = other;
	}
	int join = new_block(L);
	jump_to(L, join);
	for (int i = 0; i < nends; i++)
		add_succ(L, ends[i], join);
	free(ends);
	L->cur = join;
}

/* A loop: head tests cond (none: only break leaves), body, then step runs
 * the increment (if any) and goes back to head. */
static void lower_loop(struct lower *L, CXCursor cond, CXCursor *incs, int nincs, CXCursor body,
                       bool cond_first)
{
	int save_brk = L->brk, save_cont = L->cont;
	int save_bl = L->brk_live, save_cl = L->cont_live;
	L->brk_live = L->cont_live = L->live.n;
	int exit = new_block(L);
	int head = new_block(L);
	int step = new_block(L);
	int start = cond_first ? head : new_block(L);
	jump_to(L, start);
	L->brk = exit;
	L->cont = step;
	L->cur = head;
	int first_body = new_block(L);
	if (!clang_Cursor_isNull(cond)) {
		lower_cond(L, cond, first_body, exit);
	} else {
		jump_to(L, first_body);
	}
	if (!cond_first) /* do ... while: the body runs first */
		add_succ(L, start, first_body);
	L->cur = first_body;
	lower_stmt(L, body);
	jump_to(L, step);
	L->cur = step;
	for (int i = 0; i < nincs; i++) {
		hoist_calls(L, incs[i]);
		add_ins(L, INS_EVAL, incs[i]);
	}
	jump_to(L, head);
	L->brk = save_brk;
	L->cont = save_cont;
	L->brk_live = save_bl;
	L->cont_live = save_cl;
	L->cur = exit;
}

/* The file offset where cursor c's text starts. */
static unsigned start_offset(CXCursor c, CXFile *file)
{
	unsigned off;
	clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(c)), file, NULL, NULL,
	                      &off);
	return off;
}

/* Which of a for's header children are the init, the condition and the
 * increment: libclang leaves absent ones out, so the two `;` of the
 * header, found by tokenizing it, decide.  False when the header is not
 * written in a file (a macro made the for) or is not understood. */
static bool for_parts(struct fctx *cx, CXCursor c, const struct kids *ks, int *role)
{
	CXSourceRange ext = clang_getCursorExtent(c);
	CXSourceLocation s = clang_getRangeStart(ext);
	CXFile ff, sf;
	unsigned fo, so;
	clang_getFileLocation(s, &ff, NULL, NULL, &fo);
	clang_getSpellingLocation(s, &sf, NULL, NULL, &so);
	if (!ff || ff != sf || fo != so)
		return false;
	CXFile bf;
	unsigned bo = start_offset(kid(ks, ks->n - 1), &bf);
	if (bf != ff || bo <= fo)
		return false;
	CXSourceRange hdr = clang_getRange(s, clang_getLocationForOffset(cx->e->tu, ff, bo));
	CXToken *toks;
	unsigned nt;
	clang_tokenize(cx->e->tu, hdr, &toks, &nt);
	unsigned semi[2];
	int nsemi = 0, depth = 0;
	for (unsigned i = 0; i < nt; i++) {
		CXString sp = clang_getTokenSpelling(cx->e->tu, toks[i]);
		const char *t = clang_getCString(sp);
		if (!strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{"))
			depth++;
		else if (!strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}"))
			depth--;
		else if (!strcmp(t, ";") && depth == 1 && nsemi < 2)
			clang_getFileLocation(clang_getTokenLocation(cx->e->tu, toks[i]), NULL,
			                      NULL, NULL, &semi[nsemi++]);
		clang_disposeString(sp);
		if (depth == 0 && i > 1)
			break;
	}
	clang_disposeTokens(cx->e->tu, toks, nt);
	if (nsemi != 2)
		return false;
	for (unsigned i = 0; i + 1 < ks->n; i++) {
		CXFile f;
		unsigned o = start_offset(kid(ks, i), &f);
		if (f != ff)
			return false;
		role[i] = o < semi[0] ? 0 : o < semi[1] ? 1 : 2;
	}
	return true;
}

static void lower_for(struct lower *L, CXCursor c)
{
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n < 1) {
		kids_free(&ks);
		return;
	}
	CXCursor body = kid(&ks, ks.n - 1);
	CXCursor cond = clang_getNullCursor(), incs[3];
	int nincs = 0, role[4] = {0};
	if (ks.n <= 4 && for_parts(L->cx, c, &ks, role)) {
		for (unsigned i = 0; i + 1 < ks.n; i++) {
			CXCursor k = kid(&ks, i);
			if (role[i] == 0)
				lower_stmt(L, k);
			else if (role[i] == 1)
				cond = k;
			else
				incs[nincs++] = k;
		}
	} else {
		/* Not known: a leading declaration is the init, the first
		 * expression is tested each round, the others run after the
		 * body (an init that is an expression then runs each round). */
		for (unsigned i = 0; i + 1 < ks.n && nincs < 3; i++) {
			CXCursor k = kid(&ks, i);
			if (i == 0 && !is_expr(k))
				lower_stmt(L, k);
			else if (clang_Cursor_isNull(cond))
				cond = k;
			else
				incs[nincs++] = k;
		}
	}
	lower_loop(L, cond, incs, nincs, body, true);
	kids_free(&ks);
}

static void lower_switch(struct lower *L, CXCursor c)
{
	struct kids ks;
	kids_of(c, &ks);
	if (ks.n < 2) {
		kids_free(&ks);
		return;
	}
	hoist_calls(L, kid(&ks, 0));
	add_ins(L, INS_EVAL, kid(&ks, 0));
	int dispatch = cur_block(L);
	L->cur = -1; /* before the first case label the body is unreachable */
	int save_brk = L->brk, save_sw = L->sw, save_bl = L->brk_live;
	L->brk_live = L->live.n;
	bool *save_default = L->sw_default, has_default = false;
	int exit = new_block(L);
	L->brk = exit;
	L->sw = dispatch;
	L->sw_default = &has_default;
	lower_stmt(L, kid(&ks, ks.n - 1));
	jump_to(L, exit);
	if (!has_default) /* no case matched */
		add_succ(L, dispatch, exit);
	L->brk = save_brk;
	L->brk_live = save_bl;
	L->sw = save_sw;
	L->sw_default = save_default;
	L->cur = exit;
	kids_free(&ks);
}

static void lower_case(struct lower *L, CXCursor c, bool is_default)
{
	int b = new_block(L);
	jump_to(L, b);
	if (L->sw >= 0) {
		add_succ(L, L->sw, b);
		*L->sw_default |= is_default;
	}
	L->cur = b;
	lower_kids(L, c, is_default ? 0 : 1); /* a case's first child is its value */
}

static void add_label(struct region *r, CXCursor label, int block)
{
	if (r->nlabels == r->caplabels) {
		r->caplabels = r->caplabels ? 2 * r->caplabels : 8;
		r->labels = xrealloc(r->labels, (size_t)r->caplabels * sizeof(*r->labels));
	}
	r->labels[r->nlabels++] = (struct label_block){label, block};
}

static void lower_jump(struct lower *L, CXCursor c, enum CXCursorKind k)
{
	int target = k == CXCursor_BreakStmt ? L->brk : L->cont;
	if (target >= 0) {
		kill_above(L, L->cur, &L->live,
		           k == CXCursor_BreakStmt ? L->brk_live : L->cont_live);
		jump_to(L, target);
		return;
	}
	int b = cur_block(L);
	kill_above(L, b, &L->live, 0); /* it leaves the region */
	L->r->b[b].term = k == CXCursor_BreakStmt ? TERM_BREAK_OUT : TERM_CONTINUE_OUT;
	L->cur = -1;
	(void)c;
}

static void lower_goto(struct lower *L, CXCursor c)
{
	if (L->ngotos == L->capgotos) {
		L->capgotos = L->capgotos ? 2 * L->capgotos : 8;
		L->gotos = xrealloc(L->gotos, (size_t)L->capgotos * sizeof(*L->gotos));
	}
	int b = cur_block(L);
	L->gotos[L->ngotos++] =
	    (struct pending_goto){b, clang_getCursorReferenced(c), scope_copy(&L->live)};
	L->cur = -1;
}

static void lower_node(struct lower *L, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if (is_expr(c)) {
		hoist_calls(L, c);
		add_ins(L, stmt_kind(L, c), c);
		return;
	}
	struct kids ks;
	switch (k) {
	case CXCursor_DeclStmt:
		lower_decl(L, c);
		return;
	case CXCursor_GCCAsmStmt:
		add_ins(L, INS_ASM, c);
		return;
	case CXCursor_CompoundStmt:
		lower_compound(L, c);
		return;
	case CXCursor_IfStmt:
		lower_if(L, c);
		return;
	case CXCursor_WhileStmt:
		kids_of(c, &ks);
		if (ks.n == 2)
			lower_loop(L, kid(&ks, 0), NULL, 0, kid(&ks, 1), true);
		kids_free(&ks);
		return;
	case CXCursor_DoStmt:
		kids_of(c, &ks);
		if (ks.n == 2)
			lower_loop(L, kid(&ks, 1), NULL, 0, kid(&ks, 0), false);
		kids_free(&ks);
		return;
	case CXCursor_ForStmt:
		lower_for(L, c);
		return;
	case CXCursor_SwitchStmt:
		lower_switch(L, c);
		return;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		lower_case(L, c, k == CXCursor_DefaultStmt);
		return;
	case CXCursor_BreakStmt:
	case CXCursor_ContinueStmt:
		lower_jump(L, c, k);
		return;
	case CXCursor_ReturnStmt:
		hoist_calls(L, return_value(c));
		add_ins(L, INS_RETURN, c);
		L->r->b[L->cur].term = TERM_END;
		L->cur = -1;
		return;
	case CXCursor_GotoStmt:
		lower_goto(L, c);
		return;
	case CXCursor_LabelStmt: {
		int b = new_block(L);
		jump_to(L, b);
		add_label(L->r, c, b);
		if (L->nlabels == L->caplabels) {
			L->caplabels = L->caplabels ? 2 * L->caplabels : 8;
			L->labels = xrealloc(L->labels, (size_t)L->caplabels * sizeof(*L->labels));
		}
		L->labels[L->nlabels++] = (struct label_scope){c, scope_copy(&L->live)};
		L->cur = b;
		lower_kids(L, c, 0);
		return;
	}
	default:
		lower_kids(L, c, 0);
		return;
	}
}

static void lower_stmt(struct lower *L, CXCursor c)
{
	if (!enter_nest(L->cx))
		return;
	lower_node(L, c);
	L->cx->e->nest--;
}

/* How many locals two scopes share from the outermost. */
static int common_height(const struct scope *a, const struct scope *b)
{
	int i = 0;
	while (i < a->n && i < b->n && clang_equalCursors(a->v[i], b->v[i]))
		i++;
	return i;
}

/* Gotos to labels of this region become edges (forgetting the locals of
 * the scopes they leave); the others leave the region. */
static void resolve_gotos(struct lower *L)
{
	struct region *r = L->r;
	for (int i = 0; i < L->ngotos; i++) {
		struct pending_goto *g = &L->gotos[i];
		int k = 0;
		while (k < r->nlabels && !clang_equalCursors(r->labels[k].label, g->label))
			k++;
		if (k < r->nlabels) {
			kill_above(L, g->block, &g->live,
			           common_height(&g->live, &L->labels[k].live));
			add_succ(L, g->block, r->labels[k].block);
		} else {
			kill_above(L, g->block, &g->live, 0);
			r->b[g->block].term = TERM_GOTO_OUT;
			r->b[g->block].cond = g->label;
		}
		free(g->live.v);
	}
	for (int k = 0; k < L->nlabels; k++)
		free(L->labels[k].live.v);
	free(L->labels);
	free(L->live.v);
}

/* Reverse postorder from the entry, then from blocks only an escape from
 * an inner region reaches (labels): the worklist's priority. */
static void number_blocks(struct region *r)
{
	int *stack = xmalloc((size_t)(r->n + 1) * 2 * sizeof(int));
	bool *seen = xcalloc((size_t)r->n, sizeof(bool));
	for (int i = 0; i < r->n; i++)
		r->b[i].order = -1;
	int next = r->n;
	for (int root = -1; root < r->n; root++) {
		int start = root < 0 ? r->entry : root;
		if (seen[start])
			continue;
		int sp = 0;
		stack[sp++] = start;
		stack[sp++] = 0;
		seen[start] = true;
		while (sp) {
			int b = stack[sp - 2], i = stack[sp - 1];
			if (i < r->b[b].nsucc) {
				stack[sp - 1] = i + 1;
				int s = r->b[b].succ[i];
				if (s >= 0 && !seen[s]) {
					seen[s] = true;
					stack[sp++] = s;
					stack[sp++] = 0;
				}
				continue;
			}
			r->b[b].order = --next;
			sp -= 2;
		}
	}
	free(stack);
	free(seen);
}

/* A value-context ?:, && or ||: the condition's chain, then for a ?: each
 * arm's value into the temporary keyed by the expression; both paths meet
 * at the exit. */
static void lower_value(struct lower *L, CXCursor root, bool lvalue)
{
	int join = new_block(L);
	struct kids ks;
	kids_of(root, &ks);
	if (clang_getCursorKind(root) == CXCursor_ConditionalOperator && ks.n == 3) {
		int yes = new_block(L), no = new_block(L);
		lower_cond(L, kid(&ks, 0), yes, no);
		for (int arm = 0; arm < 2; arm++) {
			L->cur = arm ? no : yes;
			CXCursor value = kid(&ks, 1 + (unsigned)arm);
			hoist_calls(L, value);
			struct ins *in = add_ins(L, INS_TEMP, value);
			in->key = root;
			in->lvalue = lvalue;
			jump_to(L, join);
		}
	} else {
		lower_cond(L, root, join, join);
	}
	kids_free(&ks);
	L->cur = join;
}

/* A statement expression's statements, without its trailing value. */
static void lower_stmt_expr(struct lower *L, CXCursor root)
{
	struct kids ks;
	kids_of(root, &ks);
	unsigned n = ks.n && is_expr(kid(&ks, ks.n - 1)) ? ks.n - 1 : ks.n;
	for (unsigned i = 0; i < n; i++)
		lower_stmt(L, kid(&ks, i));
	kids_free(&ks);
}

static struct region *lower_region(struct fctx *cx, CXCursor root, enum region_form form)
{
	struct region *r = xcalloc(1, sizeof(*r));
	r->root = root;
	r->form = form;
	struct lower L = {.cx = cx, .r = r, .cur = -1, .brk = -1, .cont = -1, .sw = -1};
	r->entry = new_block(&L);
	L.cur = r->entry;
	if (form == REGION_STMT_EXPR)
		lower_stmt_expr(&L, root);
	else if (form == REGION_STMT)
		lower_stmt(&L, root);
	else
		lower_value(&L, root, form == REGION_LVALUE);
	if (L.cur >= 0)
		r->b[L.cur].term = TERM_EXIT;
	resolve_gotos(&L);
	free(L.gotos);
	number_blocks(r);
	return r;
}

#define REGION_BUCKETS (sizeof(((struct fctx *)0)->regions) / sizeof(struct region *))

struct region *region_of(struct fctx *cx, CXCursor root, enum region_form form)
{
	unsigned h = clang_hashCursor(root) % REGION_BUCKETS;
	for (struct region *r = cx->regions[h]; r; r = r->hash_next)
		if (r->form == form && clang_equalCursors(r->root, root))
			return r;
	struct region *r = lower_region(cx, root, form);
	r->hash_next = cx->regions[h];
	cx->regions[h] = r;
	return r;
}

void regions_free(struct fctx *cx)
{
	for (size_t h = 0; h < REGION_BUCKETS; h++)
		while (cx->regions[h]) {
			struct region *r = cx->regions[h];
			cx->regions[h] = r->hash_next;
			for (int i = 0; i < r->n; i++) {
				free(r->b[i].ins);
				free(r->b[i].succ);
			}
			free(r->b);
			free(r->labels);
			free(r);
		}
}
