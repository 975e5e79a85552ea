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
 * its wrong callers are the bugs), unless there are too many of them or
 * they are too far: then it is one finding at the sink, with one path. */
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

/* A general helper's sink is reported at its wrong calls as long as they
 * are few and near; beyond these bounds it is one finding at the sink. */
#define WALK_PLACES  1024 /* parameters visited back from the sink */
#define WALK_ENTRIES 32   /* wrong calls found */

/* The walk back from a parameter sink, breadth first: each parameter
 * place once, with the hop that leads from it towards the sink
 * (`towards`: its index in `v`, LK_NONE for the sink's own). */
struct node {
	size_t place, towards;
	const struct lk_hop *hop;
};

struct entry_ref {
	size_t node, from; /* from: the non-parameter place, LK_NONE: a seed */
	const struct lk_hop *in;
};

struct walk {
	struct node *v;
	size_t n, cap;
	struct entry_ref *entries;
	size_t nentries;
	struct u64map seen;
};

static void visit(struct walk *w, size_t place, size_t towards, const struct lk_hop *hop)
{
	if (u64map_get(&w->seen, place) != LK_NONE)
		return;
	u64map_put(&w->seen, place, w->n);
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->v = xrealloc(w->v, w->cap * sizeof(*w->v));
	}
	w->v[w->n++] = (struct node){place, towards, hop};
}

static bool add_entry(struct walk *w, size_t node, size_t from, const struct lk_hop *in)
{
	if (w->nentries == WALK_ENTRIES)
		return false;
	w->entries[w->nentries++] = (struct entry_ref){node, from, in};
	return true;
}

/* The in-edges and seeds of node `i`: false when a bound is hit. */
static bool expand(const struct report *rp, struct walk *w, size_t i)
{
	const struct lk_graph *g = rp->g;
	regionset bit = (regionset)1 << rp->region;
	size_t place = w->v[i].place;
	for (size_t k = g->first_seed[place]; k != LK_NONE; k = g->seeds[k].next_in)
		if (g->seeds[k].region == rp->region && g->seeds[k].hop.at &&
		    !add_entry(w, i, LK_NONE, &g->seeds[k].hop))
			return false;
	for (size_t k = g->first_in[place]; k != LK_NONE; k = g->edges[k].next_in) {
		const struct lk_edge *e = &g->edges[k];
		if (!(e->mask & bit) || !(rp->sol->have[e->from] & bit) || !e->hop.at)
			continue;
		if (!g->is_param[e->from] && !add_entry(w, i, e->from, &e->hop))
			return false;
		if (g->is_param[e->from])
			visit(w, e->from, i, &e->hop);
		if (w->n > WALK_PLACES)
			return false;
	}
	return true;
}

/* One finding per wrong call: the region's way to the call, the call,
 * then the hops from parameter to parameter down to the sink. */
static void report_entries(const struct report *rp, const struct walk *w)
{
	for (size_t k = 0; k < w->nentries; k++) {
		const struct entry_ref *en = &w->entries[k];
		struct steps s = {0};
		if (en->from != LK_NONE)
			rebuild(rp->sol, en->from, rp->region, &s);
		push_hop(&s, en->in);
		for (size_t i = en->node; w->v[i].towards != LK_NONE; i = w->v[i].towards)
			push_hop(&s, w->v[i].hop);
		add(rp, en->in->at, en->in->caller, &s);
	}
}

/* False when the bounds were hit (nothing reported then). */
static bool report_at_callers(const struct report *rp, size_t place)
{
	struct walk w = {.entries = xmalloc(WALK_ENTRIES * sizeof(struct entry_ref))};
	visit(&w, place, LK_NONE, NULL);
	bool ok = true;
	for (size_t i = 0; ok && i < w.n; i++)
		ok = expand(rp, &w, i);
	if (ok)
		report_entries(rp, &w);
	free(w.v);
	free(w.entries);
	u64map_free(&w.seen);
	return ok;
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
	if (rp->g->is_param[place] && report_at_callers(rp, place))
		return;
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
