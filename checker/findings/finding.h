/* A finding: what the analysis hands to the reporters.  Everything here is
 * plain data owned by the finding (no libclang handles), so findings can be
 * sorted, deduplicated, serialised, and read back from SARIF by `merge`. */
#ifndef XLATCHECK_FINDING_H
#define XLATCHECK_FINDING_H

#include <stdbool.h>
#include <stddef.h>

struct rule;

/* A source range as the user wrote it: the file is absolute and normalised;
 * lines and columns are 1-based, end_col is one past the last character
 * (SARIF's convention).  Never a position inside a macro definition. */
struct xc_loc {
	char *file;
	unsigned line, col, end_line, end_col;
};

enum step_kind {
	STEP_SOURCE,      /* where the non-linear pointer is made */
	STEP_MACRO,       /* a macro that carries it (per_cpu -> per_cpu_ptr ...) */
	STEP_ASSIGN,      /* stored in a local or global */
	STEP_FIELD_STORE, /* stored in a struct field */
	STEP_FIELD_LOAD,  /* read back from that field */
	STEP_CALL,        /* passed into a function as an argument */
	STEP_PARAM,       /* arrives in a function as a parameter */
	STEP_RETURN,      /* returned from a function */
	STEP_SINK,        /* reaches the linear-only translation */
	STEP_CONSUMER,    /* the translated address is then used (fixmap ...) */
};
const char *step_kind_name(enum step_kind k);

struct path_step {
	enum step_kind kind;
	/* STEP_CALL into a parameter (the next step is STEP_PARAM): how many
	 * call sites the callee has in the program the analysis saw, 0 when
	 * unknown (other files may call it, or its address is taken).  Set by
	 * analysis/callsites.c; report/group.c groups findings by it. */
	unsigned sites;
	struct xc_loc loc;
	char *message;
};

/* One more call path to a grouped finding's sink (report/group.c): the
 * call site it starts at (where the finding was before grouping) and its
 * whole path, source first. */
struct call_flow {
	struct xc_loc loc;
	struct path_step *steps;
	size_t nsteps;
	bool is_new; /* --baseline: no old result had this path */
};

enum suppression_kind {
	SUPPRESSION_NONE,
	SUPPRESSION_IN_SOURCE, /* comment or annotate attribute */
	SUPPRESSION_EXTERNAL,  /* --suppressions file */
};

enum baseline_state {
	BASELINE_NONE, /* no --baseline given */
	BASELINE_NEW,
	BASELINE_UNCHANGED,
	BASELINE_UPDATED,
	BASELINE_ABSENT,
};

struct finding {
	const struct rule *rule;
	char *message;          /* complete sentence for text and SARIF */
	char *region;           /* "percpu", "vmalloc", ... (NULL for meta rules) */
	char *sink;             /* "__pa", "virt_to_page", ... as written */
	char *function;         /* enclosing function, for fingerprints */
	unsigned function_line; /* line of its definition: function-level suppressions */
	char **annotations;     /* its annotate("...") strings, e.g. xlatcheck:ignore:... */
	size_t nannotations;
	char *hint; /* the API to use instead; may be NULL */
	/* The fix (report/fixes.c): replace fix_from, the callee's name as
	 * written at fix_loc, with fix_with.  NULL: no safe rewrite is known. */
	char *fix_from;
	char *fix_with;
	struct xc_loc fix_loc;
	struct xc_loc loc;
	struct path_step *steps; /* source first, sink last */
	size_t nsteps;
	/* One root cause, one result (report/group.c): the other call paths
	 * that reach this sink through the same callee parameter.  `steps` is
	 * the first of them; NULL/0 for an ungrouped finding. */
	struct call_flow *also;
	size_t nalso;

	enum suppression_kind suppression;
	char *justification;
	enum baseline_state baseline;
	/* Line in loc.file of the comment or annotated function that
	 * suppressed it (0: none), so `merge` can tell a suppression that is
	 * stale in one TU from one that another TU used. */
	unsigned suppression_line;
};

struct finding_list {
	struct finding *v;
	size_t n, cap;
};

struct finding *finding_list_add(struct finding_list *fl);
/* Appends a copy of every finding of `from`, which is left empty. */
void finding_list_move(struct finding_list *to, struct finding_list *from);
/* Deterministic order (file, line, column, rule id, region, message) and no
 * two findings with the same (location, rule, region): the output does not
 * depend on -j or on the order TUs finished in. */
void finding_list_sort_unique(struct finding_list *fl);
/* Drops from `fl` every finding `known` holds at the same location, rule
 * and region (the key above): the link's findings that a TU's own analysis
 * already reported, with its own path and annotations. */
void finding_list_drop_known(struct finding_list *fl, const struct finding_list *known);
void finding_list_free(struct finding_list *fl);
void finding_free(struct finding *f);
void call_flow_free(struct call_flow *cf);
void path_steps_free(struct path_step *steps, size_t n);
void xc_loc_copy(struct xc_loc *to, const struct xc_loc *from);
/* A rule's message with %r the region and %s the sink (malloc'd): the
 * per-TU analysis and the link word their findings alike. */
char *finding_message(const char *fmt, const char *region, const char *sink);

#endif
