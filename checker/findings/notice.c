/* Notice lists: ownership, deterministic order, deduplication (see
 * notice.h for what a notice is). */
#include "notice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"

static struct notice *notice_slot(struct notice_list *nl)
{
	if (nl->n == nl->cap) {
		nl->cap = nl->cap ? 2 * nl->cap : 8;
		nl->v = xrealloc(nl->v, nl->cap * sizeof(*nl->v));
	}
	return &nl->v[nl->n++];
}

void notice_add(struct notice_list *nl, const char *id, const char *level, const char *text,
                const char *file)
{
	*notice_slot(nl) = (struct notice){
	    .id = xstrdup(id),
	    .level = xstrdup(level),
	    .text = xstrdup(text),
	    .file = file ? xstrdup(file) : NULL,
	};
}

void notice_list_move(struct notice_list *to, struct notice_list *from)
{
	for (size_t i = 0; i < from->n; i++)
		*notice_slot(to) = from->v[i];
	free(from->v);
	*from = (struct notice_list){0};
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

void notice_print(const struct notice *n)
{
	fprintf(stderr, "%s: notice: %s%s%s\n", util_program_name, n->file ? n->file : "",
	        n->file ? ": " : "", n->text);
}
