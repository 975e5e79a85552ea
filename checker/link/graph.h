/* The link's graph (graph.c) and its fixpoint (solve.c, emit.c), private
 * to checker/link.
 *
 * A place is something that may hold regions program-wide: parameter i of
 * a function, what a function returns apart from its parameters, input N
 * of a TU, and the cell of a field or global (one per USR).  Places are
 * numbered densely; an edge says that the regions of one place, restricted
 * by a mask, flow into another, with the path steps that carry them.  A
 * seed is a concrete region entering a place; a sink reads a place. */
#ifndef XLATCHECK_LINK_GRAPH_H
#define XLATCHECK_LINK_GRAPH_H

#include <stdint.h>

#include "model.h"

/* A map from 64-bit keys to indices (open addressing), for (doc, USR)
 * and (place, region) pairs. */
struct u64map {
	uint64_t *keys;
	size_t *values;
	size_t n, cap;
};
size_t u64map_get(const struct u64map *m, uint64_t key);
void u64map_put(struct u64map *m, uint64_t key, size_t value);
void u64map_free(struct u64map *m);

/* How an edge or a seed adds to the path: the taint's own steps, then a
 * call step the link writes (NULL message: none). */
struct lk_hop {
	const struct lk_path *path;
	const struct xc_loc *at;          /* the call */
	char *message;                    /* "passed to f() as argument 1", ... */
	const struct lk_function *caller; /* the function making the call */
};

struct lk_edge {
	size_t to;
	regionset mask;
	struct lk_hop hop;
	size_t next; /* the next edge out of the same place */
	size_t from;
	size_t next_in; /* the next edge into the same place */
};

struct lk_seed {
	size_t to;
	int region;
	struct lk_hop hop;
	size_t next_in; /* the next seed of the same place */
};

struct lk_sink_ref {
	const struct lk_function *fn;
	const struct lk_use *use;
	size_t next;
};

struct lk_graph {
	const struct link_program *p;
	size_t nplaces;
	size_t *param_base; /* per function: its first parameter place */
	size_t *ret;        /* per function: its return place */
	size_t *input_base; /* per document: its first input place */
	size_t cell_base;   /* + interned USR: the cell of a field or global */
	size_t *first_edge; /* per place */
	size_t *first_in;   /* per place: the edges into it */
	size_t *first_seed; /* per place: its seeds */
	bool *is_param;     /* per place: a parameter */
	struct lk_edge *edges;
	size_t nedges, capedges;
	size_t *first_sink; /* per place */
	struct lk_sink_ref *sinks;
	size_t nsinks, capsinks;
	struct lk_seed *seeds;
	size_t nseeds, capseeds;
	struct strvec messages; /* the hops' messages */
};

void lk_graph_build(struct lk_graph *g, const struct link_program *p);
void lk_graph_free(struct lk_graph *g);

/* How a region came into a place: from another place (LK_NONE: a seed)
 * over a hop. */
struct lk_prov {
	size_t from;
	const struct lk_hop *hop;
};

struct lk_solution {
	regionset *have;    /* per place */
	struct u64map prov; /* (place, region) -> index into provs */
	struct lk_prov *provs;
	size_t nprovs, capprovs;
};

void lk_solve(const struct lk_graph *g, struct lk_solution *s);
void lk_solution_free(struct lk_solution *s);
/* How (place, region) was first derived, NULL when it was not. */
const struct lk_prov *lk_prov_of(const struct lk_solution *s, size_t place, int region);
/* Every (sink, region) the solution reaches that the rules report, as
 * findings with their whole path. */
void lk_emit(const struct lk_graph *g, const struct lk_solution *s, struct finding_list *out);

#endif
