/* --baseline OLD.sarif: which findings are new.  A finding matches an old
 * result with the same xlatcheck fingerprint (stable across line shifts);
 * failing that, with the same rule, file and primaryLocationLineHash
 * (stable when only the message changed).  Matched results are unchanged,
 * or updated when their message or path changed; old results nothing
 * matched are carried over as absent. */
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
