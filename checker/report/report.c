/* The report model's helpers, which every stage uses: tool notifications,
 * freeing the model and srcroot-relative paths (output.c writes the files).
 * The stages run in the order pipeline.c gives them. */
#define _GNU_SOURCE /* open_memstream */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../rules/rules.h"
#include "report_private.h"

void notice_add(struct notice_list *nl, const char *id, const char *level, const char *text,
                const char *file)
{
	if (nl->n == nl->cap) {
		nl->cap = nl->cap ? 2 * nl->cap : 8;
		nl->v = xrealloc(nl->v, nl->cap * sizeof(*nl->v));
	}
	nl->v[nl->n++] = (struct notice){
	    .id = xstrdup(id),
	    .level = xstrdup(level),
	    .text = xstrdup(text),
	    .file = file ? xstrdup(file) : NULL,
	};
}

static void notice_free(struct notice *n)
{
	free(n->id);
	free(n->level);
	free(n->text);
	free(n->file);
}

static int strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int notice_cmp(const void *pa, const void *pb)
{
	const struct notice *a = pa, *b = pb;
	int c = strcmp_null(a->file, b->file);
	if (!c)
		c = strcmp(a->id, b->id);
	if (!c)
		c = strcmp(a->text, b->text);
	return c ? c : strcmp(a->level, b->level);
}

void notice_list_sort_unique(struct notice_list *nl)
{
	if (!nl->n)
		return;
	qsort(nl->v, nl->n, sizeof(*nl->v), notice_cmp);
	size_t kept = 1;
	for (size_t i = 1; i < nl->n; i++) {
		if (notice_cmp(&nl->v[kept - 1], &nl->v[i]))
			nl->v[kept++] = nl->v[i];
		else
			notice_free(&nl->v[i]);
	}
	nl->n = kept;
}

void notice_list_free(struct notice_list *nl)
{
	for (size_t i = 0; i < nl->n; i++)
		notice_free(&nl->v[i]);
	free(nl->v);
	*nl = (struct notice_list){0};
}

void report_model_free(struct report_model *m)
{
	finding_list_free(&m->findings);
	finding_list_free(&m->absent);
	free(m->srcroot);
	free(m->cwd);
	strvec_free(&m->targets);
	notice_list_free(&m->notices);
}

const char *report_relative(const struct report_model *m, const char *file)
{
	return path_below(file, m->srcroot);
}
