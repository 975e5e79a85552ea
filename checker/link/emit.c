/* The link's findings: every (sink, region) pair the fixpoint reaches and
 * the rules report under the sink TU's options becomes one finding at the
 * sink as written, worded as the per-TU analysis words it (the rule's
 * message, hint and family), with the whole path rebuilt from the
 * provenance chain: the source and its steps in one file, each call the
 * region crossed (with its own file:line), then the steps to the sink. */
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
	/* A document's path may already end with the call the link adds. */
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
	while (n-- > 0) {
		push_path(out, hops[n]->path);
		if (hops[n]->message)
			push_step(out, STEP_CALL, hops[n]->at, hops[n]->message);
	}
	free(hops);
}

static void finish_path(struct finding *f, const struct lk_use *use, struct steps *s,
                        const struct rule_set *rs, optionset need)
{
	push_path(s, &use->in.path);
	if (!s->n || s->v[s->n - 1].kind != STEP_SINK) {
		char *msg = xasprintf("reaches %s()", use->sink);
		push_step(s, STEP_SINK, &use->at, msg);
		free(msg);
	}
	if (need) { /* the sink step names the options that made it apply */
		char *opts = rules_option_names(rs, need);
		char *msg = xasprintf("%s (applies with %s)", s->v[s->n - 1].message, opts);
		free(opts);
		free(s->v[s->n - 1].message);
		s->v[s->n - 1].message = msg;
	}
	f->steps = s->v;
	f->nsteps = s->n;
}

static void emit_one(const struct lk_graph *g, const struct lk_solution *sol, size_t place,
                     int region, const struct lk_sink_ref *ref, struct finding_list *out)
{
	const struct rule_set *rs = g->p->rs;
	const struct rule *rule = rules_for_region(rs, region);
	const struct lk_use *use = ref->use;
	optionset need = 0;
	if (!rule || rs->regions[region].linear ||
	    !rules_applies(rs, region, rule, use->family, g->p->docs[ref->fn->doc].options, &need))
		return;
	const char *name = rs->regions[region].name;
	struct finding *f = finding_list_add(out);
	f->rule = rule;
	f->message = finding_message(rule->message, name, use->sink);
	f->region = xstrdup(name);
	f->sink = xstrdup(use->sink);
	f->function = xstrdup(ref->fn->name);
	f->function_line = ref->fn->def.line;
	const char *hint = rule_hint(rule, use->family);
	f->hint = hint ? xstrdup(hint) : NULL;
	xc_loc_copy(&f->loc, &use->at);
	f->loc.end_col = f->loc.col + (unsigned)strlen(use->sink);
	struct steps s = {0};
	rebuild(sol, place, region, &s);
	finish_path(f, use, &s, rs, need);
}

void lk_emit(const struct lk_graph *g, const struct lk_solution *sol, struct finding_list *out)
{
	for (size_t place = 0; place < g->nplaces; place++) {
		if (g->first_sink[place] == LK_NONE || !sol->have[place])
			continue;
		for (int r = 0; r < MAX_REGIONS; r++) {
			if (!(sol->have[place] & ((regionset)1 << r)))
				continue;
			for (size_t k = g->first_sink[place]; k != LK_NONE; k = g->sinks[k].next)
				if (g->sinks[k].use->in.mask & ((regionset)1 << r))
					emit_one(g, sol, place, r, &g->sinks[k], out);
		}
	}
}
