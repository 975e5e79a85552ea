/* The link's findings: every (sink, region) pair the fixpoint reaches and
 * the rules report under the sink TU's options, worded as the per-TU
 * analysis words it (the rule's message, hint and family, the sink as
 * written), with the whole path: the source and its steps in one file,
 * each call the region crossed (with its own file:line), then the steps
 * to the sink.
 *
 * Where: a sink that reads a global, a field or a call's result is
 * reported at the sink.  A sink that reads a parameter is reported where
 * the per-TU analysis reports it when caller and callee share a file: at
 * each wrong call, the call that brings the region into the chain of
 * parameters that leads to the sink (a helper in another file is general:
 * its wrong callers are the bugs). */
#include <stdlib.h>
#include <string.h>

#include "graph.h"

struct steps {
	struct path_step *v;
	size_t n, cap;
};

static bool same_loc(const struct xc_loc *a, const struct xc_loc *b)
{
	return a->line == b->line && a->col == b->col && a->file && b->file &&
	       !strcmp(a->file, b->file);
}

static void push_step(struct steps *s, enum step_kind kind, const struct xc_loc *loc,
                      const char *message)
{
	/* A document's path may already hold the call the link adds. */
	if (s->n && s->v[s->n - 1].kind == kind && same_loc(&s->v[s->n - 1].loc, loc))
		return;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	struct path_step *st = &s->v[s->n++];
	memset(st, 0, sizeof(*st));
	st->kind = kind;
	xc_loc_copy(&st->loc, loc);
	st->message = xstrdup(message);
}

static void push_path(struct steps *s, const struct lk_path *path)
{
	for (size_t i = 0; path && i < path->n; i++)
		push_step(s, path->v[i].kind, &path->v[i].loc, path->v[i].message);
}

static void push_hop(struct steps *s, const struct lk_hop *hop)
{
	push_path(s, hop->path);
	if (hop->message)
		push_step(s, STEP_CALL, hop->at, hop->message);
}

/* The hops from the seed to (place, region), seed first. */
static void rebuild(const struct lk_solution *sol, size_t place, int region, struct steps *out)
{
	size_t n = 0, cap = 16;
	const struct lk_hop **hops = xmalloc(cap * sizeof(*hops));
	for (const struct lk_prov *pv = lk_prov_of(sol, place, region); pv;
	     pv = pv->from == LK_NONE ? NULL : lk_prov_of(sol, pv->from, region)) {
		if (n == cap)
			hops = xrealloc(hops, (cap *= 2) * sizeof(*hops));
		hops[n++] = pv->hop;
	}
	while (n-- > 0)
		push_hop(out, hops[n]);
	free(hops);
}

/* One sink reached by one region, as the rules report it. */
struct report {
	const struct lk_graph *g;
	const struct lk_solution *sol;
	const struct lk_sink_ref *ref;
	int region;
	const struct rule *rule;
	optionset need;
	struct finding_list *out;
};

static void finish_path(const struct report *rp, struct steps *s)
{
	const struct lk_use *use = rp->ref->use;
	push_path(s, &use->in.path);
	if (!s->n || s->v[s->n - 1].kind != STEP_SINK) {
		char *msg = xasprintf("reaches %s()", use->sink);
		push_step(s, STEP_SINK, &use->at, msg);
		free(msg);
	}
	if (rp->need) { /* the sink step names the options that made it apply */
		char *opts = rules_option_names(rp->g->p->rs, rp->need);
		char *msg = xasprintf("%s (applies with %s)", s->v[s->n - 1].message, opts);
		free(opts);
		free(s->v[s->n - 1].message);
		s->v[s->n - 1].message = msg;
	}
}

/* A finding at `loc` in function `fn`, its path in `s` (taken). */
static void add(const struct report *rp, const struct xc_loc *loc, const struct lk_function *fn,
                struct steps *s)
{
	const struct rule_set *rs = rp->g->p->rs;
	const struct lk_use *use = rp->ref->use;
	const char *name = rs->regions[rp->region].name;
	struct finding *f = finding_list_add(rp->out);
	f->rule = rp->rule;
	f->message = finding_message(rp->rule->message, name, use->sink);
	f->region = xstrdup(name);
	f->sink = xstrdup(use->sink);
	f->function = xstrdup(fn->name);
	f->function_line = fn->def.line;
	const char *hint = rule_hint(rp->rule, use->family);
	f->hint = hint ? xstrdup(hint) : NULL;
	xc_loc_copy(&f->loc, loc);
	f->loc.end_col = f->loc.col + (unsigned)strlen(use->sink);
	finish_path(rp, s);
	f->steps = s->v;
	f->nsteps = s->n;
}

/* ---- at the wrong callers --------------------------------------------- */

/* The walk back from a parameter sink: the hops from the entry's place
 * to the sink's parameter (innermost last), and the places seen. */
struct walk {
	const struct lk_hop **chain;
	size_t n, cap;
	struct u64map seen;
};

static void entry(const struct report *rp, struct walk *w, size_t from, const struct lk_hop *in)
{
	struct steps s = {0};
	if (from != LK_NONE)
		rebuild(rp->sol, from, rp->region, &s);
	push_hop(&s, in);
	for (size_t k = w->n; k-- > 0;)
		push_hop(&s, w->chain[k]);
	add(rp, in->at, in->caller, &s);
}

static void walk_back(const struct report *rp, struct walk *w, size_t place)
{
	const struct lk_graph *g = rp->g;
	regionset bit = (regionset)1 << rp->region;
	u64map_put(&w->seen, place, 1);
	for (size_t k = g->first_seed[place]; k != LK_NONE; k = g->seeds[k].next_in)
		if (g->seeds[k].region == rp->region && g->seeds[k].hop.at)
			entry(rp, w, LK_NONE, &g->seeds[k].hop);
	for (size_t k = g->first_in[place]; k != LK_NONE; k = g->edges[k].next_in) {
		const struct lk_edge *e = &g->edges[k];
		if (!(e->mask & bit) || !(rp->sol->have[e->from] & bit) || !e->hop.at)
			continue;
		if (!g->is_param[e->from]) {
			entry(rp, w, e->from, &e->hop);
			continue;
		}
		if (u64map_get(&w->seen, e->from) != LK_NONE)
			continue;
		if (w->n == w->cap) {
			w->cap = w->cap ? 2 * w->cap : 16;
			w->chain = xrealloc(w->chain, w->cap * sizeof(*w->chain));
		}
		w->chain[w->n++] = &e->hop;
		walk_back(rp, w, e->from);
		w->n--;
	}
}

/* ---- every sink --------------------------------------------------------- */

static void report_sink(struct report *rp, size_t place)
{
	const struct rule_set *rs = rp->g->p->rs;
	const struct lk_use *use = rp->ref->use;
	rp->rule = rules_for_region(rs, rp->region);
	rp->need = 0;
	if (!rp->rule || rs->regions[rp->region].linear ||
	    !rules_applies(rs, rp->region, rp->rule, use->family,
	                   rp->g->p->docs[rp->ref->fn->doc].options, &rp->need))
		return;
	if (rp->g->is_param[place]) {
		struct walk w = {0};
		walk_back(rp, &w, place);
		free(w.chain);
		u64map_free(&w.seen);
		return;
	}
	struct steps s = {0};
	rebuild(rp->sol, place, rp->region, &s);
	add(rp, &use->at, rp->ref->fn, &s);
}

void lk_emit(const struct lk_graph *g, const struct lk_solution *sol, struct finding_list *out)
{
	struct report rp = {.g = g, .sol = sol, .out = out};
	for (size_t place = 0; place < g->nplaces; place++) {
		if (g->first_sink[place] == LK_NONE || !sol->have[place])
			continue;
		for (int r = 0; r < MAX_REGIONS; r++) {
			if (!(sol->have[place] & ((regionset)1 << r)))
				continue;
			rp.region = r;
			for (size_t k = g->first_sink[place]; k != LK_NONE; k = g->sinks[k].next) {
				rp.ref = &g->sinks[k];
				if (rp.ref->use->in.mask & ((regionset)1 << r))
					report_sink(&rp, place);
			}
		}
	}
}
