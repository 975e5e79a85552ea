/* The link's graph, built once from the program's documents in time and
 * space linear in their size: places are numbered (parameters, returns,
 * TU inputs, one cell per field or global USR), calls are resolved through
 * hash maps keyed by interned USRs (a call in a TU that defines the callee
 * reaches that definition, a static one included; any other reaches the
 * external definitions of that USR; a call through a slot reaches every
 * function whose address is stored into it), and each taint of a
 * document becomes a seed (a concrete region), an edge (an input flowing
 * on) or a sink reference.  No pair of documents is ever compared. */
#include <stdlib.h>
#include <string.h>

#include "graph.h"

/* ---- u64map ----------------------------------------------------------- */

static size_t u64_slot(const struct u64map *m, uint64_t key)
{
	uint64_t h = key * UINT64_C(0x9e3779b97f4a7c15);
	size_t j = (size_t)(h ^ (h >> 29)) & (m->cap - 1);
	while (m->values[j] != LK_NONE && m->keys[j] != key)
		j = (j + 1) & (m->cap - 1);
	return j;
}

size_t u64map_get(const struct u64map *m, uint64_t key)
{
	return m->cap ? m->values[u64_slot(m, key)] : LK_NONE;
}

void u64map_put(struct u64map *m, uint64_t key, size_t value)
{
	if (2 * (m->n + 1) > m->cap) {
		struct u64map bigger = {.cap = m->cap ? 2 * m->cap : 256, .n = m->n};
		bigger.keys = xcalloc(bigger.cap, sizeof(*bigger.keys));
		bigger.values = xmalloc(bigger.cap * sizeof(*bigger.values));
		memset(bigger.values, 0xff, bigger.cap * sizeof(*bigger.values));
		for (size_t i = 0; i < m->cap; i++)
			if (m->values[i] != LK_NONE) {
				size_t j = u64_slot(&bigger, m->keys[i]);
				bigger.keys[j] = m->keys[i];
				bigger.values[j] = m->values[i];
			}
		u64map_free(m);
		*m = bigger;
	}
	size_t j = u64_slot(m, key);
	m->n += m->values[j] == LK_NONE;
	m->keys[j] = key;
	m->values[j] = value;
}

void u64map_free(struct u64map *m)
{
	free(m->keys);
	free(m->values);
	*m = (struct u64map){0};
}

/* ---- building --------------------------------------------------------- */

/* What building needs besides the graph: the callee indexes. */
struct builder {
	struct lk_graph *g;
	struct u64map in_doc; /* (doc, usr) -> the function the TU defines */
	size_t *first_ext;    /* per usr: external definitions ... */
	size_t *next_ext;     /* ... chained per function */
	struct u64map slot_seen;
	size_t *first_slot;        /* per slot usr: into slot_fns */
	struct lk_sink_ref *slots; /* reused shape: fn, next */
	size_t nslots, capslots;
	struct strvec messages; /* the hops' messages, freed with the graph */
};

#define GROW(v, n, cap)                                                                            \
	do {                                                                                       \
		if ((n) == (cap)) {                                                                \
			(cap) = (cap) ? 2 * (cap) : 256;                                           \
			(v) = xrealloc((v), (cap) * sizeof(*(v)));                                 \
		}                                                                                  \
	} while (0)

static uint64_t pair(size_t a, size_t b)
{
	return ((uint64_t)a << 32) ^ (uint64_t)b;
}

static void number_places(struct lk_graph *g, const struct link_program *p)
{
	size_t next = 0;
	g->param_base = xcalloc(p->nfns + 1, sizeof(size_t));
	g->ret = xcalloc(p->nfns + 1, sizeof(size_t));
	g->input_base = xcalloc(p->ndocs + 1, sizeof(size_t));
	for (size_t f = 0; f < p->nfns; f++) {
		g->param_base[f] = next;
		next += p->fns[f].nparams;
		g->ret[f] = next++;
	}
	for (size_t d = 0; d < p->ndocs; d++) {
		g->input_base[d] = next;
		next += p->docs[d].ninputs;
	}
	g->cell_base = next;
	g->nplaces = next + p->names.v.n;
	g->is_param = xcalloc(g->nplaces + 1, sizeof(bool));
	for (size_t f = 0; f < p->nfns; f++)
		for (size_t i = 0; i < p->fns[f].nparams; i++)
			g->is_param[g->param_base[f] + i] = true;
	g->first_edge = xmalloc(g->nplaces * sizeof(size_t));
	g->first_sink = xmalloc(g->nplaces * sizeof(size_t));
	g->first_in = xmalloc(g->nplaces * sizeof(size_t));
	g->first_seed = xmalloc(g->nplaces * sizeof(size_t));
	memset(g->first_in, 0xff, g->nplaces * sizeof(size_t));
	memset(g->first_seed, 0xff, g->nplaces * sizeof(size_t));
	memset(g->first_edge, 0xff, g->nplaces * sizeof(size_t));
	memset(g->first_sink, 0xff, g->nplaces * sizeof(size_t));
}

static void index_functions(struct builder *b, const struct link_program *p)
{
	size_t nn = p->names.v.n;
	b->first_ext = xmalloc((nn + 1) * sizeof(size_t));
	b->next_ext = xmalloc((p->nfns + 1) * sizeof(size_t));
	memset(b->first_ext, 0xff, (nn + 1) * sizeof(size_t));
	/* Backwards, so each chain lists its functions in document order. */
	for (size_t f = p->nfns; f-- > 0;) {
		const struct lk_function *fn = &p->fns[f];
		u64map_put(&b->in_doc, pair(fn->doc, fn->usr), f);
		b->next_ext[f] = LK_NONE;
		if (fn->is_static)
			continue;
		b->next_ext[f] = b->first_ext[fn->usr];
		b->first_ext[fn->usr] = f;
	}
}

/* The functions a call to `usr` in document `doc` reaches: calls `fn` on
 * each. */
static void each_callee(struct builder *b, size_t doc, size_t usr,
                        void (*fn)(struct builder *b, size_t callee, void *ctx), void *ctx)
{
	size_t own = u64map_get(&b->in_doc, pair(doc, usr));
	if (own != LK_NONE) {
		fn(b, own, ctx);
		return;
	}
	for (size_t f = b->first_ext[usr]; f != LK_NONE; f = b->next_ext[f])
		fn(b, f, ctx);
}

static void add_to_slot(struct builder *b, size_t callee, void *ctx)
{
	size_t slot = *(size_t *)ctx;
	uint64_t key = pair(slot, callee);
	if (u64map_get(&b->slot_seen, key) != LK_NONE)
		return;
	u64map_put(&b->slot_seen, key, 1);
	GROW(b->slots, b->nslots, b->capslots);
	b->slots[b->nslots] = (struct lk_sink_ref){.next = b->first_slot[slot]};
	b->slots[b->nslots].use = NULL;
	b->slots[b->nslots].fn = &b->g->p->fns[callee];
	b->first_slot[slot] = b->nslots++;
}

static void index_slots(struct builder *b, const struct link_program *p)
{
	size_t nn = p->names.v.n;
	b->first_slot = xmalloc((nn + 1) * sizeof(size_t));
	memset(b->first_slot, 0xff, (nn + 1) * sizeof(size_t));
	for (size_t d = 0; d < p->ndocs; d++)
		for (size_t t = 0; t < p->docs[d].ntaken; t++) {
			size_t slot = p->docs[d].taken[t].slot;
			each_callee(b, d, p->docs[d].taken[t].function, add_to_slot, &slot);
		}
}

/* ---- edges, seeds, sinks ------------------------------------------------ */

static void add_edge(struct lk_graph *g, size_t from, size_t to, regionset mask, struct lk_hop hop)
{
	GROW(g->edges, g->nedges, g->capedges);
	g->edges[g->nedges] =
	    (struct lk_edge){to, mask, hop, g->first_edge[from], from, g->first_in[to]};
	g->first_edge[from] = g->nedges;
	g->first_in[to] = g->nedges++;
}

static void add_seed(struct lk_graph *g, size_t to, int region, struct lk_hop hop)
{
	GROW(g->seeds, g->nseeds, g->capseeds);
	g->seeds[g->nseeds] = (struct lk_seed){to, region, hop, g->first_seed[to]};
	g->first_seed[to] = g->nseeds++;
}

/* The place an input taint of function `f` (LK_NONE: top level) of
 * document `doc` reads. */
static size_t input_place(const struct lk_graph *g, size_t doc, size_t f, const struct lk_taint *t)
{
	return t->is_param ? g->param_base[f] + t->input : g->input_base[doc] + t->input;
}

/* Taint `t` flows into place `to` (restricted to `mask`) over `hop`. */
static void flow(struct lk_graph *g, size_t doc, size_t f, const struct lk_taint *t, size_t to,
                 regionset mask, struct lk_hop hop)
{
	hop.path = &t->path;
	if (t->region >= 0) {
		if (mask & ((regionset)1 << t->region))
			add_seed(g, to, t->region, hop);
		return;
	}
	add_edge(g, input_place(g, doc, f, t), to, mask & t->mask, hop);
}

static void flow_value(struct lk_graph *g, size_t doc, size_t f, const struct lk_value *v,
                       size_t to, regionset mask, struct lk_hop hop)
{
	for (size_t i = 0; i < v->n; i++)
		flow(g, doc, f, &v->v[i], to, mask, hop);
}

static char *keep_message(struct builder *b, char *msg)
{
	strvec_push_owned(&b->messages, msg);
	return msg;
}

/* The call step a hop adds, as the per-TU analysis words it. */
static char *call_message(const struct lk_call *c, const struct lk_function *to, size_t arg)
{
	if (c->via)
		return xasprintf("%s() registers %s(), which receives it", c->via, to->name);
	if (c->slot)
		return xasprintf("passed to %s() through '%s' as argument %zu", to->name, c->name,
		                 arg + 1);
	return xasprintf("passed to %s() as argument %zu", to->name, arg + 1);
}

/* A call of function `caller` reaching `callee`: its arguments into the
 * callee's parameters, its result from what the callee returns. */
struct call_ctx {
	size_t caller;
	const struct lk_call *call;
};

/* Whether argument taint `t` of call `c` is followed into the callee.  A
 * parameter passed on through a function pointer is not: the call resolves
 * to every function the program stores in that slot (or registers that
 * way), and the parameter to everything every caller passes, so together
 * they join unrelated objects (on the whole x86_64 tree, kobject_put() of
 * any object reached every ktype's release function through kref_put(): 914
 * of 1,581 linked findings were such joins).  A region, a global, a field
 * or a call's result passed through it is followed, and so is a parameter
 * passed to a function by name. */
static bool follows(const struct lk_call *c, const struct lk_taint *t)
{
	return !(c->slot || c->via) || !t->is_param || t->region >= 0;
}

static void connect_call(struct builder *b, size_t callee, void *ctx)
{
	struct lk_graph *g = b->g;
	const struct call_ctx *cc = ctx;
	const struct lk_call *c = cc->call;
	const struct lk_function *to = &g->p->fns[callee];
	const struct lk_function *from = &g->p->fns[cc->caller];
	size_t doc = g->p->fns[cc->caller].doc;
	for (size_t i = 0; i < c->nargs && i < to->nparams; i++) {
		if (!c->args[i].n)
			continue;
		struct lk_hop hop = {NULL, &c->at, keep_message(b, call_message(c, to, i)), from};
		for (size_t k = 0; k < c->args[i].n; k++)
			if (follows(c, &c->args[i].v[k]))
				flow(g, doc, cc->caller, &c->args[i].v[k],
				     g->param_base[callee] + i, ~(regionset)0, hop);
	}
	if (c->result == LK_NONE)
		return;
	size_t result = g->input_base[doc] + c->result;
	struct lk_hop ret = {NULL, &c->at, keep_message(b, xasprintf("%s() returns it", to->name)),
	                     from};
	add_edge(g, g->ret[callee], result, ~(regionset)0, ret);
	for (size_t k = 0; k < to->returns.n; k++) {
		const struct lk_taint *rt = &to->returns.v[k];
		if (rt->region >= 0 || !rt->is_param || rt->input >= c->nargs)
			continue;
		struct lk_hop through = {
		    NULL, &c->at, keep_message(b, xasprintf("passed through %s()", to->name)),
		    from};
		flow_value(g, doc, cc->caller, &c->args[rt->input], result, rt->mask, through);
	}
}

static void connect_calls(struct builder *b, size_t f)
{
	const struct lk_function *fn = &b->g->p->fns[f];
	for (size_t k = 0; k < fn->ncalls; k++) {
		const struct lk_call *c = &fn->calls[k];
		struct call_ctx cc = {f, c};
		if (!c->slot) {
			each_callee(b, fn->doc, c->callee, connect_call, &cc);
			continue;
		}
		for (size_t s = b->first_slot[c->callee]; s != LK_NONE; s = b->slots[s].next)
			connect_call(b, (size_t)(b->slots[s].fn - b->g->p->fns), &cc);
	}
}

static void add_sink(struct lk_graph *g, size_t place, const struct lk_function *fn,
                     const struct lk_use *use)
{
	GROW(g->sinks, g->nsinks, g->capsinks);
	g->sinks[g->nsinks] = (struct lk_sink_ref){fn, use, g->first_sink[place]};
	g->first_sink[place] = g->nsinks++;
}

/* A field's USR (clang: `c:@S@ring@FI@buf`), not a global's. */
static bool is_field(const char *usr)
{
	return strstr(usr, "@FI@") != NULL;
}

static void connect_function(struct builder *b, size_t f)
{
	struct lk_graph *g = b->g;
	const struct lk_function *fn = &g->p->fns[f];
	for (size_t k = 0; k < fn->returns.n; k++)
		if (fn->returns.v[k].region >= 0 || !fn->returns.v[k].is_param)
			flow(g, fn->doc, f, &fn->returns.v[k], g->ret[f], ~(regionset)0,
			     (struct lk_hop){0});
	for (size_t k = 0; k < fn->nsinks; k++)
		add_sink(g, input_place(g, fn->doc, f, &fn->sinks[k].in), fn, &fn->sinks[k]);
	/* A parameter or input stored into a field is not followed: a field is
	 * one cell for the whole program, and a setter called with everything
	 * the program passes it would taint every object of that type (on
	 * i386 mm/ this alone made 180 false findings: slab::freelist,
	 * folio::mapping).  Concrete stores into fields, and every store into a
	 * global, are. */
	for (size_t k = 0; k < fn->nstores; k++)
		if (!is_field(g->p->names.v.v[fn->stores[k].target]))
			flow(g, fn->doc, f, &fn->stores[k].in, g->cell_base + fn->stores[k].target,
			     ~(regionset)0, (struct lk_hop){0});
	connect_calls(b, f);
}

/* The typed cells of each `void *` slot (docs/summaries.md, "Slots"):
 * the cells its documents store into with a type. */
struct typed_cells {
	struct u64map seen;  /* (usr, cell) */
	size_t *first;       /* per usr: into next/cell */
	size_t *next, *cell; /* chained */
	size_t n, cap;
};

static void index_typed(struct typed_cells *tc, const struct link_program *p)
{
	tc->first = xmalloc((p->names.v.n + 1) * sizeof(size_t));
	memset(tc->first, 0xff, (p->names.v.n + 1) * sizeof(size_t));
	for (size_t d = 0; d < p->ndocs; d++)
		for (size_t k = 0; k < p->docs[d].nstores; k++) {
			const struct lk_top_store *s = &p->docs[d].stores[k];
			if (s->cell == s->target ||
			    u64map_get(&tc->seen, pair(s->target, s->cell)) != LK_NONE)
				continue;
			u64map_put(&tc->seen, pair(s->target, s->cell), 1);
			if (tc->n == tc->cap) {
				tc->cap = tc->cap ? 2 * tc->cap : 64;
				tc->next = xrealloc(tc->next, tc->cap * sizeof(size_t));
				tc->cell = xrealloc(tc->cell, tc->cap * sizeof(size_t));
			}
			tc->cell[tc->n] = s->cell;
			tc->next[tc->n] = tc->first[s->target];
			tc->first[s->target] = tc->n++;
		}
}

static void free_typed(struct typed_cells *tc)
{
	u64map_free(&tc->seen);
	free(tc->first);
	free(tc->next);
	free(tc->cell);
}

/* A read of a field or global: its cell; a slot read as a type, also that
 * type's cell; a slot read as no known type, every typed cell too. */
static void connect_input(struct lk_graph *g, const struct typed_cells *tc, size_t d, size_t i)
{
	const struct lk_input *in = &g->p->docs[d].inputs[i];
	size_t to = g->input_base[d] + i;
	add_edge(g, g->cell_base + in->usr, to, ~(regionset)0, (struct lk_hop){0});
	if (in->kind != LK_FIELD)
		return;
	if (in->cell != in->usr) {
		add_edge(g, g->cell_base + in->cell, to, ~(regionset)0, (struct lk_hop){0});
		return;
	}
	for (size_t t = tc->first[in->usr]; t != LK_NONE; t = tc->next[t])
		add_edge(g, g->cell_base + tc->cell[t], to, ~(regionset)0, (struct lk_hop){0});
}

static void connect_doc(struct lk_graph *g, const struct typed_cells *tc, size_t d)
{
	const struct lk_doc *doc = &g->p->docs[d];
	for (size_t k = 0; k < doc->nstores; k++)
		flow_value(g, d, LK_NONE, &doc->stores[k].value, g->cell_base + doc->stores[k].cell,
		           ~(regionset)0, (struct lk_hop){0});
	for (size_t i = 0; i < doc->ninputs; i++)
		if (doc->inputs[i].kind != LK_RESULT)
			connect_input(g, tc, d, i);
}

void lk_graph_build(struct lk_graph *g, const struct link_program *p)
{
	memset(g, 0, sizeof(*g));
	g->p = p;
	number_places(g, p);
	struct builder b = {.g = g};
	index_functions(&b, p);
	index_slots(&b, p);
	struct typed_cells tc = {0};
	index_typed(&tc, p);
	for (size_t d = 0; d < p->ndocs; d++)
		connect_doc(g, &tc, d);
	free_typed(&tc);
	for (size_t f = 0; f < p->nfns; f++)
		connect_function(&b, f);
	u64map_free(&b.in_doc);
	u64map_free(&b.slot_seen);
	free(b.first_ext);
	free(b.next_ext);
	free(b.first_slot);
	free(b.slots);
	/* The messages live as long as the graph: the edges point at them. */
	g->messages = b.messages;
}

void lk_graph_free(struct lk_graph *g)
{
	free(g->param_base);
	free(g->ret);
	free(g->input_base);
	free(g->first_edge);
	free(g->edges);
	free(g->first_sink);
	free(g->first_in);
	free(g->first_seed);
	free(g->is_param);
	free(g->sinks);
	free(g->seeds);
	strvec_free(&g->messages);
	memset(g, 0, sizeof(*g));
}
