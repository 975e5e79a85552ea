/* Private to the analysis: the abstract values it computes and the state
 * of one TU's analysis.
 *
 * A value is a list of taints.  A region taint says "may point into region
 * R" and carries the path that made it so; a phys taint says "is a physical
 * address computed by a linear translation of a non-linear pointer" (so a
 * fixmap that maps it can be named in that finding); a param taint says
 * "comes from parameter i" and is how summaries are computed.  An empty
 * list is the unknown/linear value: nothing to report. */
#ifndef XLATCHECK_ENGINE_H
#define XLATCHECK_ENGINE_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "../findings/finding.h"
#include "../rules/rules.h"
#include "analysis.h"
#include "arena.h"

/* ---- paths and values ---- */

struct step {
	enum step_kind kind;
	struct xc_loc loc; /* loc.file is interned in the TU, not owned */
	const char *message;
	const struct step *prev; /* towards the source */
	bool kept;               /* in the TU arena (e->keep) */
};

/* An object taint (TAINT_OBJ) says "points to abstract object `bit` of the
 * function being analysed" (struct fctx's table, memory.c): points-to
 * facts, never kept beyond the function (val_keep drops them). */
enum taint_kind { TAINT_REGION, TAINT_PHYS, TAINT_PARAM, TAINT_INPUT, TAINT_OBJ };

/* A param taint (pN) and an input taint (sN, a TU-level input: see
 * inputs.c) are the symbolic values a summary is written in. */
struct taint {
	unsigned char kind;
	unsigned char kept;      /* in the TU arena (e->keep), and so is the rest */
	unsigned bit;            /* region, parameter or TU input index */
	int finding;             /* TAINT_PHYS: the finding it came from */
	regionset mask;          /* TAINT_PARAM, TAINT_INPUT: regions a guard still allows */
	const struct step *path; /* the last step; NULL for a bare param */
	const struct taint *next;
};

typedef const struct taint *value;

/* A parameter or a TU input: what another caller or TU decides. */
static inline bool taint_symbolic(const struct taint *t)
{
	return t->kind == TAINT_PARAM || t->kind == TAINT_INPUT;
}

struct engine;
struct notice_seen;

value val_union(struct engine *e, value a, value b);
value val_step(struct engine *e, value v, enum step_kind kind, const struct xc_loc *loc,
               const char *message);
value val_keep_regions(struct engine *e, value v, regionset keep);
value val_without(struct engine *e, value v, enum taint_kind kind);
value val_single(struct engine *e, const struct taint *t); /* a copy of one taint */
/* After a guard on `guard` regions: inside (true branch) or outside. */
value val_narrow(struct engine *e, value v, regionset guard, bool inside);
value val_only(struct engine *e, value v, enum taint_kind kind);
/* v without its parameter and input taints (v itself when it has none). */
value val_concrete(struct engine *e, value v);
/* v without its object taints (v itself when it has none). */
value val_no_obj(struct engine *e, value v);
/* Copies of v, a path and a string in e->keep (what is already there is
 * shared): for what outlives the function being analysed. */
value val_keep(struct engine *e, value v);
const struct step *step_keep(struct engine *e, const struct step *s);
const char *str_keep(struct engine *e, const char *s);
value val_region(struct engine *e, int region, const struct step *path);
bool val_same(value a, value b); /* the same taints, paths aside */
regionset val_regions(value v);

/* ---- environments: what each local holds, flow-sensitively ----
 *
 * A binding keyed by a field declaration is different: it exists only on a
 * path where a guard narrowed that field, and a path without it means "the
 * field's whole cell", so a join keeps it only where both sides have it. */

struct binding {
	CXCursor decl;
	value v;
	unsigned hash; /* clang_hashCursor(decl): bindings are sorted by it */
	/* A local assigned a pointer derived from another local or a field
	 * (p = buf + off): that one's key, so a guard on either narrows both.
	 * A null cursor when none. */
	CXCursor base;
	/* A field of an abstract object (memory.c: an allocation site, a
	 * variable, a parameter's pointee): decl is the field, obj the
	 * object's number in the function (0: a local, or a guard's field
	 * narrowing).  weak: stored on some paths only, so a read also sees
	 * the field's cell (what it held before). */
	int obj;
	bool weak;
};

struct env {
	struct binding *b;
	int n, cap;
	bool unreachable; /* after return/break/goto: joins as the identity */
};

struct env *env_new(struct engine *e);
struct env *env_copy(struct engine *e, const struct env *src);
value env_get(const struct env *env, CXCursor decl, bool *found);
void env_set(struct engine *e, struct env *env, CXCursor decl, value v);
void env_remove(struct env *env, CXCursor decl);
/* The base a local's pointer was derived from (a null cursor if none). */
CXCursor env_base(const struct env *env, CXCursor decl);
void env_set_base(struct env *env, CXCursor decl, CXCursor base);
/* Field `field` of abstract object `obj` on this path (absent: the
 * field's cell says; *weak: stored on some paths only); what a store to
 * it or an assignment of the whole struct puts there. */
value env_get_member(const struct env *env, int obj, CXCursor field, bool *found, bool *weak);
void env_set_member(struct engine *e, struct env *env, int obj, CXCursor field, value v, bool weak);
void env_forget_object(struct env *env, int obj);
void env_copy_object(struct engine *e, struct env *env, int dst, int src);
/* The bindings of object fields whose object `keep` accepts (an env of
 * its own, for a function's exit state). */
struct env *env_objects(struct engine *e, const struct env *env, bool (*keep)(void *, int),
                        void *ctx);
/* True when dst changed (a taint, a binding or a derivation). */
bool env_join_into(struct engine *e, struct env *dst, const struct env *src);
bool env_same(const struct env *a, const struct env *b);

/* ---- macros (macros.c) ---- */

enum macro_role {
	MACRO_NONE,      /* no rule and no rule macro in its body */
	MACRO_SOURCE,    /* listed source */
	MACRO_SINK,      /* listed or computed sink */
	MACRO_SANITIZER, /* listed, or a body that holds one: transparent */
	MACRO_GUARD,
	MACRO_WRAPS_SOURCE, /* body invokes a source macro: names it in paths */
};

struct macro_info {
	const char *name;
	enum macro_role role;
	const struct source_rule *source;   /* MACRO_SOURCE */
	const struct source_rule *wrapped;  /* MACRO_WRAPS_SOURCE: innermost listed */
	const struct sink_rule *sink;       /* MACRO_SINK: the listed sink reached */
	int sink_arg;                       /* MACRO_SINK: our argument that reaches it */
	const char *via;                    /* computed: the listed macro it expands to */
	const struct guard_rule *guard;     /* MACRO_GUARD */
	const struct sanitizer_rule *image; /* MACRO_SANITIZER for image symbols only */
	int state;                          /* 0 new, 1 resolving, 2 done */
};

/* One macro invocation written in a file. */
struct expansion {
	const struct macro_info *macro;
	CXFile file;
	unsigned begin, end; /* file offsets, [begin, end) */
	struct xc_loc loc;
	CXSourceRange extent;
	/* Read from the arguments of a macro that pastes them (macros.c,
	 * pasted_arguments()): the end of that invocation, where libclang ends
	 * the nodes this expansion's body makes; 0 for a recorded one. */
	unsigned pasted_end;
	/* Argument ranges, filled on first use by tokenizing the invocation. */
	int nargs; /* -1: not yet; -2: object-like, no arguments */
	unsigned *arg_begin, *arg_end;
};

struct macro_index;
struct macro_index *macro_index_build(struct engine *e);
void macro_index_free(struct macro_index *mi);
/* The innermost rule-relevant invocation containing `offset` of `file`. */
struct expansion *macro_index_find(struct macro_index *mi, CXFile file, unsigned offset);
/* The attribute source (__percpu) written in the declaration, or NULL. */
const struct source_rule *macro_index_attribute(struct macro_index *mi, CXCursor decl);
/* Whether a node that begins inside x and ends at file offset `end` is
 * written inside it (its value is the macro's). */
bool expansion_holds(const struct expansion *x, unsigned end);
/* Fills arg ranges; false for an object-like invocation. */
bool expansion_args(struct engine *e, struct expansion *x);

/* ---- summaries (summary.c) ---- */

/* A parameter (kind TAINT_PARAM, `param` its index) or a TU input
 * (TAINT_INPUT, `param` the input's index) that reaches a sink. */
struct param_sink {
	unsigned char kind;
	int param;
	regionset mask;
	const struct sink_rule *sink;
	const char *sink_name;
	const struct step *path; /* from the PARAM step to the sink */
	struct xc_loc loc;       /* the sink inside the callee */
	struct param_sink *next;
};

/* A parameter or TU input (kinds as in param_sink) stored into a field
 * or global. */
struct param_store {
	unsigned char kind;
	int param;
	regionset mask;
	CXCursor target;         /* FieldDecl or global VarDecl (canonical) */
	const struct step *path; /* from the input to the store */
	bool unknown_base;       /* (also) through a pointer to an unknown object */
	const char *type;        /* a slot field: what the value pointed to (slots.c) */
	struct param_store *next;
};

/* A call the TU cannot close (inputs.c): to a function without a body in
 * the TU (every argument, and `result` the input standing for what it
 * returns, -1 when it returns no address), or to one with a body whose
 * arguments hold parameters or inputs (only those; no result).  `callee`
 * is the function's canonical declaration, or the field or variable a
 * function pointer was read from (a slot); `via`, a registration API. */
struct call_rec {
	CXCursor call; /* the CallExpr: stable across the fixpoint's runs */
	CXCursor callee;
	const char *name;
	const char *via;
	struct xc_loc loc;
	int result;
	int nargs;
	value *args;                /* kept */
	int index;                  /* its place in the function's calls as written */
	int seq;                    /* the order calls were first met in the TU */
	struct call_rec *next;      /* the function's calls */
	struct call_rec *hash_next; /* e->call_index */
};

/* A TU input, sN (docs/summaries.md "Inputs"). */
enum input_kind { INPUT_RESULT, INPUT_GLOBAL, INPUT_FIELD };

struct input {
	enum input_kind kind;
	CXCursor key;           /* the call, or the global or field (canonical) */
	const char *type;       /* INPUT_FIELD of a slot: the type it is read as (slots.c) */
	struct summary *caller; /* INPUT_RESULT: the function the call is in */
	struct call_rec *rec;   /* INPUT_RESULT */
	value bare;             /* the input with an empty path, kept */
};

/* An out-parameter: the function stores `v` through parameter `param`
 * (`*out = vmalloc(n)`). */
struct param_out {
	int param;
	value v;
	struct param_out *next;
};

/* A store into the object parameter `param` points to (`f->buf = v` in
 * the function): field `field` receives v (regions, TU inputs, the
 * function's parameters); must: on every path that returns, so a
 * caller whose argument points to one object updates it strongly. */
struct obj_store {
	int param;
	CXCursor field; /* canonical */
	value v;        /* kept */
	bool must;
	struct obj_store *next;
};

struct summary {
	CXCursor fn; /* canonical declaration */
	CXCursor def;
	const char *name;
	int state; /* 0 not analysed this pass, 1 running, 2 done */
	bool read_while_running;
	value ret;
	struct param_sink *sinks;
	struct param_store *stores;
	struct param_out *outs;
	struct obj_store *ostores;
	struct call_rec *calls;
	unsigned forwards; /* parameters (< 32) passed on to a recorded call */
	struct summary *hash_next;
};

/* ---- one TU's analysis ---- */

/* A field or a global: flow-insensitive, one for the TU.  Beside that
 * cell (every store), a field has two more: what was stored through a
 * pointer whose object is not known (unknown_base), and per global
 * struct variable `object`, what was stored into that variable's field
 * (memory.c). */
struct heap_cell {
	CXCursor key;
	bool deref; /* not the field or global, but what the pointer it holds points to */
	bool unknown_base;
	CXCursor object; /* a global VarDecl (canonical), or null */
	value v;
	bool read; /* read this pass: a later change needs another pass */
	bool initialised;
	bool location_known; /* globals: where the variable itself lives */
	bool input_decided;
	int input;        /* its TU input (sN), -1 when none */
	value with_input; /* v and that input, kept; valid while v is with_input_of */
	value with_input_of;
	int location_region;
	const char *location_note;
	struct heap_cell *next;
};

struct internal_finding {
	const struct rule *rule;
	int region;
	const char *sink_name;
	const char *family;
	struct xc_loc loc;
	const struct step *path; /* ends with the sink step */
	const char *consumer;    /* "__set_fixmap" when a fixmap maps the result */
	struct xc_loc consumer_loc;
	CXCursor function;
};

struct file_name {
	CXFile file;
	const char *path;
	struct file_name *next;
};

struct engine {
	const struct analysis_input *in;
	const struct rule_set *rs;
	CXTranslationUnit tu;
	/* arena: the function being analysed (freed when it is done), or the
	 * TU outside any function; keep: what outlives a function (summaries,
	 * fields and globals, findings, notices). */
	struct arena arena;
	struct arena keep;
	struct macro_index *macros;
	regionset nonlinear; /* regions a rule reports */

	struct heap_cell *heap[1024];
	struct summary *summaries[1024];
	struct file_name *files[256];

	struct internal_finding *findings;
	int nfindings, capfindings;

	struct input *inputs; /* sN is inputs[N] (inputs.c) */
	int ninputs, capinputs;
	struct input_slot *input_index[1024];
	struct call_rec *call_index[1024];
	int ncalls;
	regionset all_nonlinear; /* non-linear under some options: what inputs may be */
	optionset options;       /* the rule options the TU defines */

	int pointer_bytes; /* the target's: a narrower integer holds no address */
	bool need_another_pass;
	unsigned heap_gen; /* bumped whenever a field or global cell grows */
	int depth;         /* call nesting of on-demand summaries */
	int nest;          /* statement and expression nesting, all calls included */
	struct notice_seen *notices;
	struct indirect *indirect; /* indirect.c: address-taken functions, registrations */
	struct slot_types *slots;  /* slots.c: the types of `void *` slot accesses */
	struct node_table *nodes;  /* nodes.c: the containers of node cells' stores */
};

/* A limit that may drop a fact was hit: one line on stderr naming the TU,
 * the function and the limit (once per TU, function and limit). */
void engine_notice(struct engine *e, CXCursor fn, const char *what);
/* The steps of a path from its source to `last`, oldest first (malloc'd). */
const struct step **path_steps(const struct step *last, size_t *n);

const char *engine_file_path(struct engine *e, CXFile file);
void engine_loc(struct engine *e, CXSourceLocation sl, struct xc_loc *loc, unsigned *offset,
                CXFile *file);
void engine_cursor_loc(struct engine *e, CXCursor c, struct xc_loc *loc);
char *cursor_name(struct engine *e, CXCursor c); /* arena string */

struct summary *summary_get(struct engine *e, CXCursor fn_decl);
void analyze_function(struct engine *e, CXCursor def, struct summary *s);

struct heap_cell *heap_cell(struct engine *e, CXCursor key);
/* The memory a pointer field or global points to: one cell per field or
 * global, the fallback where the object pointed to is not known. */
struct heap_cell *heap_deref_cell(struct engine *e, CXCursor key);
/* Field `field`'s stores through pointers to unknown objects, and field
 * `field` of global variable `var`. */
struct heap_cell *heap_unknown_cell(struct engine *e, CXCursor field);
struct heap_cell *heap_object_cell(struct engine *e, CXCursor var, CXCursor field);
/* The TU's summaries as JSON in dir (docs/summaries.md); false on failure. */
bool summaries_write(struct engine *e, const char *dir);
/* The TU's address-taken functions, for the summaries' "address_taken"
 * (indirect.c); loc_json writes a location. */
struct json_object *
indirect_address_taken_json(struct engine *e,
                            struct json_object *(*loc_json)(const struct xc_loc *));

/* ---- TU inputs (inputs.c) ---- */

/* The input a read of global or field `decl` (canonical) yields, -1 when
 * its type holds no address. */
int input_of_decl(struct engine *e, CXCursor decl);
/* A field that links objects of its own type (list and tree nodes): no
 * cross-file fact. */
bool links_own_type(CXCursor decl);
/* The input a read of slot field `decl` converted to `type` yields
 * (input_of_decl() when type is NULL). */
int input_of_slot(struct engine *e, CXCursor decl, const char *type);
/* A value of input n alone, with an empty path (kept, shared). */
value input_value(struct engine *e, int n);
void inputs_free(struct engine *e);

/* ---- `void *` slots (slots.c) ---- */

/* A field declared `void *`: its cells are split by type. */
bool slot_field(CXCursor decl);
/* The canonical, unqualified spelling of t ("struct port"), kept for the
 * TU: the name slot and node cells are split by. */
const char *type_name(struct engine *e, CXType t);
/* Two slot types (NULL: none known) name the same type. */
bool slot_same_type(const char *a, const char *b);
/* The type a slot access `member` in function `fn` (its definition) stores
 * or reads, NULL when none is known. */
const char *slot_type(struct engine *e, CXCursor fn, CXCursor member);
/* A concrete store into slot `field` (canonical) of type `type`, and each
 * such store of the TU, for the summaries. */
void slot_store(struct engine *e, CXCursor field, const char *type, value v);
void slot_each_store(struct engine *e, CXCursor field,
                     void (*fn)(void *ctx, const char *type, value v), void *ctx);
/* What a read of slot `field` as `type` sees in the TU: its stores of that
 * type and those of no known type. */
value slot_value(struct engine *e, CXCursor field, const char *type);
/* The type argument `arg` of `call` pointed to before it was passed as
 * `void *` (a setter: dev_set_drvdata(dev, host)), NULL when none. */
const char *slot_arg_type(struct engine *e, CXCursor call, int arg);
/* v, what `call` (a getter returning `void *`: dev_get_drvdata()) returned,
 * with each untyped slot input read as the type the result is converted
 * to in function `fn`. */
value slot_retype(struct engine *e, CXCursor fn, CXCursor call, value v);

/* ---- node cells split by container (nodes.c) ---- */

/* The containers of the node a stored expression names (`&va->list`:
 * "struct vmap_area"; several joined by newlines), NULL when not known;
 * the same for argument `arg` of `call`. */
const char *node_container(struct engine *e, CXCursor expr);
const char *node_arg_container(struct engine *e, CXCursor call, int arg);
/* The containers of `stored`, a callee's value (its parameters) stored
 * into node field `field`, at `call`: those of its arguments when they
 * agree, else NULL. */
const char *node_stored_container(struct engine *e, CXCursor field, CXCursor call, value stored);
/* A store into a cell: for a node field, its concrete regions and their
 * containers `type` (NULL: not known). */
void node_store(struct engine *e, struct heap_cell *cell, value v, const char *type);
struct fctx;
/* v, converted by cast (a container_of() shape to `T *`), without the
 * regions its node cell holds only with other containers. */
value node_converted(struct fctx *cx, CXCursor cast, value v);

#endif
