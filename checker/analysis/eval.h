/* Private to the evaluator (cursor.c, paths.c, trust.c, memory.c, guards.c,
 * calls.c, expr.c, stmt.c): the state of one function's walk and the
 * functions the stages share.  See stmt.c for the flow policy. */
#ifndef XLATCHECK_EVAL_H
#define XLATCHECK_EVAL_H

#include "engine.h"

enum mode { RVALUE, LVALUE };

/* A rule macro whose value is being evaluated: its arguments are collected
 * as the walk meets them, so the sink is checked on what was written inside
 * its parentheses. */
struct frame {
	struct expansion *x;
	struct frame *up;
	value *args;
	CXCursor *arg_roots; /* the outermost node written in each argument */
	int nargs;
	bool in_arg;
};

struct guard_hit; /* guards.c */
struct role;      /* rules/roles.h */
struct region;    /* ir.h */
struct run;       /* flow.c */
struct ins;
struct stored_guard;

struct fctx {
	struct engine *e;
	struct summary *s;
	CXCursor fn;
	struct env *env;
	struct frame *frame;
	int silent;                  /* inside a sanitizer: nothing in it is reported */
	struct region *regions[64];  /* lowered so far (lower.c) */
	struct run *runs;            /* the fixpoints running, innermost first */
	struct stored_guard *stored; /* guards kept in variables: see guards.c */
	/* The function's abstract objects (memory.c), numbered from 1 (an
	 * object taint's bit), and the state where it returns, for the
	 * summary's stores into parameters' objects. */
	struct aobj *objs;
	int nobjs, capobjs;
	int obj_index[256];
	struct env *exit;
};

/* An abstract object: what a call returned (an allocation site, one object
 * per call expression), a variable (local or global), or the object a
 * parameter points to when the function is entered. */
enum obj_kind { OBJ_SITE, OBJ_LOCAL, OBJ_GLOBAL, OBJ_PARAM };

struct aobj {
	CXCursor key; /* the CallExpr, or the variable or parameter (canonical) */
	unsigned char kind;
	bool multi;  /* stands for several objects (a site in a loop): weak updates */
	bool stored; /* a field of it was stored */
	int param;   /* OBJ_PARAM: the parameter's index */
	int next;    /* hash chain in obj_index */
};

/* What annotate() attributes on a function declaration say. */
struct trust {
	int returns;
	bool sanitizer;
	struct engine *e;
};

/* A cursor's children, gathered once (clang_visitChildren has no index). */
struct kids {
	CXCursor v[16];
	CXCursor *more;
	unsigned n, cap;
};

/* cursor.c */
/* Counts one more level of statement or expression nesting; false (after a
 * notice) past the limit, where the node is taken as unknown. */
bool enter_nest(struct fctx *cx);
void kids_of(CXCursor c, struct kids *k);
/* Appends c to k (which kids_free() frees as it does a kids_of()). */
void kids_push(struct kids *k, CXCursor c);
CXCursor kid(const struct kids *k, unsigned i);
void kids_free(struct kids *k);
/* The first child of c, or a null cursor. */
CXCursor first_kid(CXCursor c);
bool is_expr(CXCursor c);
bool type_is_array_or_function(CXType t);
bool type_is_pointer(CXType t);
bool type_is_address(CXType t);
CXCursor strip(CXCursor c);
bool is_local_var(CXCursor decl);
/* 1 or 0 for a condition the compiler folds to a constant, else -1. */
int constant_truth(CXCursor cond);
struct xc_loc cursor_loc(struct fctx *cx, CXCursor c);
void begin_offset(CXCursor c, CXFile *file, unsigned *begin, unsigned *end);

/* paths.c */
int add_finding(struct fctx *cx, const struct rule *rule, int region, const struct sink_rule *sink,
                const char *sink_name, const struct xc_loc *loc, const struct step *path);
const struct step *new_step(struct engine *e, enum step_kind kind, const struct xc_loc *loc,
                            const char *msg, const struct step *prev);
const struct step *chain(struct engine *e, const struct step *head, const struct step *tail);
void record_param_sink(struct fctx *cx, const struct taint *t, const struct sink_rule *sink,
                       const char *sink_name, const struct xc_loc *loc, const struct step *path);
value check_sink(struct fctx *cx, const struct sink_rule *sink, const char *sink_name,
                 const struct xc_loc *loc, value arg);

/* trust.c */
struct trust trust_of(struct engine *e, CXCursor decl);

/* memory.c */
value location_of_decl(struct fctx *cx, CXCursor ref, CXCursor use);
void heap_store(struct fctx *cx, struct heap_cell *cell, value v);
void heap_store_typed(struct fctx *cx, struct heap_cell *cell, value v, const char *type);
value declared_holder(struct fctx *cx, CXCursor decl, CXCursor use);
value variable_value(struct fctx *cx, CXCursor ref, CXCursor use);
/* A sink's argument `arg` of a pointer type the rules place (struct page *). */
value typed_value(struct fctx *cx, CXCursor arg);
void assign(struct fctx *cx, CXCursor lhs, value v, const struct xc_loc *loc);
/* What `*ptr` holds where ptr names a field or global (its deref cell). */
value deref_value(struct fctx *cx, CXCursor ptr, CXCursor use);
/* The function stores v through its parameter `param`. */
void record_param_out(struct fctx *cx, int param, value v);
/* `b = a`, `*p = *q` of structs: b's fields are a's (or, where either
 * object is not known, their cells again). */
void assign_object(struct fctx *cx, CXCursor lhs, CXCursor rhs);
/* memcpy(dst, src, n) of structs, known by its prototype: the same. */
void copy_call(struct fctx *cx, CXCursor call);
/* What a field holds on this path: its cell, unless a guard narrowed it. */
value field_value(struct fctx *cx, struct env *env, CXCursor field, CXCursor use);
/* Abstract objects: the number of one (made on first use), a value that
 * points to it, and v with the object a call returns where v points to
 * none known (`call` a pointer-typed CallExpr). */
int object_id(struct fctx *cx, enum obj_kind kind, CXCursor key);
value object_ref(struct fctx *cx, int id);
value call_object(struct fctx *cx, CXCursor call, value v);
/* Field `field` of whatever `where` points to (or, for a struct, is):
 * read, and store (strong: the store reaches one whole object, not an
 * element of an array of them). */
value field_read(struct fctx *cx, CXCursor field, value where, CXCursor use);
void field_store(struct fctx *cx, CXCursor field, value where, value v, bool strong,
                 const char *type);
/* The state where the function returns (its parameters' objects), and the
 * summary's stores into them made from it; applying a callee's. */
void objects_at_exit(struct fctx *cx);
void record_object_stores(struct fctx *cx);
void apply_object_stores(struct fctx *cx, const struct summary *s, CXCursor call,
                         const struct xc_loc *loc, value *args, int nargs);

/* guards.c */
void apply_condition(struct fctx *cx, struct env *env, CXCursor cond, bool truth);
void note_stored_guard(struct fctx *cx, CXCursor lhs, CXCursor rhs);
CXCursor derived_base(CXCursor c);
void note_derived(struct fctx *cx, CXCursor local, CXCursor rhs);

/* calls.c */
/* `role`: the callee's role, resolved by the lowering (NULL: look it up). */
value eval_call(struct fctx *cx, CXCursor c, const struct role *role);
/* __pa_symbol(arg): a sanitizer for kernel-image objects, a sink elsewhere. */
value check_image_symbol(struct fctx *cx, const struct sanitizer_rule *san, const char *name,
                         const struct xc_loc *loc, CXCursor arg, value v);

/* inputs.c */
/* Records a call the TU cannot close in the function's calls (joined with
 * what earlier runs recorded there).  `body` NULL: the callee has no body
 * here (or is called through a pointer): every argument, and an input for
 * its result.  Else `body` is the callee's summary: only the parameter and
 * input taints of the arguments it forwards to such calls.  NULL when
 * there is nothing to record.  The record's `via` is for a registration to
 * set. */
struct call_rec *record_call(struct fctx *cx, CXCursor call, CXCursor callee, const char *name,
                             const struct xc_loc *loc, value *args, int nargs,
                             const struct summary *body);
/* The call's result input, with a step at the call (NULL when none). */
value call_result(struct fctx *cx, const struct call_rec *r, const struct xc_loc *loc);

/* Applies a callee's summary at a call (`call`: a null cursor when the
 * arguments are not the call's own, as for a registration). */
value apply_summary(struct fctx *cx, struct summary *s, CXCursor call, const struct xc_loc *loc,
                    value *args, int nargs);

/* indirect.c: a call through a function pointer (every function stored in
 * the slot it reads, joined), and a callback registration (a call of the
 * callback with what the registration passes it) */
value indirect_call(struct fctx *cx, CXCursor call, value *args, int nargs);
void indirect_register(struct fctx *cx, CXCursor call, const char *name, int nargs);

/* expr.c: evaluate an expression in a mode */
value ev(struct fctx *cx, CXCursor c, enum mode mode);
/* Would ev() take c whole as the value of a rule macro (one not being
 * evaluated already)?  The lowering does not split such a condition. */
bool macro_value_at(struct fctx *cx, CXCursor c);
/* Does c begin inside a rule macro's expansion (the lowering leaves its
 * calls where they are)? */
bool in_rule_macro(struct fctx *cx, CXCursor c);
/* A call: arguments, summary or rule, sinks, the object it returns. */
value call_node(struct fctx *cx, CXCursor c, const struct role *role);
/* A top-level assignment (=, or a compound one) the lowering made an
 * INS_ASSIGN or INS_STORE: its value, then its target. */
value eval_assignment(struct fctx *cx, CXCursor c);

/* stmt.c: one instruction on cx->env */
void exec_ins(struct fctx *cx, const struct ins *in);

/* flow.c: run statement c (lowered once) to its fixpoint from cx->env;
 * cx->env becomes the state where it falls off its end.  With skip_last,
 * a trailing expression is left for the caller (statement expressions). */
void exec_region(struct fctx *cx, CXCursor c, bool skip_last);
void exec(struct fctx *cx, CXCursor c);
/* flow.c: a value-context ?:, && or || c, lowered once (its condition a
 * chain of guard-branches, its arms blocks): run from cx->env, cx->env
 * becomes the join of its paths; the value its arms left in c's temporary. */
value eval_region(struct fctx *cx, CXCursor c, enum mode mode);

#endif
