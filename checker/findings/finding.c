/* Finding lists: ownership, deterministic order, deduplication. */
#include "finding.h"

#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "../util.h"

const char *step_kind_name(enum step_kind k)
{
	static const char *const names[] = {
	    [STEP_SOURCE] = "source",
	    [STEP_MACRO] = "macro",
	    [STEP_ASSIGN] = "assignment",
	    [STEP_FIELD_STORE] = "field-store",
	    [STEP_FIELD_LOAD] = "field-load",
	    [STEP_CALL] = "call",
	    [STEP_PARAM] = "parameter",
	    [STEP_RETURN] = "return",
	    [STEP_SINK] = "sink",
	    [STEP_CONSUMER] = "consumer",
	};
	return names[k];
}

struct finding *finding_list_add(struct finding_list *fl)
{
	if (fl->n == fl->cap) {
		fl->cap = fl->cap ? 2 * fl->cap : 16;
		fl->v = xrealloc(fl->v, fl->cap * sizeof(*fl->v));
	}
	struct finding *f = &fl->v[fl->n++];
	memset(f, 0, sizeof(*f));
	return f;
}

void finding_list_move(struct finding_list *to, struct finding_list *from)
{
	for (size_t i = 0; i < from->n; i++)
		*finding_list_add(to) = from->v[i];
	free(from->v);
	*from = (struct finding_list){0};
}

static int strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int compare_key(const struct finding *a, const struct finding *b)
{
	int c = strcmp_null(a->loc.file, b->loc.file);
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	c = strcmp(a->rule->id, b->rule->id);
	if (c)
		return c;
	return strcmp_null(a->region, b->region);
}

static int compare_findings(const void *pa, const void *pb)
{
	const struct finding *a = pa, *b = pb;
	int c = compare_key(a, b);
	if (c)
		return c;
	/* Same site and rule: keep the one with the shortest path first,
	 * then order by text, so the survivor does not depend on -j. */
	if (a->nsteps != b->nsteps)
		return a->nsteps < b->nsteps ? -1 : 1;
	c = strcmp_null(a->message, b->message);
	if (c)
		return c;
	for (size_t i = 0; i < a->nsteps; i++) {
		c = strcmp_null(a->steps[i].message, b->steps[i].message);
		if (c)
			return c;
	}
	return 0;
}

void finding_list_sort_unique(struct finding_list *fl)
{
	if (fl->n == 0)
		return;
	qsort(fl->v, fl->n, sizeof(*fl->v), compare_findings);
	size_t out = 0;
	for (size_t i = 0; i < fl->n; i++) {
		if (out > 0 && compare_key(&fl->v[out - 1], &fl->v[i]) == 0) {
			finding_free(&fl->v[i]);
			continue;
		}
		fl->v[out++] = fl->v[i];
	}
	fl->n = out;
}

static void xc_loc_free(struct xc_loc *l)
{
	free(l->file);
}

void xc_loc_copy(struct xc_loc *to, const struct xc_loc *from)
{
	*to = *from;
	to->file = from->file ? xstrdup(from->file) : NULL;
}

void path_steps_free(struct path_step *steps, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		xc_loc_free(&steps[i].loc);
		free(steps[i].message);
	}
	free(steps);
}

void call_flow_free(struct call_flow *cf)
{
	xc_loc_free(&cf->loc);
	path_steps_free(cf->steps, cf->nsteps);
	memset(cf, 0, sizeof(*cf));
}

void finding_free(struct finding *f)
{
	free(f->message);
	free(f->region);
	free(f->sink);
	free(f->function);
	for (size_t i = 0; i < f->nannotations; i++)
		free(f->annotations[i]);
	free(f->annotations);
	free(f->hint);
	free(f->fix_from);
	free(f->fix_with);
	xc_loc_free(&f->fix_loc);
	xc_loc_free(&f->loc);
	path_steps_free(f->steps, f->nsteps);
	for (size_t k = 0; k < f->nalso; k++)
		call_flow_free(&f->also[k]);
	free(f->also);
	free(f->justification);
	memset(f, 0, sizeof(*f));
}

void finding_list_free(struct finding_list *fl)
{
	for (size_t i = 0; i < fl->n; i++)
		finding_free(&fl->v[i]);
	free(fl->v);
	*fl = (struct finding_list){0};
}

char *finding_message(const char *fmt, const char *region, const char *sink)
{
	struct strbuf sb = {0};
	for (const char *p = fmt; *p; p++) {
		if (p[0] == '%' && p[1] == 'r') {
			sb_append(&sb, region);
			p++;
		} else if (p[0] == '%' && p[1] == 's') {
			sb_append(&sb, sink);
			p++;
		} else {
			sb_appendn(&sb, p, 1);
		}
	}
	return sb_steal(&sb);
}

/* The key a finding is deduplicated by (finding_list_sort_unique). */
static char *site_key(const struct finding *f)
{
	return xasprintf("%s\n%u\n%u\n%s\n%s", f->loc.file ? f->loc.file : "", f->loc.line,
	                 f->loc.col, f->rule->id, f->region ? f->region : "");
}

void finding_list_drop_known(struct finding_list *fl, const struct finding_list *known)
{
	struct strvec keys = {0};
	struct strmap seen = {0};
	for (size_t i = 0; i < known->n; i++) {
		strvec_push_owned(&keys, site_key(&known->v[i]));
		strmap_add(&seen, keys.v[keys.n - 1], i);
	}
	size_t out = 0;
	for (size_t i = 0; i < fl->n; i++) {
		char *key = site_key(&fl->v[i]);
		if (strmap_get(&seen, key) != STRMAP_NONE)
			finding_free(&fl->v[i]);
		else
			fl->v[out++] = fl->v[i];
		free(key);
	}
	fl->n = out;
	strmap_free(&seen);
	strvec_free(&keys);
}
