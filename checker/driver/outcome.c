/* A TU's outcome as bytes, from a worker process to the driver (run.c).
 * Both ends are the same binary with the same rule set (the worker is a
 * fork), so the encoding is plain: native-endian 32-bit numbers, strings
 * as a length (UINT32_MAX for NULL) and their bytes, a finding's rule as
 * its index in the rule set.  The decoder still checks every length
 * against what is left: a worker that died mid-write gives a short
 * message, and that must read as "no outcome", never as garbage. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "outcome.h"

/* A new field in these structs must be carried here too: this fails to
 * compile until it is (update the sizes with the encoder).  The fix fields
 * (fix_from, fix_with, fix_loc) and the grouped call paths (also, nalso)
 * are not: the report stage fills them. */
static_assert(sizeof(void *) != 8 || sizeof(struct finding) == 192,
              "struct finding changed: update outcome.c");
static_assert(sizeof(void *) != 8 || sizeof(struct path_step) == 40,
              "struct path_step changed: update outcome.c");
static_assert(sizeof(void *) != 8 || sizeof(struct notice) == 32,
              "struct notice changed: update outcome.c");
static_assert(sizeof(void *) != 8 || sizeof(struct tu_outcome) == 128,
              "struct tu_outcome changed: update outcome.c");

#define NO_STRING UINT32_MAX

static void put_u32(struct strbuf *sb, uint32_t v)
{
	sb_appendn(sb, (const char *)&v, sizeof(v));
}

static void put_str(struct strbuf *sb, const char *s)
{
	if (!s) {
		put_u32(sb, NO_STRING);
		return;
	}
	size_t n = strlen(s);
	put_u32(sb, (uint32_t)n);
	sb_appendn(sb, s, n);
}

static void put_loc(struct strbuf *sb, const struct xc_loc *l)
{
	put_str(sb, l->file);
	put_u32(sb, l->line);
	put_u32(sb, l->col);
	put_u32(sb, l->end_line);
	put_u32(sb, l->end_col);
}

static void put_strvec(struct strbuf *sb, const struct strvec *sv)
{
	put_u32(sb, (uint32_t)sv->n);
	for (size_t i = 0; i < sv->n; i++)
		put_str(sb, sv->v[i]);
}

static void put_finding(struct strbuf *sb, const struct rule_set *rs, const struct finding *f)
{
	put_u32(sb, f->rule ? (uint32_t)(f->rule - rs->rules) : NO_STRING);
	put_str(sb, f->message);
	put_str(sb, f->region);
	put_str(sb, f->sink);
	put_str(sb, f->function);
	put_u32(sb, f->function_line);
	put_u32(sb, (uint32_t)f->nannotations);
	for (size_t i = 0; i < f->nannotations; i++)
		put_str(sb, f->annotations[i]);
	put_str(sb, f->hint);
	put_loc(sb, &f->loc);
	put_u32(sb, (uint32_t)f->nsteps);
	for (size_t i = 0; i < f->nsteps; i++) {
		put_u32(sb, (uint32_t)f->steps[i].kind);
		put_u32(sb, f->steps[i].sites);
		put_loc(sb, &f->steps[i].loc);
		put_str(sb, f->steps[i].message);
	}
	put_u32(sb, (uint32_t)f->suppression);
	put_str(sb, f->justification);
	put_u32(sb, (uint32_t)f->baseline);
	put_u32(sb, f->suppression_line);
}

static void put_notice(struct strbuf *sb, const struct notice *n)
{
	put_str(sb, n->id);
	put_str(sb, n->level);
	put_str(sb, n->text);
	put_str(sb, n->file);
}

void outcome_encode(struct strbuf *sb, const struct rule_set *rs, const struct tu_outcome *o)
{
	put_u32(sb, (uint32_t)o->result.status);
	put_u32(sb, o->result.nerrors);
	put_str(sb, o->result.first_error);
	put_u32(sb, o->summaries_failed);
	put_strvec(sb, &o->rejected_flags);
	put_strvec(sb, &o->diagnostics);
	put_u32(sb, (uint32_t)o->findings.n);
	for (size_t i = 0; i < o->findings.n; i++)
		put_finding(sb, rs, &o->findings.v[i]);
	put_u32(sb, (uint32_t)o->notices.n);
	for (size_t i = 0; i < o->notices.n; i++)
		put_notice(sb, &o->notices.v[i]);
}

/* ---- decoding ------------------------------------------------------ */

struct reader {
	const char *p, *end;
	bool bad;
};

static uint32_t get_u32(struct reader *r)
{
	uint32_t v = 0;
	if (r->bad || (size_t)(r->end - r->p) < sizeof(v)) {
		r->bad = true;
		return 0;
	}
	memcpy(&v, r->p, sizeof(v));
	r->p += sizeof(v);
	return v;
}

static char *get_str(struct reader *r)
{
	uint32_t n = get_u32(r);
	if (n == NO_STRING || r->bad)
		return NULL;
	if ((size_t)(r->end - r->p) < n) {
		r->bad = true;
		return NULL;
	}
	char *s = xstrndup(r->p, n);
	r->p += n;
	return s;
}

/* A count of items that each take at least `min_bytes`: bounded by what
 * is left, so a corrupt count cannot ask for gigabytes. */
static uint32_t get_count(struct reader *r, size_t min_bytes)
{
	uint32_t n = get_u32(r);
	if ((size_t)(r->end - r->p) / min_bytes < n) {
		r->bad = true;
		return 0;
	}
	return n;
}

static void get_loc(struct reader *r, struct xc_loc *l)
{
	l->file = get_str(r);
	l->line = get_u32(r);
	l->col = get_u32(r);
	l->end_line = get_u32(r);
	l->end_col = get_u32(r);
}

static void get_strvec(struct reader *r, struct strvec *sv)
{
	uint32_t n = get_count(r, 4);
	for (uint32_t i = 0; i < n && !r->bad; i++) {
		char *s = get_str(r);
		strvec_push_owned(sv, s ? s : xstrdup(""));
	}
}

static void get_finding(struct reader *r, const struct rule_set *rs, struct finding *f)
{
	uint32_t rule = get_u32(r);
	if (rule != NO_STRING && rule >= (uint32_t)rs->nrules)
		r->bad = true;
	f->rule = rule == NO_STRING || r->bad ? NULL : &rs->rules[rule];
	f->message = get_str(r);
	f->region = get_str(r);
	f->sink = get_str(r);
	f->function = get_str(r);
	f->function_line = get_u32(r);
	uint32_t na = get_count(r, 4);
	f->annotations = xcalloc(na, sizeof(*f->annotations));
	for (; f->nannotations < na && !r->bad; f->nannotations++)
		f->annotations[f->nannotations] = get_str(r);
	f->hint = get_str(r);
	get_loc(r, &f->loc);
	uint32_t ns = get_count(r, 32);
	f->steps = xcalloc(ns, sizeof(*f->steps));
	for (; f->nsteps < ns && !r->bad; f->nsteps++) {
		f->steps[f->nsteps].kind = (enum step_kind)get_u32(r);
		f->steps[f->nsteps].sites = get_u32(r);
		get_loc(r, &f->steps[f->nsteps].loc);
		f->steps[f->nsteps].message = get_str(r);
	}
	f->suppression = (enum suppression_kind)get_u32(r);
	f->justification = get_str(r);
	f->baseline = (enum baseline_state)get_u32(r);
	f->suppression_line = get_u32(r);
	/* Anything a reporter dereferences must be there. */
	if (!f->rule || !f->message || !f->loc.file)
		r->bad = true;
	for (size_t i = 0; i < f->nsteps; i++)
		if (f->steps[i].kind > STEP_CONSUMER || !f->steps[i].message ||
		    !f->steps[i].loc.file)
			r->bad = true;
}

static void get_notice(struct reader *r, struct notice_list *nl)
{
	char *id = get_str(r), *level = get_str(r), *text = get_str(r), *file = get_str(r);
	if (id && level && text)
		notice_add(nl, id, level, text, file);
	else
		r->bad = true;
	free(id);
	free(level);
	free(text);
	free(file);
}

bool outcome_decode(const char *data, size_t len, const struct rule_set *rs, struct tu_outcome *o)
{
	struct reader r = {data, data + len, false};
	o->result.status = (enum tu_status)get_u32(&r);
	o->result.nerrors = get_u32(&r);
	o->result.first_error = get_str(&r);
	o->summaries_failed = get_u32(&r) != 0;
	get_strvec(&r, &o->rejected_flags);
	get_strvec(&r, &o->diagnostics);
	uint32_t n = get_count(&r, 64);
	for (uint32_t i = 0; i < n && !r.bad; i++)
		get_finding(&r, rs, finding_list_add(&o->findings));
	uint32_t nn = get_count(&r, 16);
	for (uint32_t i = 0; i < nn && !r.bad; i++)
		get_notice(&r, &o->notices);
	if (o->result.status > TU_INTERNAL_ERROR || r.p != r.end)
		r.bad = true;
	return !r.bad;
}

void outcome_free(struct tu_outcome *o)
{
	finding_list_free(&o->findings);
	free(o->result.first_error);
	o->result.first_error = NULL;
	strvec_free(&o->rejected_flags);
	strvec_free(&o->diagnostics);
	notice_list_free(&o->notices);
	o->findings = (struct finding_list){0};
}
