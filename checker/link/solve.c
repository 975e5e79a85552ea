/* The link's fixpoint: a breadth-first worklist over (place, region)
 * pairs.  A pair is derived once, when a seed or an edge first brings the
 * region into the place; its provenance (the place it came from and the
 * hop) is recorded then, so every pair's path can be rebuilt backwards
 * and the work is linear in the edges times the regions. */
#include <stdlib.h>
#include <string.h>

#include "graph.h"

struct queue {
	uint64_t *v;
	size_t head, n, cap;
};

static uint64_t key_of(size_t place, int region)
{
	return (uint64_t)place * MAX_REGIONS + (uint64_t)region;
}

static void derive(struct lk_solution *s, struct queue *q, size_t place, int region, size_t from,
                   const struct lk_hop *hop)
{
	regionset bit = (regionset)1 << region;
	if (s->have[place] & bit)
		return;
	s->have[place] |= bit;
	if (s->nprovs == s->capprovs) {
		s->capprovs = s->capprovs ? 2 * s->capprovs : 1024;
		s->provs = xrealloc(s->provs, s->capprovs * sizeof(*s->provs));
	}
	s->provs[s->nprovs] = (struct lk_prov){from, hop};
	u64map_put(&s->prov, key_of(place, region), s->nprovs++);
	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 1024;
		q->v = xrealloc(q->v, q->cap * sizeof(*q->v));
	}
	q->v[q->n++] = key_of(place, region);
}

void lk_solve(const struct lk_graph *g, struct lk_solution *s)
{
	memset(s, 0, sizeof(*s));
	s->have = xcalloc(g->nplaces + 1, sizeof(*s->have));
	struct queue q = {0};
	for (size_t i = 0; i < g->nseeds; i++)
		derive(s, &q, g->seeds[i].to, g->seeds[i].region, LK_NONE, &g->seeds[i].hop);
	for (; q.head < q.n; q.head++) {
		size_t place = (size_t)(q.v[q.head] / MAX_REGIONS);
		int region = (int)(q.v[q.head] % MAX_REGIONS);
		for (size_t e = g->first_edge[place]; e != LK_NONE; e = g->edges[e].next)
			if (g->edges[e].mask & ((regionset)1 << region))
				derive(s, &q, g->edges[e].to, region, place, &g->edges[e].hop);
	}
	free(q.v);
}

const struct lk_prov *lk_prov_of(const struct lk_solution *s, size_t place, int region)
{
	size_t i = u64map_get(&s->prov, key_of(place, region));
	return i == LK_NONE ? NULL : &s->provs[i];
}

void lk_solution_free(struct lk_solution *s)
{
	free(s->have);
	u64map_free(&s->prov);
	free(s->provs);
	memset(s, 0, sizeof(*s));
}
