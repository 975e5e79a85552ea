/* Small helpers every stage uses: checked allocation, growable string
 * vectors and buffers, path handling.  Allocation failure is fatal (exit 3):
 * a checker that runs out of memory has nothing sensible left to report. */
#ifndef XLATCHECK_UTIL_H
#define XLATCHECK_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Exit codes, shared by the driver and `xlatcheck merge`. */
enum {
	EXIT_CLEAN = 0,    /* no (failing) findings */
	EXIT_FINDINGS = 1, /* findings, as --fail-on decides */
	EXIT_USAGE = 2,    /* bad option, unreadable or malformed input */
	EXIT_INTERNAL = 3, /* a bug or resource failure in xlatcheck itself */
};

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* The name messages start with: "xlatcheck" unless the program defines
 * its own (a weak default in util.c). */
extern const char util_program_name[];

/* "xlatcheck: error: <what>: <path>" on stderr.  The one format for every
 * input problem, so scripts can grep for it. */
void error_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct strvec {
	char **v;
	size_t n, cap;
};
void strvec_push(struct strvec *sv, const char *s);
void strvec_push_owned(struct strvec *sv, char *s);
void strvec_free(struct strvec *sv);

struct strbuf {
	char *s;
	size_t len, cap;
};
void sb_append(struct strbuf *sb, const char *s);
void sb_appendn(struct strbuf *sb, const char *s, size_t n);
void sb_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_steal(struct strbuf *sb);
void sb_free(struct strbuf *sb);

/* Absolute, lexically normalised ("a/./b/../c" -> "a/c") path of `path`
 * taken relative to `dir` (or the cwd when dir is NULL).  No symlinks are
 * resolved: the user's spelling of the tree is kept. */
char *path_absolute(const char *dir, const char *path);
/* `path` relative to `root` when it lies below it, else NULL. */
const char *path_below(const char *path, const char *root);
bool path_is_dir(const char *path);
/* mkdir -p: `dir` and every missing parent (a parallel make may create
 * them at the same time: EEXIST is fine).  False after an error line
 * naming the directory and the reason. */
bool path_make_dirs(const char *dir);
/* path_make_dirs() of the directory `file` is in. */
bool path_make_parent(const char *file);
/* Whole file into a NUL-terminated buffer, or NULL with errno set. */
char *read_file(const char *path, size_t *len);

#endif
