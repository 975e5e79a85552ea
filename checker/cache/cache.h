/* The result cache: a TU whose inputs have not changed since an earlier run
 * is not parsed again; its outcome (the bytes a worker sends the driver:
 * findings, parse status, the flags clang rejected, its diagnostics) and its
 * function summaries come from a file in the cache directory instead.
 *
 * An entry's name is a SHA-256 of what is known before parsing (xlatcheck's
 * version, the size and mtime of its binaries and of libclang, the rules'
 * contents, the TU's directory, source path and sanitised arguments).  The entry lists every
 * file the TU read (libclang's inclusion list) with its size, mtime, ctime
 * and content hash: a file whose stat matches is taken as unchanged, one
 * whose stat differs is hashed again (ccache's direct mode with a manifest).
 * Entries are written to a temporary file and renamed, so concurrent
 * processes (Kbuild -j) never see half an entry; an entry that does not
 * check out is a miss with a warning.  Each of the 16 subdirectories keeps
 * to 1/16 of the size limit, the least recently used entries going first.
 *
 * The cache knows nothing of outcomes: it keeps the bytes it is given
 * (driver/outcome.c's encoding), and the worker decodes them.  The rules
 * and the binary are part of the key, so the rule indices in those bytes
 * mean the same rules when they are read back.
 *
 * Suppression comments need no entry of their own: the reporter reads them
 * from the files of the findings and of the TU at report time, and those
 * files are part of the key. */
#ifndef XLATCHECK_CACHE_H
#define XLATCHECK_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include "../frontend/frontend.h"
#include "../rules/rules.h"
#include "../util.h"

struct result_cache;

#define CACHE_DEFAULT_MAX_SIZE (UINT64_C(2) << 30)

/* $XLATCHECK_CACHE (NULL when it is "off"), else $XDG_CACHE_HOME/xlatcheck,
 * else $HOME/.cache/xlatcheck, else NULL (no cache). */
char *cache_default_dir(void);
/* "500M", "2G", "1048576": bytes; false when malformed. */
bool cache_parse_size(const char *text, uint64_t *bytes);

/* Creates `dir` if needed.  NULL after one error line when it cannot be
 * used.  `binaries`: the files whose size and mtime are part of every key
 * (the executable, the parser, libclang).  `verbose` prints one line per
 * TU: hit, or miss and why.  Opened in the driver before the workers fork;
 * every worker shares it. */
struct result_cache *cache_open(const char *dir, uint64_t max_size, const struct rule_set *rs,
                                const struct strvec *binaries, bool verbose);
void cache_close(struct result_cache *c);

/* True when `job`'s outcome is in the cache: its bytes are appended to
 * `outcome`, and its summary is written into summaries_dir when that is
 * given (*summary_ok false when that write failed, after an error line). */
bool cache_lookup(struct result_cache *c, const struct tu_job *job, const char *summaries_dir,
                  struct strbuf *outcome, bool *summary_ok);
/* The bytes of a hit did not decode: a corrupt entry (a warning), so the
 * TU is parsed after all. */
void cache_reject(struct result_cache *c, const struct tu_job *job);

/* A miss: cache_miss_begin gives the directory the analysis writes the TU's
 * summaries into (a private one when caching, else summaries_dir);
 * cache_miss_summary copies the summary to summaries_dir (false when that
 * failed); cache_miss_end stores the outcome's bytes with `files`, the
 * files the TU read (NULL: not stored, e.g. no AST), unless one of them
 * changed during the parse, and cleans up.  With c == NULL
 * they only pass summaries_dir through. */
struct cache_miss {
	int64_t start_ns; /* files changed after this are not trusted */
	char *tmpdir;
	const char *summaries_dir;
	char *summary_name, *summary_text;
};
void cache_miss_begin(struct result_cache *c, const char *summaries_dir, struct cache_miss *m);
bool cache_miss_summary(struct cache_miss *m, const char *summaries_dir);
void cache_miss_end(struct result_cache *c, struct cache_miss *m, const struct tu_job *job,
                    const struct strvec *files, const char *outcome, size_t len);

#endif
