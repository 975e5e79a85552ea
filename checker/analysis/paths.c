/* Findings and paths: where a non-linear value reaches a sink, the steps
 * that explain how, and how a callee's path continues a caller's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "eval.h"

int add_finding(struct fctx *cx, const struct rule *rule, int region, const struct sink_rule *sink,
                const char *sink_name, const struct xc_loc *loc, const struct step *path)
{
	struct engine *e = cx->e;
	for (int i = 0; i < e->nfindings; i++) {
		struct internal_finding *f = &e->findings[i];
		if (f->region == region && f->loc.file == loc->file && f->loc.line == loc->line &&
		    f->loc.col == loc->col)
			return i;
	}
	if (e->nfindings == e->capfindings) {
		e->capfindings = e->capfindings ? 2 * e->capfindings : 16;
		e->findings = xrealloc(e->findings, (size_t)e->capfindings * sizeof(*e->findings));
	}
	struct internal_finding *f = &e->findings[e->nfindings];
	memset(f, 0, sizeof(*f));
	f->rule = rule;
	f->region = region;
	f->sink_name = str_keep(e, sink_name);
	f->family = sink->family;
	f->loc = *loc;
	f->path = step_keep(e, path);
	f->function = cx->fn;
	return e->nfindings++;
}

const struct step *new_step(struct engine *e, enum step_kind kind, const struct xc_loc *loc,
                            const char *msg, const struct step *prev)
{
	struct step *s = arena_alloc(&e->arena, sizeof(*s));
	s->kind = kind;
	s->loc = *loc;
	s->message = msg;
	s->prev = prev;
	return s;
}

/* `tail` (a path that starts with its own PARAM step) re-linked after
 * `head`: how a callee's internal path continues a caller's. */
const struct step *chain(struct engine *e, const struct step *head, const struct step *tail)
{
	size_t n;
	const struct step **v = path_steps(tail, &n);
	const struct step *out = head;
	for (size_t i = 0; i < n; i++)
		out = new_step(e, v[i]->kind, &v[i]->loc, v[i]->message, out);
	free(v);
	return out;
}

void record_param_sink(struct fctx *cx, const struct taint *t, const struct sink_rule *sink,
                       const char *sink_name, const struct xc_loc *loc, const struct step *path)
{
	for (struct param_sink *ps = cx->s->sinks; ps; ps = ps->next)
		if (ps->kind == t->kind && ps->param == (int)t->bit && ps->sink == sink &&
		    ps->loc.line == loc->line && ps->loc.col == loc->col &&
		    ps->loc.file == loc->file)
			return;
	struct param_sink *ps = arena_alloc(&cx->e->keep, sizeof(*ps));
	ps->kind = t->kind;
	ps->param = (int)t->bit;
	ps->mask = t->mask;
	ps->sink = sink;
	ps->sink_name = str_keep(cx->e, sink_name);
	ps->path = step_keep(cx->e, path);
	ps->loc = *loc;
	ps->next = cx->s->sinks;
	cx->s->sinks = ps;
}

/* The sink as it is written.  A translation matched inside the body of a
 * sink macro written in the source (x86-64's __pa() reaches the function
 * __phys_addr() or __phys_addr_nodebug(), virt_to_page() reaches it through
 * __pa(), dma_map_single() is a call of dma_map_single_attrs()) starts
 * where that macro's name is written, and is named, and hinted, by it:
 * the innermost rule macro being evaluated, when the sink's location is
 * that macro's own (a sink written in one of its arguments starts there).
 * A wrapper macro the rules compute is named by the listed one it reaches,
 * as eval_macro() names it. */
static const struct macro_info *written_sink(const struct fctx *cx, const struct sink_rule *sink,
                                             const struct xc_loc *loc)
{
	const struct frame *f = cx->frame;
	if (!f || !f->x)
		return NULL;
	const struct expansion *x = f->x;
	const struct macro_info *m = x->macro;
	if (m->role != MACRO_SINK || !m->sink || m->sink->consumer != sink->consumer ||
	    x->loc.line != loc->line || x->loc.col != loc->col || !x->loc.file || !loc->file ||
	    strcmp(x->loc.file, loc->file))
		return NULL;
	return m;
}

/* A value reaches a linear-only translation: report its non-linear
 * regions, and return the physical address it yields (phys taints name
 * the findings, so a fixmap mapping it can be named in them). */
value check_sink(struct fctx *cx, const struct sink_rule *sink, const char *sink_name,
                 const struct xc_loc *loc, value arg)
{
	struct engine *e = cx->e;
	if (cx->silent)
		return NULL;
	const struct macro_info *m = written_sink(cx, sink, loc);
	if (m) {
		sink = m->sink;
		sink_name = m->via ? m->via : m->name;
		if (m->via)
			arg = val_step(
			    e, arg, STEP_MACRO, loc,
			    arena_printf(&e->arena, "%s() expands to %s()", m->name, m->via));
	}
	const char *msg = arena_printf(&e->arena, "reaches %s()", sink_name);
	if (sink->consumer) {
		for (value t = arg; t; t = t->next)
			if (t->kind == TAINT_PHYS && !e->findings[t->finding].consumer) {
				e->findings[t->finding].consumer = str_keep(e, sink_name);
				e->findings[t->finding].consumer_loc = *loc;
			}
		return NULL;
	}
	value out = NULL;
	for (value t = arg; t; t = t->next) {
		if (taint_symbolic(t)) {
			record_param_sink(cx, t, sink, sink_name, loc,
			                  new_step(e, STEP_SINK, loc, msg, t->path));
			continue;
		}
		if (t->kind != TAINT_REGION || !(e->nonlinear & (1u << t->bit)))
			continue;
		const struct rule *rule = rules_for_region(e->rs, t->bit);
		int idx = add_finding(cx, rule, t->bit, sink, sink_name, loc,
		                      new_step(e, STEP_SINK, loc, msg, t->path));
		struct taint phys = {.kind = TAINT_PHYS, .bit = t->bit, .finding = idx};
		out = val_union(e, out, val_single(e, &phys));
	}
	/* val_union copies the taints it keeps, so a stack taint is safe. */
	return out;
}
