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
/* djb2 of s, continued from h (5381 to start): a hash to pick a bucket or
 * name a file by, never for security. */
unsigned long str_hash(unsigned long h, const char *s);

/* The number of elements of an array (not a pointer). */
#define NELEMS(arr) (sizeof(arr) / sizeof((arr)[0]))

/* The name messages start with: "xlatcheck" unless the program defines
 * its own (a weak default in util.c). */
extern const char util_program_name[];

/* "xlatcheck: error: <what> (<reason>): <path>" on stderr, or "<what>:
 * <path>" when there is no reason to add.  The one format for every input
 * and output problem, so scripts can grep for it. */
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

/* Decodes one UTF-8 sequence at s (n > 0 bytes left) as Node's and the
 * WHATWG decoder do: an ill-formed sequence gives UTF8_INVALID and
 * consumes its longest valid prefix (at least one byte).  Returns the
 * bytes used. */
#define UTF8_INVALID 0xffffffffu
size_t utf8_decode(const unsigned char *s, size_t n, unsigned *cp);
/* A copy of `s` that is valid UTF-8: each ill-formed sequence (a Latin-1
 * byte, a truncated character) becomes U+FFFD. */
char *utf8_sanitise(const char *s);

/* Wall-clock seconds since the epoch, for progress and timings. */
double now_seconds(void);

/* A string -> index map (open addressing, FNV-1a), so readers of large
 * inputs look names up in constant time.  Keys are borrowed: they must
 * outlive the map. */
struct strmap {
	const char **keys;
	size_t *values;
	size_t n, cap;
};
/* The value of `key`, or (size_t)-1. */
size_t strmap_get(const struct strmap *m, const char *key);
/* Sets key -> value unless the key is there; returns the value kept. */
size_t strmap_add(struct strmap *m, const char *key, size_t value);
void strmap_free(struct strmap *m);
#define STRMAP_NONE ((size_t)-1)

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
/* A whole regular file into a NUL-terminated buffer, or NULL with errno
 * set (read_error() says it in words).  Nothing but a regular file is
 * read: a FIFO or a device (/dev/zero) is refused without blocking, and
 * so is a file larger than `max` bytes (READ_FILE_MAX for read_file). */
#define READ_FILE_MAX ((size_t)512 << 20)
char *read_file_limited(const char *path, size_t max, size_t *len);
char *read_file(const char *path, size_t *len);
/* errno of read_file*() for "not a regular file". */
#define EFTYPE_NOT_REGULAR 0x10000
const char *read_error(int err);
/* 0 when `path` is a regular file we may open, else the errno-style
 * reason (EFTYPE_NOT_REGULAR for a FIFO or device); never blocks. */
int regular_file_error(const char *path);
/* `rel` taken relative to the directory of the running executable
 * (bin/xlatcheck -> ../share/..., the same in the build tree and under an
 * install prefix), absolute and normalised; NULL when unknown. */
char *exe_relative(const char *rel);
/* Before any work: `path` is a regular file we may open.  False after
 * "cannot read <what> (<reason>): <path>". */
bool input_check(const char *path, const char *what);

/* JSON files and texts, strictly: one value and only whitespace after it,
 * no NUL byte, nesting up to `depth` (json-c's default is 32; SARIF needs
 * more, see docs/ci.md).  False after one error line naming `what`, the
 * path, the problem and its line and column.  *out is NULL for `null`
 * (the caller checks the type it wants).  Strings may still hold \u0000:
 * compare json_object_get_string_len() with strlen() where that matters. */
#define JSON_DEPTH_DEFAULT 32
#define JSON_DEPTH_SARIF   1000
struct json_object;
bool json_read_file(const char *path, const char *what, int depth, struct json_object **out);
bool json_parse_text(const char *text, size_t len, int depth, const char *what, const char *path,
                     struct json_object **out);

#endif
