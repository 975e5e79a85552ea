/* One root cause, one result.  Findings that reach one sink through the
 * same callee parameter from several call sites are one bug when every
 * call of that callee passes non-linear memory: they become one result at
 * the sink (the line to fix), whose paths are its code flows.  When some
 * calls pass linear memory the callee is a general helper, right for
 * those, and the bug is in each wrong caller: the findings stay there.
 *
 * Decided inside out along the call chain of each finding (the calls
 * whose next step arrives in a parameter, from the finding's own call to
 * the function holding the sink).  For the innermost callee, the findings
 * sharing the path from its parameter on are one group; when their
 * distinct call sites into it are all its call sites (path_step.sites,
 * counted by analysis/callsites.c, 0 when unknown) and at least two, the
 * group is one result at the sink.  Otherwise the group splits by that
 * call site, and the same test is made one level out, on the function
 * that makes the call: a group there is one result at that call (the
 * caller that passes non-linear memory to a general helper).  A finding
 * that is its own call site stays as it was.  docs/design.md, "Grouping". */
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

struct chain {
	size_t *call; /* step indices of the calls into parameters, outermost first */
	size_t m;
	size_t sink; /* step index of the sink */
};

static bool same_place(const struct xc_loc *a, const struct xc_loc *b)
{
	return a->line == b->line && a->col == b->col && a->file && b->file &&
	       !strcmp(a->file, b->file);
}

static bool call_into_param(const struct path_step *s, size_t n, size_t k)
{
	return k + 1 < n && s[k].kind == STEP_CALL && s[k + 1].kind == STEP_PARAM;
}

const struct xc_loc *flow_call_site(const struct path_step *steps, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (call_into_param(steps, n, k))
			return &steps[k].loc;
	return n ? &steps[0].loc : NULL;
}

/* The finding's call chain, from its own location inwards; m = 0 when it
 * is not reported at a call into a parameter (nothing to group). */
static struct chain chain_of(const struct finding *f)
{
	struct chain c = {0};
	size_t k0 = f->nsteps;
	for (size_t k = 0; k < f->nsteps && k0 == f->nsteps; k++)
		if (call_into_param(f->steps, f->nsteps, k) &&
		    same_place(&f->steps[k].loc, &f->loc))
			k0 = k;
	for (size_t k = 0; k < f->nsteps; k++)
		if (f->steps[k].kind == STEP_SINK)
			c.sink = k;
	if (k0 == f->nsteps || c.sink <= k0 || f->nalso)
		return c;
	c.call = xcalloc(f->nsteps, sizeof(*c.call));
	for (size_t k = k0; k < c.sink; k++)
		if (call_into_param(f->steps, f->nsteps, k))
			c.call[c.m++] = k;
	return c;
}

struct member {
	size_t i; /* index in the input list */
	struct chain c;
	char *key;
};

struct grouping {
	struct finding_list *in;
	struct finding_list out;
	struct member *mem;
};

/* What the members of a group at depth d share: rule, region, sink and
 * the path from the parameter of the d-th callee from the sink on. */
static char *key_at(const struct finding *f, const struct chain *c, size_t d)
{
	struct strbuf sb = {0};
	sb_printf(&sb, "%s\n%s\n%s\n", f->rule->id, f->region ? f->region : "",
	          f->sink ? f->sink : "");
	for (size_t k = c->call[c->m - d] + 1; k < f->nsteps; k++) {
		const struct path_step *s = &f->steps[k];
		sb_printf(&sb, "%d %s:%u:%u %s\n", (int)s->kind, s->loc.file, s->loc.line,
		          s->loc.col, s->message);
	}
	return sb_steal(&sb);
}

static const struct xc_loc *site_at(const struct grouping *g, const struct member *mb, size_t d)
{
	return &g->in->v[mb->i].steps[mb->c.call[mb->c.m - d]].loc;
}

static int loc_cmp(const struct xc_loc *a, const struct xc_loc *b)
{
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->col < b->col ? -1 : a->col > b->col;
}

/* qsort has no context: members sort by key, then by input order (which
 * is file, line, column). */
static int member_cmp(const void *pa, const void *pb)
{
	const struct member *a = *(struct member *const *)pa, *b = *(struct member *const *)pb;
	int c = strcmp(a->key, b->key);
	return c ? c : (a->i < b->i ? -1 : a->i > b->i);
}

static void emit_single(struct grouping *g, const struct member *mb)
{
	*finding_list_add(&g->out) = g->in->v[mb->i];
	memset(&g->in->v[mb->i], 0, sizeof(g->in->v[mb->i]));
}

/* One result for the members: at `where`, the first member's path first,
 * the others' as further code flows in call-site order. */
static void emit_group(struct grouping *g, struct member **mb, size_t n, const struct xc_loc *where)
{
	struct xc_loc at;
	xc_loc_copy(&at, where);
	struct finding *r = finding_list_add(&g->out);
	*r = g->in->v[mb[0]->i];
	memset(&g->in->v[mb[0]->i], 0, sizeof(g->in->v[mb[0]->i]));
	free(r->loc.file);
	r->loc = at;
	/* The result is in another function than the first caller's: no
	 * function-level suppression or name of the caller applies. */
	free(r->function);
	r->function = NULL;
	r->function_line = 0;
	for (size_t k = 0; k < r->nannotations; k++)
		free(r->annotations[k]);
	free(r->annotations);
	r->annotations = NULL;
	r->nannotations = 0;
	r->also = xcalloc(n - 1, sizeof(*r->also));
	for (size_t k = 1; k < n; k++) {
		struct finding *f = &g->in->v[mb[k]->i];
		r->also[r->nalso++] =
		    (struct call_flow){.loc = f->loc, .steps = f->steps, .nsteps = f->nsteps};
		f->loc.file = NULL;
		f->steps = NULL;
		f->nsteps = 0;
		finding_free(f);
	}
}

static void group_at(struct grouping *g, struct member **mb, size_t n, size_t d);

/* One group at depth d: one result, or split by the call site. */
static void decide(struct grouping *g, struct member **mb, size_t n, size_t d)
{
	unsigned sites = UINT32_MAX;
	size_t distinct = 0;
	for (size_t k = 0; k < n; k++) {
		const struct finding *f = &g->in->v[mb[k]->i];
		unsigned s = f->steps[mb[k]->c.call[mb[k]->c.m - d]].sites;
		sites = s < sites ? s : sites;
		distinct += k == 0 || loc_cmp(site_at(g, mb[k - 1], d), site_at(g, mb[k], d));
	}
	if (distinct >= 2 && sites == distinct) {
		const struct member *m0 = mb[0];
		const struct finding *f0 = &g->in->v[m0->i];
		emit_group(g, mb, n,
		           d == 1 ? &f0->steps[m0->c.sink].loc
		                  : &f0->steps[m0->c.call[m0->c.m - d + 1]].loc);
		return;
	}
	/* Split by the call site into the d-th callee; a member reported at
	 * that very call stays as it is, the others go one level out. */
	struct member **rest = xcalloc(n, sizeof(*rest));
	for (size_t a = 0; a < n;) {
		size_t b = a + 1, nrest = 0;
		while (b < n && !loc_cmp(site_at(g, mb[a], d), site_at(g, mb[b], d)))
			b++;
		for (size_t k = a; k < b; k++) {
			if (mb[k]->c.m == d)
				emit_single(g, mb[k]);
			else
				rest[nrest++] = mb[k];
		}
		if (nrest)
			group_at(g, rest, nrest, d + 1);
		a = b;
	}
	free(rest);
}

/* Members sorted by key at depth d, then call site, then input order. */
static void group_at(struct grouping *g, struct member **mb, size_t n, size_t d)
{
	for (size_t k = 0; k < n; k++) {
		free(mb[k]->key);
		const struct finding *f = &g->in->v[mb[k]->i];
		char *key = key_at(f, &mb[k]->c, d);
		const struct xc_loc *s = site_at(g, mb[k], d);
		mb[k]->key = xasprintf("%s\n%s:%010u:%010u", key, s->file, s->line, s->col);
		free(key);
	}
	qsort(mb, n, sizeof(*mb), member_cmp);
	for (size_t a = 0; a < n;) {
		size_t b = a + 1;
		size_t cut = strrchr(mb[a]->key, '\n') - mb[a]->key;
		while (b < n && !strncmp(mb[a]->key, mb[b]->key, cut + 1))
			b++;
		decide(g, mb + a, b - a, d);
		a = b;
	}
}

static int site_key_cmp(const void *pa, const void *pb)
{
	const struct finding *a = pa, *b = pb;
	int c = loc_cmp(&a->loc, &b->loc);
	if (!c)
		c = strcmp(a->rule->id, b->rule->id);
	if (!c)
		c = strcmp(a->region ? a->region : "", b->region ? b->region : "");
	/* grouped results first, so the other joins them */
	return c ? c : (a->nalso < b->nalso) - (a->nalso > b->nalso);
}

static bool same_site(const struct finding *a, const struct finding *b)
{
	return !loc_cmp(&a->loc, &b->loc) && !strcmp(a->rule->id, b->rule->id) &&
	       !strcmp(a->region ? a->region : "", b->region ? b->region : "");
}

/* A grouped result and a finding reported at the same sink (the callee
 * also passes a region of its own there) are one result: the finding's
 * path joins the flows.  Two grouped results at one place come from one
 * file analysed twice: one is kept. */
static void join_same_site(struct finding_list *fl)
{
	if (fl->n < 2)
		return;
	qsort(fl->v, fl->n, sizeof(*fl->v), site_key_cmp);
	size_t out = 0;
	for (size_t i = 0; i < fl->n; i++) {
		struct finding *keep = out ? &fl->v[out - 1] : NULL, *f = &fl->v[i];
		bool same = keep && keep->nalso && same_site(keep, f);
		if (!same) {
			fl->v[out++] = *f;
			continue;
		}
		if (!f->nalso) {
			keep->also = xrealloc(keep->also, (keep->nalso + 1) * sizeof(*keep->also));
			struct call_flow *cf = &keep->also[keep->nalso++];
			*cf = (struct call_flow){.steps = f->steps, .nsteps = f->nsteps};
			const struct xc_loc *site = flow_call_site(f->steps, f->nsteps);
			xc_loc_copy(&cf->loc, site ? site : &f->loc);
			f->steps = NULL;
			f->nsteps = 0;
		}
		finding_free(f);
	}
	fl->n = out;
}

void group_findings(struct finding_list *fl)
{
	struct grouping g = {.in = fl};
	g.mem = xcalloc(fl->n + 1, sizeof(*g.mem));
	struct member **todo = xcalloc(fl->n + 1, sizeof(*todo));
	size_t nt = 0;
	for (size_t i = 0; i < fl->n; i++) {
		g.mem[i] = (struct member){.i = i, .c = chain_of(&fl->v[i])};
		if (g.mem[i].c.m)
			todo[nt++] = &g.mem[i];
	}
	if (nt)
		group_at(&g, todo, nt, 1);
	for (size_t i = 0; i < fl->n; i++) {
		if (!g.mem[i].c.m)
			emit_single(&g, &g.mem[i]);
		free(g.mem[i].c.call);
		free(g.mem[i].key);
	}
	free(todo);
	free(g.mem);
	finding_list_free(fl);
	*fl = g.out;
	join_same_site(fl);
}
