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

static void carry_over_absent(struct report_model *m, struct sarif_input *in,
                              struct old_result *old, struct line_hashes *lh)
{
	const struct rule *rule = NULL;
	for (int r = 0; r < m->nrules && !rule; r++)
		if (!strcmp(m->rules[r].id, old->f->rule->id))
			rule = &m->rules[r];
	if (!rule) /* the rule is gone: nothing can report it any more */
		return;
	struct finding *f = finding_list_add(&m->absent);
	*f = *old->f;
	memset(old->f, 0, sizeof(*old->f));
	f->rule = rule;
	f->baseline = BASELINE_ABSENT;
	reroot(&f->loc.file, in->srcroot, m->srcroot);
	for (size_t s = 0; s < f->nsteps; s++)
		reroot(&f->steps[s].loc.file, in->srcroot, m->srcroot);
	if (old->line_hash)
		line_hash_record(lh, f->loc.file, f->loc.line, old->line_hash);
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

	char **fp = fingerprints_compute(m, &m->findings);
	for (size_t i = 0; i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		f->baseline = BASELINE_NEW;
		for (size_t j = 0; j < nold && f->baseline == BASELINE_NEW; j++)
			if (!old[j].matched && old[j].fingerprint &&
			    !strcmp(old[j].fingerprint, fp[i]))
				match(f, &old[j]);
	}
	for (size_t i = 0; i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		const char *rel = report_relative(m, f->loc.file);
		const char *hash = line_hash_get(lh, f->loc.file, f->loc.line);
		for (size_t j = 0; j < nold && f->baseline == BASELINE_NEW && rel && hash; j++)
			if (!old[j].matched && old[j].line_hash && old[j].rel &&
			    !strcmp(old[j].line_hash, hash) && !strcmp(old[j].rel, rel) &&
			    !strcmp(old[j].f->rule->id, f->rule->id))
				match(f, &old[j]);
	}
	fingerprints_free(fp, m->findings.n);

	for (size_t j = 0; j < nold; j++)
		if (!old[j].matched)
			carry_over_absent(m, &in, &old[j], lh);
	free(old);
	sarif_input_free(&in);
	return true;
}
