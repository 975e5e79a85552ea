/* The link's picture of the program: every summaries document
 * (docs/summaries.md, format 3) read into plain arrays, with the USRs
 * interned to numbers so that the graph (graph.c) and the fixpoint
 * (solve.c) compare integers, never strings.  read.c fills it and checks
 * every reference; nothing here points into a JSON tree. */
#ifndef XLATCHECK_LINK_MODEL_H
#define XLATCHECK_LINK_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "../findings/finding.h"
#include "../rules/rules.h"
#include "../util.h"

#define LK_NONE ((size_t)-1)

struct lk_path {
	struct path_step *v;
	size_t n;
};

/* One taint of a VALUE: a concrete region, or an input (pN or sN)
 * restricted to `mask`. */
struct lk_taint {
	int region;    /* >= 0: a region of the rule set; -1: an input */
	bool is_param; /* the input is pN (else sN) */
	unsigned input;
	regionset mask;
	struct lk_path path;
};

struct lk_value {
	struct lk_taint *v;
	size_t n;
};

enum lk_input_kind { LK_RESULT, LK_GLOBAL, LK_FIELD };

struct lk_input {
	enum lk_input_kind kind;
	size_t usr;  /* LK_RESULT: the calling function's USR; else the cell's */
	size_t call; /* LK_RESULT: index into that function's calls */
	size_t fn;   /* LK_RESULT: the calling function (program index) */
	/* LK_FIELD of a `void *` slot read as a type: the typed cell it reads
	 * (interned "USR TYPE"), else the same as usr */
	size_t cell;
};

struct lk_call {
	bool slot;     /* through a function pointer read from `callee` */
	size_t callee; /* interned USR of the function or the slot */
	char *name;
	struct xc_loc at;
	size_t result; /* the sN it stands for, LK_NONE when absent */
	char *via;     /* a callback registration: the API, else NULL */
	struct lk_value *args;
	size_t nargs;
};

/* An input reaching a sink, or stored into a field or global. */
struct lk_use {
	struct lk_taint in; /* region -1; its path runs to the sink or store */
	char *sink, *family;
	struct xc_loc at;
	size_t target; /* stores: interned USR of the field or global */
};

struct lk_function {
	size_t doc;
	size_t usr;
	char *name;
	bool is_static;
	struct xc_loc def;
	size_t nparams;
	struct lk_value returns;
	struct lk_use *sinks;
	size_t nsinks;
	struct lk_use *stores;
	size_t nstores;
	struct lk_call *calls;
	size_t ncalls;
};

struct lk_top_store {
	size_t target;
	size_t cell; /* a slot's typed cell (as lk_input's), else target */
	struct lk_value value;
};

struct lk_taken {
	size_t slot, function; /* interned USRs */
	struct xc_loc at;
};

struct lk_doc {
	char *path, *tu;
	bool module;
	optionset options;
	struct lk_input *inputs;
	size_t ninputs;
	size_t first_fn, nfns; /* its functions in the program's array */
	struct lk_top_store *stores;
	size_t nstores;
	struct lk_taken *taken;
	size_t ntaken;
};

/* Interned strings: USRs by number. */
struct lk_names {
	struct strvec v;
	struct strmap map;
};
size_t lk_intern(struct lk_names *nm, const char *s);

struct link_program {
	const struct rule_set *rs;
	struct lk_doc *docs;
	size_t ndocs, capdocs;
	struct lk_function *fns;
	size_t nfns, capfns;
	struct lk_names names;
};

/* Reads one document into the program; false after one error line
 * naming `path`, the program unchanged but for what it must free. */
bool lk_read_doc(struct link_program *p, const char *path);
void lk_value_free(struct lk_value *v);

#endif
