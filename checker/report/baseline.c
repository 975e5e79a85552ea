/* --baseline OLD.sarif: which findings are new.  A finding matches an old
 * result with the same xlatcheck fingerprint (stable across line shifts);
 * failing that, with the same rule, file and primaryLocationLineHash
 * (stable when only the message changed).  Matched results are unchanged,
 * or updated when their message or path changed; old results nothing
 * matched are carried over as absent.
 *
 * Call paths count too (docs/design.md, "Grouping"): a grouped result
 * that matched is new when one of its paths is in no old result (a new
 * wrong caller of a helper that was already reported), and a result that
 * did not match is updated, not new, when every one of its paths is in an
 * old result and it or one of those is grouped (the same bugs, grouped
 * otherwise). */
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

struct old_result {
	struct finding *f;
	const char *fingerprint, *line_hash;
	const char *rel; /* path below the old srcroot */
	bool matched;
};

/* Equal but for line numbers: a path that only moved is unchanged. */
static bool same_text(const char *a, const char *b)
{
	char *na = normalise_numbers(a), *nb = normalise_numbers(b);
	bool same = !strcmp(na, nb);
	free(na);
	free(nb);
	return same;
}

static bool same_path(const struct finding *a, const struct finding *b)
{
	if (!same_text(a->message, b->message) || a->nsteps != b->nsteps)
		return false;
	for (size_t i = 0; i < a->nsteps; i++)
		if (!same_text(a->steps[i].message, b->steps[i].message))
			return false;
	return true;
}

static void match(struct finding *f, struct old_result *old)
{
	old->matched = true;
	f->baseline = same_path(f, old->f) ? BASELINE_UNCHANGED : BASELINE_UPDATED;
}

/* Moves a path from the old tree's root to the current one, so a result
 * recorded on another machine names the same file here. */
static void reroot(char **file, const char *old_root, const char *new_root)
{
	const char *rel = old_root ? path_below(*file, old_root) : NULL;
	if (!rel)
		return;
	char *moved = path_absolute(new_root, rel);
	free(*file);
	*file = moved;
}

static void carry_over_absent(struct report_model *m, const struct strmap *rule_ids,
                              struct sarif_input *in, struct old_result *old,
                              struct line_hashes *lh)
{
	size_t r = strmap_get(rule_ids, old->f->rule->id);
	if (r == STRMAP_NONE) /* the rule is gone: nothing can report it any more */
		return;
	struct finding *f = finding_list_add(&m->absent);
	*f = *old->f;
	memset(old->f, 0, sizeof(*old->f));
	f->rule = &m->rules[r];
	f->baseline = BASELINE_ABSENT;
	reroot(&f->loc.file, in->srcroot, m->srcroot);
	for (size_t s = 0; s < f->nsteps; s++)
		reroot(&f->steps[s].loc.file, in->srcroot, m->srcroot);
	if (old->line_hash)
		line_hash_record(lh, f->loc.file, f->loc.line, old->line_hash);
}

/* Old results by key, each key's results in their order: `first` maps a
 * key to its first result, next[j] chains the others.  Matching is then
 * linear in the number of results, not quadratic. */
struct old_index {
	struct strmap first;
	struct strvec keys;
	size_t *next, *last;
};

static void old_index_add(struct old_index *ix, char *key, size_t j)
{
	size_t head = strmap_get(&ix->first, key);
	ix->next[j] = STRMAP_NONE;
	if (head == STRMAP_NONE) {
		strvec_push_owned(&ix->keys, key);
		strmap_add(&ix->first, key, j);
		ix->last[j] = j;
	} else {
		ix->next[ix->last[head]] = j;
		ix->last[head] = j;
		free(key);
	}
}

/* The first unmatched old result with `key`, or NULL. */
static struct old_result *old_index_find(const struct old_index *ix, struct old_result *old,
                                         const char *key)
{
	for (size_t j = strmap_get(&ix->first, key); j != STRMAP_NONE; j = ix->next[j])
		if (!old[j].matched)
			return &old[j];
	return NULL;
}

static void old_index_free(struct old_index *ix)
{
	strmap_free(&ix->first);
	strvec_free(&ix->keys);
	free(ix->next);
	free(ix->last);
}

static char *line_key(const char *rel, const char *hash, const char *rule_id)
{
	return xasprintf("%s\n%s\n%s", rel, hash, rule_id);
}

static void match_all(struct report_model *m, struct old_result *old, size_t nold,
                      struct line_hashes *lh)
{
	struct old_index by_fp = {.next = xcalloc(nold, sizeof(size_t)),
	                          .last = xcalloc(nold, sizeof(size_t))};
	struct old_index by_line = {.next = xcalloc(nold, sizeof(size_t)),
	                            .last = xcalloc(nold, sizeof(size_t))};
	for (size_t j = 0; j < nold; j++) {
		if (old[j].fingerprint)
			old_index_add(&by_fp, xstrdup(old[j].fingerprint), j);
		if (old[j].line_hash && old[j].rel)
			old_index_add(&by_line,
			              line_key(old[j].rel, old[j].line_hash, old[j].f->rule->id),
			              j);
	}
	char **fp = fingerprints_compute(m, &m->findings);
	for (size_t i = 0; i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		struct old_result *o = old_index_find(&by_fp, old, fp[i]);
		f->baseline = BASELINE_NEW;
		if (o)
			match(f, o);
	}
	for (size_t i = 0; i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		const char *rel = report_relative(m, f->loc.file);
		const char *hash = f->baseline == BASELINE_NEW && rel
		                       ? line_hash_get(lh, f->loc.file, f->loc.line)
		                       : NULL;
		if (!hash)
			continue;
		char *key = line_key(rel, hash, f->rule->id);
		struct old_result *o = old_index_find(&by_line, old, key);
		free(key);
		if (o)
			match(f, o);
	}
	fingerprints_free(fp, m->findings.n);
	old_index_free(&by_fp);
	old_index_free(&by_line);
}

/* Every call path of the old results, by identity. */
struct old_flow {
	uint64_t id;
	size_t owner; /* index in the old results */
	bool used;
};

static int old_flow_cmp(const void *pa, const void *pb)
{
	const struct old_flow *a = pa, *b = pb;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return a->owner < b->owner ? -1 : a->owner > b->owner;
}

static struct old_flow *old_flows(const struct report_model *m, const struct sarif_input *in,
                                  struct old_result *old, size_t nold, size_t *n)
{
	size_t cap = 0;
	for (size_t j = 0; j < nold; j++)
		cap += 1 + old[j].f->nalso;
	struct old_flow *v = xcalloc(cap + 1, sizeof(*v));
	*n = 0;
	for (size_t j = 0; j < nold; j++) {
		const struct finding *f = old[j].f;
		v[(*n)++] = (struct old_flow){flow_identity(m, f, in->srcroot, f->steps, f->nsteps),
		                              j, false};
		for (size_t k = 0; k < f->nalso; k++)
			v[(*n)++] = (struct old_flow){
			    flow_identity(m, f, in->srcroot, f->also[k].steps, f->also[k].nsteps),
			    j, false};
	}
	if (*n)
		qsort(v, *n, sizeof(*v), old_flow_cmp);
	return v;
}

/* An unused old path with that identity, now used; NULL when none. */
static struct old_flow *take_flow(struct old_flow *v, size_t n, uint64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n && v[lo].id == id; lo++)
		if (!v[lo].used) {
			v[lo].used = true;
			return &v[lo];
		}
	return NULL;
}

/* Takes the finding's paths from the pool; true when every one was there.
 * `all_or_none`: when one is missing, none stays taken. */
static bool take_paths(const struct report_model *m, struct finding *f, struct old_flow *v,
                       size_t n, bool all_or_none, struct old_flow **taken)
{
	size_t ntaken = 0;
	bool all = true;
	for (size_t k = 0; k <= f->nalso; k++) {
		const struct path_step *st = k ? f->also[k - 1].steps : f->steps;
		size_t ns = k ? f->also[k - 1].nsteps : f->nsteps;
		struct old_flow *o = take_flow(v, n, flow_identity(m, f, NULL, st, ns));
		if (o)
			taken[ntaken++] = o;
		else if (k && !all_or_none)
			f->also[k - 1].is_new = true;
		all &= o != NULL;
	}
	if (!all && all_or_none)
		for (size_t t = 0; t < ntaken; t++)
			taken[t]->used = false;
	return all;
}

/* Only a change of grouping turns a result that matched nothing into an
 * updated one: it is grouped, or so was an old result of its paths. */
static bool regrouped(const struct finding *f, const struct old_result *old,
                      struct old_flow *const *taken)
{
	bool any = f->nalso > 0;
	for (size_t k = 0; k <= f->nalso && !any; k++)
		any = old[taken[k]->owner].f->nalso > 0;
	return any;
}

static void match_paths(struct report_model *m, const struct sarif_input *in,
                        struct old_result *old, size_t nold)
{
	size_t n, most = 0;
	struct old_flow *v = old_flows(m, in, old, nold, &n);
	for (size_t i = 0; i < m->findings.n; i++)
		most = m->findings.v[i].nalso + 1 > most ? m->findings.v[i].nalso + 1 : most;
	struct old_flow **taken = xcalloc(most + 1, sizeof(*taken));
	bool *unmatched = xcalloc(m->findings.n + 1, sizeof(*unmatched));
	for (size_t i = 0; i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		unmatched[i] = f->baseline == BASELINE_NEW;
		if (!unmatched[i] && !take_paths(m, f, v, n, false, taken) && f->nalso)
			f->baseline = BASELINE_NEW;
	}
	for (size_t i = 0; i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		if (!unmatched[i] || !f->nsteps || !take_paths(m, f, v, n, true, taken))
			continue;
		if (!regrouped(f, old, taken)) {
			for (size_t k = 0; k <= f->nalso; k++)
				taken[k]->used = false;
			continue;
		}
		f->baseline = BASELINE_UPDATED;
		for (size_t k = 0; k <= f->nalso; k++)
			old[taken[k]->owner].matched = true;
		for (size_t k = 0; k < f->nalso; k++)
			f->also[k].is_new = false;
	}
	free(unmatched);
	free(taken);
	free(v);
}

bool baseline_apply(struct report_model *m, const char *path, struct line_hashes *lh)
{
	struct sarif_input in;
	if (!sarif_read(path, "baseline", &in))
		return false;
	m->baseline_given = true;

	size_t nold = 0;
	struct old_result *old = xcalloc(in.findings.n, sizeof(*old));
	for (size_t j = 0; j < in.findings.n; j++) {
		struct finding *f = &in.findings.v[j];
		if (f->baseline == BASELINE_ABSENT) /* already gone last time */
			continue;
		old[nold++] = (struct old_result){
		    .f = f,
		    .fingerprint = in.fingerprints[j],
		    .line_hash = in.line_hashes[j],
		    .rel = in.srcroot ? path_below(f->loc.file, in.srcroot) : NULL,
		};
	}
	match_all(m, old, nold, lh);
	match_paths(m, &in, old, nold);

	struct strmap rule_ids = {0};
	for (int r = 0; r < m->nrules; r++)
		strmap_add(&rule_ids, m->rules[r].id, (size_t)r);
	for (size_t j = 0; j < nold; j++)
		if (!old[j].matched)
			carry_over_absent(m, &rule_ids, &in, &old[j], lh);
	strmap_free(&rule_ids);
	free(old);
	sarif_input_free(&in);
	return true;
}
