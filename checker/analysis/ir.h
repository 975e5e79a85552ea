/* Private to the analysis: the lowered form of a function (lower.c) and
 * the fixpoint over it (flow.c).
 *
 * A function body is lowered once into a region: basic blocks of
 * instructions and the edges between them.  Every statement-level control
 * transfer (if, loops, switch, case, break, continue, goto, labels, return)
 * is an edge; a block ends in a jump (any number of successors), a
 * guard-branch (one leaf condition whose true and false successors each
 * learn what that leaf says), an end (return, or a path that stops) or an
 * exit from the region.  A branch condition made of &&, ||, ! and
 * parentheses (and likely()/unlikely()) is a chain of guard-branches, one
 * leaf each, short-circuit.
 *
 * The lowering decides each instruction's kind (stmt.c dispatches on it):
 * an expression statement is an assignment to a local or parameter
 * (INS_ASSIGN), one to memory (INS_STORE) or anything else (INS_EVAL); a
 * declaration is one INS_DECL per variable.  Every call an instruction
 * evaluates is an INS_CALL node before it, post-order (arguments before
 * the call), carrying its callee's role in the rules; its result is a
 * temporary the evaluator reads where it meets the call.  Not hoisted:
 * calls inside a rule macro, inside a ?: arm or a right operand of && or
 * || (their regions hoist them), inside a statement expression (its region
 * does), under sizeof, and any call the evaluator meets after an effect
 * the lowering leaves in place (an assignment, a region, a rule macro's
 * call), so the order of evaluation never changes.
 *
 * A statement expression's statements are a region of their own, run where
 * the expression is evaluated; its gotos, breaks and continues that leave
 * it are escapes that the enclosing run takes.  So is a value-context ?:,
 * && or ||: its condition is a chain of guard-branches, each arm of a ?: a
 * block whose instruction puts the arm's value in a temporary (a binding of
 * the flow state keyed by the ?: itself), and the region's exit joins the
 * arms; the evaluator reads the temporary where it met the expression.
 * What stays inside expr.c's evaluator, within one instruction: loads
 * (locals, fields, elements, *p), arithmetic, casts, nested assignments,
 * the target of an assignment or store, and rule macros taken whole; there
 * is no separate load or sink node (a sink is checked in its call node or
 * its macro's evaluation). */
#ifndef XLATCHECK_IR_H
#define XLATCHECK_IR_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "../rules/roles.h"

enum ins_kind {
	INS_EVAL,   /* evaluate an expression for its effects */
	INS_ASSIGN, /* a statement `x = e` or `x op= e` to a local or parameter x */
	INS_STORE,  /* a statement `t = e` or `t op= e` whose target t is memory:
	             * `*p`, `p->f`, `s.f`, `a[i]`, a global or static */
	INS_DECL,   /* a VarDecl of a DeclStmt: initialise the variable */
	INS_ASM,    /* a GCCAsmStmt */
	INS_RETURN, /* a ReturnStmt: its value joins the summary's */
	INS_KILL,   /* a local's scope ends: forget it */
	INS_TEMP,   /* evaluate c (in `lvalue` mode or not) into temporary `key` */
	INS_CALL,   /* call c: its result into temporary `key` (c itself) */
};

struct ins {
	enum ins_kind kind;
	bool lvalue;
	CXCursor c;
	CXCursor key;     /* INS_TEMP, INS_CALL: the expression whose value the
	                   * temporary is */
	struct role role; /* INS_CALL: the callee's role in the rules, resolved
	                   * by the lowering (ROLE_NONE: none, or a call through
	                   * a pointer): a sink is checked at this node */
};

enum term_kind {
	TERM_JUMP,     /* to every successor */
	TERM_BRANCH,   /* succ[0] when cond is true, succ[1] when false */
	TERM_END,      /* return: the path stops */
	TERM_EXIT,     /* falls off the end of the region */
	TERM_GOTO_OUT, /* goto a label of an enclosing region */
	TERM_BREAK_OUT,
	TERM_CONTINUE_OUT,
};

struct block {
	struct ins *ins;
	int nins, capins;
	enum term_kind term;
	CXCursor cond; /* TERM_BRANCH: the leaf condition; TERM_GOTO_OUT: the label */
	int *succ;     /* TERM_BRANCH: exactly two; -1 for an absent one */
	int nsucc, capsucc;
	int brk, cont; /* the targets break and continue had here; -1 for none */
	int order;     /* reverse postorder: the worklist takes the smallest */
};

struct label_block {
	CXCursor label;
	int block;
};

/* What a region is lowered from. */
enum region_form {
	REGION_STMT,      /* a statement (a function body) */
	REGION_STMT_EXPR, /* a statement expression's statements but a trailing
	                   * expression statement (its value) */
	REGION_VALUE,     /* a value-context ?:, && or || (rvalue) */
	REGION_LVALUE,    /* the same, where the object it names is asked */
};

struct region {
	CXCursor root;
	enum region_form form;
	struct block *b;
	int n, cap;
	int entry;
	struct label_block *labels; /* the labels defined in this region */
	int nlabels, caplabels;
	struct region *hash_next;
};

struct fctx;

/* The region of `root` in this form (lowered on first use, kept for the
 * function's analysis). */
struct region *region_of(struct fctx *cx, CXCursor root, enum region_form form);
/* Frees every region lowered for this function. */
void regions_free(struct fctx *cx);

#endif
