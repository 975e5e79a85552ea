/* The link, end to end: which files are documents (a directory's *.json,
 * sorted, so the order of a make -j never shows), reading and checking
 * each (read.c), the graph (graph.c), the fixpoint (solve.c), the findings
 * (emit.c), and freeing it all.  A temp file left in a summaries directory
 * means a run was killed while writing that TU's document: an error, as a
 * missing TU would make the link silently partial. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../report/output.h"
#include "graph.h"
#include "link.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

static bool list_dir(const char *dir, struct strvec *files)
{
	DIR *d = opendir(dir);
	if (!d) {
		error_msg("cannot read summaries directory (%s): %s", strerror(errno), dir);
		return false;
	}
	bool ok = true;
	for (struct dirent *de; ok && (de = readdir(d));) {
		if (output_is_temp_name(de->d_name, ".json")) {
			error_msg(
			    "unfinished summaries document (a run was killed while writing it; "
			    "check that TU again): %s/%s",
			    dir, de->d_name);
			ok = false;
		} else if (de->d_name[0] != '.' && has_suffix(de->d_name, ".json")) {
			strvec_push_owned(files, xasprintf("%s/%s", dir, de->d_name));
		}
	}
	closedir(d);
	return ok;
}

static bool collect(const struct strvec *inputs, struct strvec *files)
{
	for (size_t i = 0; i < inputs->n; i++) {
		if (!path_is_dir(inputs->v[i]))
			strvec_push(files, inputs->v[i]);
		else if (!list_dir(inputs->v[i], files))
			return false;
	}
	/* Like merge: C=1 on a built tree checks nothing. */
	if (!files->n)
		warning_msg("no summaries documents in %s: nothing to link (C=1 checks only "
		            "recompiled files; use C=2)",
		            inputs->n ? inputs->v[0] : "?");
	if (files->n)
		qsort(files->v, files->n, sizeof(*files->v), cmp_str);
	return true;
}

static void free_path(struct lk_path *p)
{
	path_steps_free(p->v, p->n);
}

static void free_uses(struct lk_use *u, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free_path(&u[i].in.path);
		free(u[i].sink);
		free(u[i].family);
		free(u[i].at.file);
	}
	free(u);
}

static void free_function(struct lk_function *f)
{
	free(f->name);
	free(f->def.file);
	lk_value_free(&f->returns);
	free_uses(f->sinks, f->nsinks);
	free_uses(f->stores, f->nstores);
	for (size_t k = 0; k < f->ncalls; k++) {
		struct lk_call *c = &f->calls[k];
		free(c->name);
		free(c->via);
		free(c->at.file);
		for (size_t a = 0; a < c->nargs; a++)
			lk_value_free(&c->args[a]);
		free(c->args);
	}
	free(f->calls);
}

static void free_doc(struct lk_doc *d)
{
	free(d->path);
	free(d->tu);
	free(d->inputs);
	for (size_t k = 0; k < d->nstores; k++)
		lk_value_free(&d->stores[k].value);
	free(d->stores);
	for (size_t k = 0; k < d->ntaken; k++)
		free(d->taken[k].at.file);
	free(d->taken);
}

static void program_free(struct link_program *p)
{
	for (size_t f = 0; f < p->nfns; f++)
		free_function(&p->fns[f]);
	free(p->fns);
	for (size_t d = 0; d < p->ndocs; d++)
		free_doc(&p->docs[d]);
	free(p->docs);
	strvec_free(&p->names.v);
	strmap_free(&p->names.map);
}

bool link_run(const struct strvec *inputs, const struct rule_set *rs, struct finding_list *out,
              struct link_stats *stats)
{
	struct strvec files = {0};
	struct link_program p = {.rs = rs};
	double t0 = now_seconds();
	bool ok = collect(inputs, &files);
	for (size_t i = 0; ok && i < files.n; i++)
		ok = lk_read_doc(&p, files.v[i]);
	if (ok) {
		struct lk_graph g;
		struct lk_solution sol;
		double t1 = now_seconds();
		lk_graph_build(&g, &p);
		lk_solve(&g, &sol);
		double t2 = now_seconds();
		lk_emit(&g, &sol, out);
		if (stats)
			*stats =
			    (struct link_stats){p.ndocs, p.nfns,  g.nplaces,         sol.nprovs,
			                        t1 - t0, t2 - t1, now_seconds() - t2};
		lk_solution_free(&sol);
		lk_graph_free(&g);
	}
	program_free(&p);
	strvec_free(&files);
	return ok;
}
