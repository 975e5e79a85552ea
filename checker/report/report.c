/* The report model's helpers, which every stage uses: tool notifications,
 * freeing the model, srcroot-relative paths, and the atomic file writer.
 * The stages run in the order pipeline.c gives them. */
#define _GNU_SOURCE /* mkstemp, fchmod, open_memstream */
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

bool output_write(const char *path, const char *data, size_t len)
{
	if (!path) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			error_msg("cannot write: %s: %s", "<stdout>", strerror(errno));
			return false;
		}
		return true;
	}
	/* A temp file in the target's directory and rename(): readers (and a
	 * parallel make) never see a half-written file. */
	const char *slash = strrchr(path, '/');
	char *tmp = slash ? xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
	                  : xasprintf(".%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	bool ok = fd >= 0;
	if (ok) {
		mode_t mask = umask(0);
		umask(mask);
		ok = fchmod(fd, 0666 & ~mask) == 0;
		for (size_t done = 0; ok && done < len;) {
			ssize_t n = write(fd, data + done, len - done);
			if (n < 0 && errno == EINTR)
				continue;
			ok = n > 0;
			done += ok ? (size_t)n : 0;
		}
		ok = (close(fd) == 0) && ok;
		ok = ok && rename(tmp, path) == 0;
	}
	if (!ok) {
		int err = errno;
		if (fd >= 0)
			unlink(tmp);
		error_msg("cannot write: %s: %s", path, strerror(err));
	}
	free(tmp);
	return ok;
}
