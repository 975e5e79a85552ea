/* `xlatcheck merge DIR|FILE... [-o OUT]`: one SARIF run from the per-TU
 * files of a Kbuild run (--sarif-dir).  A finding in a header inline that
 * many TUs saw is reported once; rules, artifacts and notifications are
 * united; the result is sorted, so neither the order of the inputs nor
 * make -j changes a byte.  Baseline, --fail-on and external suppressions
 * work as on a direct run. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "output.h"
#include "report_private.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

/* Every input file: FILE as given, DIR's *.sarif files; sorted.  A temp
 * file the output writer left in DIR means a run was killed while writing
 * its per-TU file: its name goes to `unfinished`. */
static bool collect_files(const struct strvec *inputs, struct strvec *files,
                          struct strvec *unfinished)
{
	for (size_t i = 0; i < inputs->n; i++) {
		const char *in = inputs->v[i];
		if (!path_is_dir(in)) {
			strvec_push(files, in);
			continue;
		}
		DIR *d = opendir(in);
		if (!d) {
			error_msg("cannot read directory: %s: %s", in, strerror(errno));
			return false;
		}
		for (struct dirent *de; (de = readdir(d));) {
			if (output_is_temp_name(de->d_name, ".sarif"))
				strvec_push_owned(unfinished, xasprintf("%s/%s", in, de->d_name));
			else if (de->d_name[0] != '.' && has_suffix(de->d_name, ".sarif"))
				strvec_push_owned(files, xasprintf("%s/%s", in, de->d_name));
		}
		closedir(d);
	}
	/* An empty directory is a run that checked nothing (C=1 on a built
	 * tree): an empty, valid log and a warning, not a failed CI step. */
	if (!files->n && !unfinished->n) {
		warning_msg("no SARIF files to merge in %s: writing an empty run (C=1 checks only "
		            "recompiled files; use C=2)",
		            inputs->v[0]);
		return true;
	}
	if (files->n)
		qsort(files->v, files->n, sizeof(*files->v), cmp_str);
	if (unfinished->n)
		qsort(unfinished->v, unfinished->n, sizeof(*unfinished->v), cmp_str);
	return true;
}

/* Each leftover temp file is a TU whose result is missing: an error
 * notification, and the run did not execute successfully. */
static void note_unfinished(struct report_model *m, const struct strvec *unfinished)
{
	for (size_t i = 0; i < unfinished->n; i++) {
		char *text = xasprintf("a per-TU SARIF file was never finished (the run writing it "
		                       "was killed?); that TU's results are missing: %s",
		                       unfinished->v[i]);
		notice_add(&m->notices, "tu-unfinished", "error", text, NULL);
		error_msg("unfinished per-TU SARIF file (a run was killed while writing it): %s",
		          unfinished->v[i]);
		free(text);
		m->execution_successful = false;
	}
}

/* The union of the inputs' rules by id, in rule-set order (every per-TU
 * file of one run lists the same rules in the same order). */
struct rule_ref {
	const struct rule *rule;
};

static int rule_ref_cmp(const void *pa, const void *pb)
{
	const struct rule *a = ((const struct rule_ref *)pa)->rule;
	const struct rule *b = ((const struct rule_ref *)pb)->rule;
	if (a->index != b->index)
		return a->index < b->index ? -1 : 1;
	return strcmp(a->id, b->id);
}

static void rule_clone(struct rule *to, const struct rule *from)
{
#define DUP(field) to->field = from->field ? xstrdup(from->field) : NULL
	DUP(id);
	DUP(name);
	DUP(short_description);
	DUP(full_description);
	DUP(help_text);
	DUP(help_markdown);
	DUP(level);
	DUP(precision);
	DUP(security_severity);
#undef DUP
	to->tags = xcalloc((size_t)from->ntags, sizeof(*to->tags));
	for (int i = 0; i < from->ntags; i++)
		to->tags[i] = xstrdup(from->tags[i]);
	to->ntags = from->ntags;
}

static int merge_rules(struct sarif_input *in, size_t nin, struct rule **out, struct strmap *ids)
{
	size_t n = 0;
	for (size_t i = 0; i < nin; i++)
		n += (size_t)in[i].nrules;
	struct rule_ref *refs = xcalloc(n, sizeof(*refs));
	n = 0;
	for (size_t i = 0; i < nin; i++)
		for (int r = 0; r < in[i].nrules; r++)
			refs[n++].rule = &in[i].rules[r];
	if (n)
		qsort(refs, n, sizeof(*refs), rule_ref_cmp);
	struct rule *rules = xcalloc(n, sizeof(*rules));
	int nrules = 0;
	for (size_t k = 0; k < n; k++) {
		if (strmap_get(ids, refs[k].rule->id) != STRMAP_NONE)
			continue;
		rule_clone(&rules[nrules], refs[k].rule);
		rules[nrules].index = nrules;
		strmap_add(ids, rules[nrules].id, (size_t)nrules);
		nrules++;
	}
	free(refs);
	*out = rules;
	return nrules;
}

static int cmp_str_null_last(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	if (!x || !y)
		return (x == NULL) - (y == NULL);
	return strcmp(x, y);
}

/* Moves everything the inputs hold into the model. */
static void merge_inputs(struct report_model *m, const struct strmap *ids, struct sarif_input *in,
                         size_t nin, struct line_hashes *lh)
{
	struct source_cache *src = source_cache_new();
	for (size_t i = 0; i < nin; i++) {
		for (size_t k = 0; k < in[i].findings.n; k++) {
			struct finding *f = &in[i].findings.v[k];
			f->rule = &m->rules[strmap_get(ids, f->rule->id)];
			finding_columns_from_utf16(src, f);
			if (in[i].line_hashes[k])
				line_hash_record(lh, f->loc.file, f->loc.line,
				                 in[i].line_hashes[k]);
		}
		size_t moved = in[i].findings.n;
		finding_list_move(&m->findings, &in[i].findings);
		/* The fingerprint arrays still count the moved findings. */
		fingerprints_free(in[i].fingerprints, moved);
		fingerprints_free(in[i].line_hashes, moved);
		in[i].fingerprints = in[i].line_hashes = NULL;
		for (size_t t = 0; t < in[i].targets.n; t++)
			strvec_push(&m->targets, in[i].targets.v[t]);
		for (size_t t = 0; t < in[i].notices.n; t++) {
			const struct notice *nt = &in[i].notices.v[t];
			notice_add(&m->notices, nt->id, nt->level, nt->text, nt->file);
		}
		m->execution_successful &= in[i].execution_successful;
	}
	if (m->targets.n)
		qsort(m->targets.v, m->targets.n, sizeof(char *), cmp_str);
	source_cache_free(src);
}

/* The root the inputs name; the smallest if they differ, for determinism. */
static char *inputs_srcroot(struct sarif_input *in, size_t nin, const char *cwd)
{
	char **roots = xcalloc(nin, sizeof(*roots));
	for (size_t i = 0; i < nin; i++)
		roots[i] = in[i].srcroot;
	qsort(roots, nin, sizeof(*roots), cmp_str_null_last);
	char *root = xstrdup(nin && roots[0] ? roots[0] : cwd);
	free(roots);
	return root;
}

static const char *inputs_automation_id(struct sarif_input *in, size_t nin)
{
	char **ids = xcalloc(nin, sizeof(*ids));
	for (size_t i = 0; i < nin; i++)
		ids[i] = in[i].automation_id;
	qsort(ids, nin, sizeof(*ids), cmp_str_null_last);
	const char *id = nin ? ids[0] : NULL;
	free(ids);
	return id;
}

/* `xlatcheck link`: the rules of the rule set that no input lists (no
 * per-TU SARIF was given), after the inputs'. */
static int add_missing_rules(const struct rule_set *rs, struct rule **rules, int nrules,
                             struct strmap *ids)
{
	*rules = xrealloc(*rules, ((size_t)nrules + (size_t)rs->nrules + 1) * sizeof(**rules));
	for (int r = 0; r < rs->nrules; r++) {
		if (strmap_get(ids, rs->rules[r].id) != STRMAP_NONE)
			continue;
		memset(&(*rules)[nrules], 0, sizeof(**rules));
		rule_clone(&(*rules)[nrules], &rs->rules[r]);
		(*rules)[nrules].index = nrules;
		strmap_add(ids, (*rules)[nrules].id, (size_t)nrules);
		nrules++;
	}
	return nrules;
}

/* The link's findings join the inputs': each points at the merged rule of
 * its id, and one the per-TU SARIF already holds (same site, rule and
 * region) is left out. */
static void attach_linked(struct report_model *m, const struct strmap *ids,
                          struct finding_list *linked)
{
	for (size_t i = 0; i < linked->n; i++)
		linked->v[i].rule = &m->rules[strmap_get(ids, linked->v[i].rule->id)];
	finding_list_drop_known(linked, &m->findings);
	finding_list_move(&m->findings, linked);
}

int merge_run(const struct report_options *opt, const struct strvec *inputs)
{
	return merge_run_linked(opt, inputs, NULL, NULL);
}

int merge_run_linked(const struct report_options *opt, const struct strvec *inputs,
                     const struct rule_set *rs, struct finding_list *linked)
{
	struct report_options o = *opt;
	struct strvec files = {0}, unfinished = {0};
	if (!report_check_paths(&o) || (inputs->n && !collect_files(inputs, &files, &unfinished))) {
		strvec_free(&files);
		strvec_free(&unfinished);
		return EXIT_USAGE;
	}
	struct sarif_input *in = xcalloc(files.n, sizeof(*in));
	size_t nin = 0;
	bool ok = true;
	for (; ok && nin < files.n; nin++)
		ok = sarif_read(files.v[nin], "SARIF input", &in[nin]);
	int rc = EXIT_USAGE;
	if (ok) {
		struct rule *rules;
		struct strmap ids = {0};
		int nrules = merge_rules(in, nin, &rules, &ids);
		if (rs)
			nrules = add_missing_rules(rs, &rules, nrules, &ids);
		char *cwd = path_absolute(NULL, ".");
		struct report_model m = {
		    .rules = rules,
		    .nrules = nrules,
		    .srcroot =
		        o.srcroot ? path_absolute(cwd, o.srcroot) : inputs_srcroot(in, nin, cwd),
		    .cwd = cwd,
		    .execution_successful = true,
		};
		if (!o.automation_id)
			o.automation_id = inputs_automation_id(in, nin);
		/* Files the inputs name are hashed only below the root the user
		 * gave (else the working directory), never below a root that
		 * an input names. */
		struct line_hashes *lh = line_hashes_new();
		line_hashes_allow(lh, o.srcroot ? m.srcroot : cwd);
		merge_inputs(&m, &ids, in, nin, lh);
		if (linked)
			attach_linked(&m, &ids, linked);
		note_unfinished(&m, &unfinished);
		suppress_drop_used_stale(&m.findings);
		finding_list_sort_unique(&m.findings);
		rc = report_finish(&o, &m, false, lh);
		/* As in a direct run, a TU that was not analysed is an input
		 * error, whatever --fail-on says about findings. */
		if (rc != EXIT_USAGE && !m.execution_successful) {
			error_msg("not every TU was analysed (see the SARIF notifications): %s",
			          inputs->n ? inputs->v[0] : "?");
			rc = EXIT_USAGE;
		}
		line_hashes_free(lh);
		report_model_free(&m);
		strmap_free(&ids);
		for (int r = 0; r < nrules; r++)
			rule_free_fields(&rules[r]);
		free(rules);
	}
	for (size_t i = 0; i < nin; i++)
		sarif_input_free(&in[i]);
	free(in);
	strvec_free(&files);
	strvec_free(&unfinished);
	return rc;
}
