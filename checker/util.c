/* Helpers shared by every stage; see util.h. */
#define _GNU_SOURCE
#include "util.h"

#include <json-c/json.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <limits.h>
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

unsigned long str_hash(unsigned long h, const char *s)
{
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* A program that links this file may define its own name (kbuild-compdb
 * does); a constant, so no state is shared. */
__attribute__((weak)) const char util_program_name[] = "xlatcheck";

/* One line, written with one write(2): worker processes share stderr, and
 * a line written in pieces came out interleaved with another's (a pipe
 * keeps a write of up to PIPE_BUF bytes whole). */
static void vmsg(const char *level, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);
	char *line = xasprintf("%s: %s: %s\n", util_program_name, level, msg);
	fflush(stderr);
	size_t len = strlen(line);
	for (size_t off = 0; off < len;) {
		ssize_t n = write(STDERR_FILENO, line + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	free(line);
	free(msg);
}

void error_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("error", fmt, ap);
	va_end(ap);
}

void warning_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("warning", fmt, ap);
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
			error_msg("cannot create directory (%s): %s", strerror(errno), p);
		} else if (!slash && !path_is_dir(p)) {
			ok = false;
			error_msg("cannot create directory (%s): %s", strerror(ENOTDIR), p);
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

/* O_NONBLOCK: opening a FIFO must not wait for a writer.  The type is
 * checked on the open descriptor, so it is the file that is read.  The
 * descriptor (or -1), with *err 0 for a regular file, else why not. */
static int open_regular(const char *path, struct stat *st, int *err)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	*err = fd < 0 ? errno : fstat(fd, st) != 0 ? errno : 0;
	if (!*err && !S_ISREG(st->st_mode))
		*err = S_ISDIR(st->st_mode) ? EISDIR : EFTYPE_NOT_REGULAR;
	return fd;
}

int regular_file_error(const char *path)
{
	struct stat st;
	int err, fd = open_regular(path, &st, &err);
	if (fd >= 0)
		close(fd);
	return err;
}

char *read_file_limited(const char *path, size_t max, size_t *len)
{
	struct stat st;
	int err;
	int fd = open_regular(path, &st, &err);
	if (fd < 0) {
		errno = err;
		return NULL;
	}
	if (!err && (uint64_t)st.st_size > max)
		err = EFBIG;
	struct strbuf sb = {0};
	char buf[65536];
	while (!err) {
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			err = errno;
		if (n <= 0)
			break;
		if (sb.len + (size_t)n > max)
			err = EFBIG; /* it grew while being read */
		else
			sb_appendn(&sb, buf, (size_t)n);
	}
	close(fd);
	if (err) {
		sb_free(&sb);
		errno = err;
		return NULL;
	}
	if (len)
		*len = sb.len;
	return sb_steal(&sb);
}

char *read_file(const char *path, size_t *len)
{
	return read_file_limited(path, READ_FILE_MAX, len);
}

const char *read_error(int err)
{
	if (err == EFTYPE_NOT_REGULAR)
		return "not a regular file";
	if (err == EFBIG)
		return "file too large";
	return strerror(err);
}

char *exe_relative(const char *rel)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (slash)
		*slash = '\0';
	char *joined = xasprintf("%s/%s", exe, rel);
	char *path = path_absolute(NULL, joined);
	free(joined);
	return path;
}

bool input_check(const char *path, const char *what)
{
	int err = regular_file_error(path);
	if (err)
		error_msg("cannot read %s (%s): %s", what, read_error(err), path);
	return !err;
}

/* 1-based line and column of byte `off` of `text`. */
static void line_col(const char *text, size_t off, unsigned *line, unsigned *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (text[i] == '\n') {
			++*line;
			*col = 1;
		} else {
			++*col;
		}
	}
}

static bool json_invalid(const char *what, const char *path, const char *text, size_t off,
                         const char *why)
{
	unsigned line, col;
	line_col(text, off, &line, &col);
	error_msg("invalid JSON in %s (%s at line %u, column %u): %s", what, why, line, col, path);
	return false;
}

/* One JSON value filling the whole text: a NUL byte, trailing data or a
 * truncated value is an error that says where.  *out is NULL for `null`. */
static bool json_parse_whole(const char *text, size_t len, int depth, const char *what,
                             const char *path, json_object **out)
{
	const char *nul = memchr(text, '\0', len);
	if (nul)
		return json_invalid(what, path, text, (size_t)(nul - text), "a NUL byte");
	if (len > INT32_MAX)
		return json_invalid(what, path, text, 0, "file too large");
	json_tokener *tok = json_tokener_new_ex(depth);
	if (!tok) {
		fputs("xlatcheck: internal error: out of memory\n", stderr);
		exit(EXIT_INTERNAL);
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	/* The terminating NUL too: it tells json-c the text ends there, so a
	 * bare literal ("null", "12") is complete. */
	*out = json_tokener_parse_ex(tok, text, (int)len + 1);
	enum json_tokener_error jerr = json_tokener_get_error(tok);
	size_t end = json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (jerr == json_tokener_continue)
		return json_invalid(what, path, text, len, "unexpected end of file");
	if (jerr != json_tokener_success)
		return json_invalid(what, path, text, end, json_tokener_error_desc(jerr));
	end += strspn(text + end, " \t\r\n");
	if (end < len && text[end]) {
		json_object_put(*out);
		*out = NULL;
		return json_invalid(what, path, text, end, "data after the JSON value");
	}
	return true;
}

bool json_parse_text(const char *text, size_t len, int depth, const char *what, const char *path,
                     json_object **out)
{
	*out = NULL;
	return json_parse_whole(text, len, depth, what, path, out);
}

bool json_read_file(const char *path, const char *what, int depth, json_object **out)
{
	*out = NULL;
	size_t len;
	char *text = read_file(path, &len);
	if (!text) {
		error_msg("cannot read %s (%s): %s", what, read_error(errno), path);
		return false;
	}
	bool ok = json_parse_whole(text, len, depth, what, path, out);
	free(text);
	return ok;
}

static size_t strmap_hash(const char *s)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * UINT64_C(0x100000001b3);
	return (size_t)h;
}

static size_t strmap_slot(const struct strmap *m, const char *key)
{
	size_t j = strmap_hash(key) & (m->cap - 1);
	while (m->keys[j] && strcmp(m->keys[j], key))
		j = (j + 1) & (m->cap - 1);
	return j;
}

size_t strmap_get(const struct strmap *m, const char *key)
{
	if (!m->cap)
		return STRMAP_NONE;
	size_t j = strmap_slot(m, key);
	return m->keys[j] ? m->values[j] : STRMAP_NONE;
}

size_t strmap_add(struct strmap *m, const char *key, size_t value)
{
	if (2 * (m->n + 1) > m->cap) {
		struct strmap bigger = {.cap = m->cap ? 2 * m->cap : 64, .n = m->n};
		bigger.keys = xcalloc(bigger.cap, sizeof(*bigger.keys));
		bigger.values = xcalloc(bigger.cap, sizeof(*bigger.values));
		for (size_t i = 0; i < m->cap; i++) {
			if (!m->keys[i])
				continue;
			size_t j = strmap_slot(&bigger, m->keys[i]);
			bigger.keys[j] = m->keys[i];
			bigger.values[j] = m->values[i];
		}
		strmap_free(m);
		*m = bigger;
	}
	size_t j = strmap_slot(m, key);
	if (!m->keys[j]) {
		m->keys[j] = key;
		m->values[j] = value;
		m->n++;
	}
	return m->values[j];
}

void strmap_free(struct strmap *m)
{
	free(m->keys);
	free(m->values);
	*m = (struct strmap){0};
}

size_t utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c = s[0];
	size_t need;
	unsigned lo = 0x80, hi = 0xbf;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		need = 1;
		c &= 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2;
		lo = c == 0xe0 ? 0xa0 : 0x80;
		hi = c == 0xed ? 0x9f : 0xbf;
		c &= 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3;
		lo = c == 0xf0 ? 0x90 : 0x80;
		hi = c == 0xf4 ? 0x8f : 0xbf;
		c &= 0x07;
	} else {
		*cp = UTF8_INVALID;
		return 1;
	}
	for (size_t i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = UTF8_INVALID;
			return i;
		}
		c = (c << 6) | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*cp = c;
	return need + 1;
}

char *utf8_sanitise(const char *s)
{
	size_t n = strlen(s);
	struct strbuf sb = {0};
	sb_appendn(&sb, "", 0);
	for (size_t i = 0; i < n;) {
		unsigned cp;
		size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (cp == UTF8_INVALID)
			sb_append(&sb, "\xef\xbf\xbd"); /* U+FFFD */
		else
			sb_appendn(&sb, s + i, k);
		i += k;
	}
	return sb_steal(&sb);
}

double now_seconds(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}
