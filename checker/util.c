/* Helpers shared by every stage; see util.h. */
#define _GNU_SOURCE
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void out_of_memory(void)
{
	fprintf(stderr, "%s: internal error: out of memory\n", util_program_name);
	exit(EXIT_INTERNAL);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *s;
	if (vasprintf(&s, fmt, ap) < 0)
		out_of_memory();
	return s;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

/* A program that links this file may define its own name (kbuild-compdb
 * does); a constant, so no state is shared. */
__attribute__((weak)) const char util_program_name[] = "xlatcheck";

void error_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: error: ", util_program_name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void warning_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: warning: ", util_program_name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void strvec_push_owned(struct strvec *sv, char *s)
{
	if (sv->n + 1 >= sv->cap) {
		sv->cap = sv->cap ? 2 * sv->cap : 16;
		sv->v = xrealloc(sv->v, sv->cap * sizeof(*sv->v));
	}
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL; /* always usable as an argv */
}

void strvec_push(struct strvec *sv, const char *s)
{
	strvec_push_owned(sv, xstrdup(s));
}

void strvec_free(struct strvec *sv)
{
	for (size_t i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	*sv = (struct strvec){0};
}

void sb_appendn(struct strbuf *sb, const char *s, size_t n)
{
	if (sb->len + n + 1 > sb->cap) {
		sb->cap = sb->cap ? sb->cap : 64;
		while (sb->len + n + 1 > sb->cap)
			sb->cap *= 2;
		sb->s = xrealloc(sb->s, sb->cap);
	}
	memcpy(sb->s + sb->len, s, n);
	sb->len += n;
	sb->s[sb->len] = '\0';
}

void sb_append(struct strbuf *sb, const char *s)
{
	sb_appendn(sb, s, strlen(s));
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	sb_append(sb, s);
	free(s);
}

char *sb_steal(struct strbuf *sb)
{
	char *s = sb->s ? sb->s : xstrdup("");
	*sb = (struct strbuf){0};
	return s;
}

void sb_free(struct strbuf *sb)
{
	free(sb->s);
	*sb = (struct strbuf){0};
}

char *path_absolute(const char *dir, const char *path)
{
	struct strbuf in = {0};
	if (path[0] != '/') {
		char *cwd = NULL;
		if (!dir) {
			cwd = getcwd(NULL, 0);
			if (!cwd)
				cwd = xstrdup("/");
			dir = cwd;
		} else if (dir[0] != '/') {
			char *absdir = path_absolute(NULL, dir);
			char *r = path_absolute(absdir, path);
			free(absdir);
			return r;
		}
		sb_append(&in, dir);
		sb_append(&in, "/");
		free(cwd);
	}
	sb_append(&in, path);

	/* Fold ".", ".." and repeated slashes component by component. */
	char *out = xmalloc(in.len + 2);
	size_t olen = 0;
	const char *p = in.s;
	while (*p) {
		while (*p == '/')
			p++;
		const char *start = p;
		while (*p && *p != '/')
			p++;
		size_t n = (size_t)(p - start);
		if (n == 0 || (n == 1 && start[0] == '.'))
			continue;
		if (n == 2 && start[0] == '.' && start[1] == '.') {
			while (olen > 0 && out[olen - 1] != '/')
				olen--;
			if (olen > 0)
				olen--;
			continue;
		}
		out[olen++] = '/';
		memcpy(out + olen, start, n);
		olen += n;
	}
	if (olen == 0)
		out[olen++] = '/';
	out[olen] = '\0';
	sb_free(&in);
	return out;
}

const char *path_below(const char *path, const char *root)
{
	size_t n = strlen(root);
	while (n > 1 && root[n - 1] == '/')
		n--;
	if (strncmp(path, root, n) != 0)
		return NULL;
	if (path[n] == '/')
		return path + n + 1;
	if (n == 1 && root[0] == '/')
		return path + 1;
	return NULL;
}

bool path_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool path_make_dirs(const char *dir)
{
	char *p = xstrdup(dir);
	bool ok = true;
	for (char *slash = p + 1; ok; slash++) {
		slash = strchr(slash, '/');
		if (slash)
			*slash = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			ok = false;
			error_msg("cannot create directory: %s: %s", p, strerror(errno));
		} else if (!slash && !path_is_dir(p)) {
			ok = false;
			error_msg("cannot create directory: %s: %s", p, strerror(ENOTDIR));
		}
		if (!slash)
			break;
		*slash = '/';
	}
	free(p);
	return ok;
}

bool path_make_parent(const char *file)
{
	const char *slash = strrchr(file, '/');
	if (!slash || slash == file)
		return true;
	char *dir = xstrndup(file, (size_t)(slash - file));
	bool ok = path_is_dir(dir) || path_make_dirs(dir);
	free(dir);
	return ok;
}

char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct strbuf sb = {0};
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_appendn(&sb, buf, n);
	int err = ferror(f);
	fclose(f);
	if (err) {
		sb_free(&sb);
		errno = EIO;
		return NULL;
	}
	if (len)
		*len = sb.len;
	return sb_steal(&sb);
}
