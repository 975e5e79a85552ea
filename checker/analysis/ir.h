/* Private to the analysis: the lowered form of a function (lower.c) and
 * the fixpoint over it (flow.c).
 *
 * A function body is lowered once into a region: basic blocks of
 * instructions and the edges between them.  Every statement-level control
 * transfer (if, loops, switch, case, break, continue, goto, labels, return)
 * is an edge; a block ends in a jump (any number of successors), a
 * guard-branch (a condition whose true and false successors each learn
 * what the condition says), an end (return, or a path that stops) or an
 * exit from the region.  A statement expression's statements are a region
 * of their own, run where the expression is evaluated; its gotos, breaks and
 * continues that leave it are escapes that the enclosing run takes.
 * Straight-line expression trees stay whole inside one instruction and are
 * evaluated by expr.c. */
#ifndef XLATCHECK_IR_H
#define XLATCHECK_IR_H

#include <clang-c/Index.h>
#include <stdbool.h>

enum ins_kind {
	INS_EVAL,   /* evaluate an expression for its effects */
	INS_DECL,   /* a DeclStmt: initialise its variables */
	INS_ASM,    /* a GCCAsmStmt */
	INS_RETURN, /* a ReturnStmt: its value joins the summary's */
	INS_KILL,   /* a local's scope ends: forget it */
};

struct ins {
	enum ins_kind kind;
	CXCursor c;
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
	CXCursor cond; /* TERM_BRANCH: the condition; TERM_GOTO_OUT: the label */
	int *succ;     /* TERM_BRANCH: exactly two; -1 for an absent one */
	int nsucc, capsucc;
	int brk, cont; /* the targets break and continue had here; -1 for none */
	int order;     /* reverse postorder: the worklist takes the smallest */
};

struct label_block {
	CXCursor label;
	int block;
};

struct region {
	CXCursor root;
	bool skip_last;
	struct block *b;
	int n, cap;
	int entry;
	struct label_block *labels; /* the labels defined in this region */
	int nlabels, caplabels;
	struct region *hash_next;
};

struct fctx;

/* The region of statement `root` (lowered on first use, kept for the
 * function's analysis); with skip_last, a trailing expression statement is
 * left out (the value of a statement expression). */
struct region *region_of(struct fctx *cx, CXCursor root, bool skip_last);
/* Frees every region lowered for this function. */
void regions_free(struct fctx *cx);

#endif
