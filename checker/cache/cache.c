/* The result cache's keys, entries and eviction (see cache.h for the
 * design).  An entry file is one line "xlatcheck-cache/2 <sha256 of the
 * rest>" and then a JSON object: the key, the files the TU read with their
 * stat and content hash, the outcome's bytes (in hex), and the summary file
 * the analysis wrote.  The checksum line makes a damaged entry a miss,
 * never a result. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../report/output.h"
#include "../report/report_private.h" /* stable_hash */
#include "cache.h"
#include "sha256.h"

#define ENTRY_MAGIC "xlatcheck-cache/2"
#define NSUBDIRS    16
#define NS          INT64_C(1000000000)
#define MEMO_SIZE   4096

/* A file's content hash for one stat of it: the TUs of a -p run share most
 * headers, so each is read and hashed once per process, not once per TU. */
struct hash_memo {
	char *path;
	off_t size;
	int64_t mtime, ctime;
	char hex[SHA256_HEX_LEN + 1];
	struct hash_memo *next;
};

struct result_cache {
	char *dir;
	uint64_t max_size; /* 0: no limit */
	const struct rule_set *rs;
	bool verbose;
	char seed[SHA256_HEX_LEN + 1]; /* version, binary, libclang, rules */
	pthread_mutex_t memo_lock;
	struct hash_memo *memo[MEMO_SIZE];
};

/* ---- small helpers ------------------------------------------------------ */

char *cache_default_dir(void)
{
	const char *env = getenv("XLATCHECK_CACHE");
	if (env && *env)
		return strcmp(env, "off") ? xstrdup(env) : NULL;
	/* The XDG spec ignores a relative XDG_CACHE_HOME. */
	const char *xdg = getenv("XDG_CACHE_HOME");
	if (xdg && xdg[0] == '/')
		return xasprintf("%s/xlatcheck", xdg);
	const char *home = getenv("HOME");
	if (home && home[0] == '/')
		return xasprintf("%s/.cache/xlatcheck", home);
	return NULL;
}

bool cache_parse_size(const char *text, uint64_t *bytes)
{
	char *end;
	errno = 0;
	unsigned long long n = strtoull(text, &end, 10);
	if (end == text || errno || text[0] == '-')
		return false;
	unsigned shift = 0;
	if (*end && !end[1]) {
		const char *units = "KMGT", *u = strchr(units, *end);
		if (!u)
			return false;
		shift = 10 * (unsigned)(u - units + 1);
		end++;
	}
	if (*end || (shift && n > (UINT64_MAX >> shift)))
		return false;
	*bytes = (uint64_t)n << shift;
	return true;
}

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * NS + ts.tv_nsec;
}

static int64_t ts_ns(struct timespec ts)
{
	return (int64_t)ts.tv_sec * NS + ts.tv_nsec;
}

/* The content hash of a file and the byte count read, false if unreadable. */
static bool file_hash(const char *path, char hex[SHA256_HEX_LEN + 1], size_t *len)
{
	char *text = read_file(path, len);
	if (!text)
		return false;
	struct sha256 s;
	sha256_init(&s);
	sha256_update(&s, text, *len);
	sha256_hex(&s, hex);
	free(text);
	return true;
}

/* ---- opening: the part of every key that is the same for the run ------- */

/* A file's size and mtime, as ccache checks its compiler: a rebuilt
 * xlatcheck or an upgraded libclang may analyse differently under the same
 * version number. */
static void identity_add(struct sha256 *s, const char *path)
{
	struct stat st;
	char *id = stat(path, &st) == 0 ? xasprintf("%s %lld %lld", path, (long long)st.st_size,
	                                            (long long)ts_ns(st.st_mtim))
	                                : xasprintf("%s ?", path);
	sha256_str(s, id);
	free(id);
}

static void seed_compute(struct result_cache *c, const struct strvec *binaries)
{
	struct sha256 s;
	sha256_init(&s);
	sha256_str(&s, ENTRY_MAGIC);
	sha256_str(&s, XLATCHECK_VERSION);
	for (size_t i = 0; i < binaries->n; i++)
		identity_add(&s, binaries->v[i]);
	for (int i = 0; i < c->rs->nfiles; i++) {
		char hex[SHA256_HEX_LEN + 1];
		size_t len;
		sha256_str(&s, c->rs->files[i]);
		sha256_str(&s, file_hash(c->rs->files[i], hex, &len) ? hex : "unreadable");
	}
	sha256_hex(&s, c->seed);
}

/* The cache directory with its tmp/ and 16 entry subdirectories: made
 * once, then only checked (one stat in every later process). */
static bool dirs_make(const char *dir)
{
	char *tmp = xasprintf("%s/tmp", dir);
	bool ok = path_is_dir(tmp) || path_make_dirs(tmp);
	for (int i = 0; ok && i < NSUBDIRS; i++) {
		char *sub = xasprintf("%s/%x", dir, i);
		ok = path_is_dir(sub) || path_make_dirs(sub);
		free(sub);
	}
	free(tmp);
	return ok;
}

struct result_cache *cache_open(const char *dir, uint64_t max_size, const struct rule_set *rs,
                                const struct strvec *binaries, bool verbose)
{
	char *abs = path_absolute(NULL, dir);
	if (!dirs_make(abs) || access(abs, W_OK) != 0) {
		error_msg("cannot use the cache directory (--no-cache runs without): %s", abs);
		free(abs);
		return NULL;
	}
	struct result_cache *c = xcalloc(1, sizeof(*c));
	c->dir = abs;
	c->max_size = max_size;
	c->rs = rs;
	c->verbose = verbose;
	pthread_mutex_init(&c->memo_lock, NULL);
	seed_compute(c, binaries);
	return c;
}

void cache_close(struct result_cache *c)
{
	if (!c)
		return;
	for (size_t b = 0; b < MEMO_SIZE; b++)
		for (struct hash_memo *m = c->memo[b], *next; m; m = next) {
			next = m->next;
			free(m->path);
			free(m);
		}
	pthread_mutex_destroy(&c->memo_lock);
	free(c->dir);
	free(c);
}

static bool same_stat(const struct stat *a, const struct stat *b)
{
	return a->st_size == b->st_size && ts_ns(a->st_mtim) == ts_ns(b->st_mtim) &&
	       ts_ns(a->st_ctim) == ts_ns(b->st_ctim);
}

static struct hash_memo **memo_slot(struct result_cache *c, const char *path, const struct stat *st)
{
	struct hash_memo **p = &c->memo[stable_hash(path) % MEMO_SIZE];
	for (; *p; p = &(*p)->next)
		if (!strcmp((*p)->path, path) && (*p)->size == st->st_size &&
		    (*p)->mtime == ts_ns(st->st_mtim) && (*p)->ctime == ts_ns(st->st_ctim))
			break;
	return p;
}

/* The content hash of `path` and the stat it goes with (*st): false when
 * the file is unreadable or changed while it was read. */
static bool content_hash(struct result_cache *c, const char *path, struct stat *st,
                         char hex[SHA256_HEX_LEN + 1])
{
	struct stat after;
	size_t len;
	if (stat(path, st) != 0)
		return false;
	pthread_mutex_lock(&c->memo_lock);
	struct hash_memo *m = *memo_slot(c, path, st);
	if (m)
		memcpy(hex, m->hex, sizeof(m->hex));
	pthread_mutex_unlock(&c->memo_lock);
	if (m)
		return true;
	if (!file_hash(path, hex, &len) || stat(path, &after) != 0 || !same_stat(st, &after) ||
	    (off_t)len != st->st_size)
		return false;
	/* A file written this second may change again without its mtime
	 * moving (coarse timestamps): not remembered. */
	if (ts_ns(st->st_mtim) >= now_ns() / NS * NS)
		return true;
	pthread_mutex_lock(&c->memo_lock);
	struct hash_memo **slot = memo_slot(c, path, st);
	if (!*slot) {
		m = xcalloc(1, sizeof(*m));
		m->path = xstrdup(path);
		m->size = st->st_size;
		m->mtime = ts_ns(st->st_mtim);
		m->ctime = ts_ns(st->st_ctim);
		memcpy(m->hex, hex, sizeof(m->hex));
		*slot = m;
	}
	pthread_mutex_unlock(&c->memo_lock);
	return true;
}

static void job_key(const struct result_cache *c, const struct tu_job *job,
                    char key[SHA256_HEX_LEN + 1])
{
	struct sha256 s;
	sha256_init(&s);
	sha256_str(&s, c->seed);
	sha256_str(&s, job->directory);
	sha256_str(&s, job->file);
	sha256_str(&s, job->module ? "module" : "built-in");
	for (size_t i = 0; i < job->args.n; i++)
		sha256_str(&s, job->args.v[i]);
	sha256_hex(&s, key);
}

static char *entry_path(const struct result_cache *c, const char *key)
{
	return xasprintf("%s/%c/%s", c->dir, key[0], key);
}

static void note(const struct result_cache *c, const char *what, const char *file, const char *why)
{
	if (c->verbose)
		fprintf(stderr, "xlatcheck: cache %s: %s%s%s%s\n", what, file, why ? " (" : "",
		        why ? why : "", why ? ")" : "");
}

/* ---- reading and writing entry files ------------------------------------ */

/* Why not output_write(): a cache that cannot be written is a warning,
 * not an output error, and entries need no umask-derived mode. */
static bool entry_write(const char *path, const char *body)
{
	struct sha256 s;
	char sum[SHA256_HEX_LEN + 1];
	sha256_init(&s);
	sha256_update(&s, body, strlen(body));
	sha256_hex(&s, sum);
	char *text = xasprintf("%s %s\n%s", ENTRY_MAGIC, sum, body);
	const char *slash = strrchr(path, '/');
	char *tmp = xasprintf("%.*s/.tmp-XXXXXX", (int)(slash - path), path);
	int fd = mkstemp(tmp);
	bool ok = fd >= 0;
	size_t len = strlen(text);
	for (size_t done = 0; ok && done < len;) {
		ssize_t n = write(fd, text + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		ok = n > 0;
		done += ok ? (size_t)n : 0;
	}
	if (fd >= 0)
		ok = close(fd) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	if (!ok) {
		if (fd >= 0)
			unlink(tmp);
		warning_msg("cannot write a cache entry: %s", path);
	}
	free(tmp);
	free(text);
	return ok;
}

/* The entry's JSON, or NULL: *why says "no entry" (a plain miss) or what
 * is wrong with it (a corrupt entry, *corrupt set). */
static json_object *entry_read(const char *path, const char *key, const char **why, bool *corrupt)
{
	size_t len;
	char *text = read_file(path, &len);
	*corrupt = false;
	if (!text) {
		*why = "no entry";
		return NULL;
	}
	json_object *e = NULL;
	char *nl = memchr(text, '\n', len);
	size_t magic = strlen(ENTRY_MAGIC);
	*corrupt = true;
	*why = "bad header";
	if (nl && (size_t)(nl - text) == magic + 1 + SHA256_HEX_LEN &&
	    !strncmp(text, ENTRY_MAGIC " ", magic + 1) && strlen(text) == len) {
		struct sha256 s;
		char sum[SHA256_HEX_LEN + 1];
		sha256_init(&s);
		sha256_update(&s, nl + 1, len - (size_t)(nl + 1 - text));
		sha256_hex(&s, sum);
		*why = "checksum mismatch";
		if (!memcmp(sum, text + magic + 1, SHA256_HEX_LEN)) {
			e = json_tokener_parse(nl + 1);
			json_object *k = NULL;
			*why = "malformed JSON";
			if (e && json_object_object_get_ex(e, "key", &k) &&
			    !strcmp(json_object_get_string(k), key))
				*corrupt = false;
			else if (e)
				*why = "key mismatch";
		}
	}
	free(text);
	if (*corrupt) {
		json_object_put(e);
		return NULL;
	}
	return e;
}

/* ---- the files a TU read ------------------------------------------------ */

/* One dependency as the entry records it, read after the parse: a file
 * changed since the parse began (mtime not before that second) may not be
 * what was parsed, so it makes the TU uncachable (*why). */
static json_object *dep_json(struct result_cache *c, const char *path, int64_t start_ns,
                             const char **why)
{
	struct stat st;
	char hex[SHA256_HEX_LEN + 1];
	if (access(path, R_OK) != 0) {
		*why = "a file it read is gone";
		return NULL;
	}
	if (!content_hash(c, path, &st, hex) || ts_ns(st.st_mtim) >= start_ns / NS * NS) {
		*why = "a file it read changed during the parse";
		return NULL;
	}
	json_object *d = json_object_new_object();
	json_object_object_add(d, "path", json_object_new_string(path));
	json_object_object_add(d, "size", json_object_new_int64(st.st_size));
	json_object_object_add(d, "mtime", json_object_new_int64(ts_ns(st.st_mtim)));
	json_object_object_add(d, "ctime", json_object_new_int64(ts_ns(st.st_ctim)));
	json_object_object_add(d, "sha256", json_object_new_string(hex));
	return d;
}

static json_object *deps_json(struct result_cache *c, const struct strvec *files, int64_t start_ns,
                              const char **why)
{
	json_object *deps = json_object_new_array();
	for (size_t i = 0; i < files->n && deps; i++) {
		json_object *d = dep_json(c, files->v[i], start_ns, why);
		if (d) {
			json_object_array_add(deps, d);
		} else {
			json_object_put(deps);
			deps = NULL;
		}
	}
	return deps;
}

static int64_t member_int(json_object *o, const char *key)
{
	json_object *v = NULL;
	return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_int)
	           ? json_object_get_int64(v)
	           : -1;
}

static const char *member_str(json_object *o, const char *key)
{
	json_object *v = NULL;
	return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)
	           ? json_object_get_string(v)
	           : NULL;
}

/* Whether one recorded file is unchanged: by stat, else by content (then
 * its new stat goes into the entry and *restat is set). */
static bool dep_unchanged(struct result_cache *c, json_object *d, bool *restat)
{
	const char *path = member_str(d, "path"), *sum = member_str(d, "sha256");
	struct stat st;
	if (!path || !sum || stat(path, &st) != 0 || st.st_size != member_int(d, "size"))
		return false;
	if (ts_ns(st.st_mtim) == member_int(d, "mtime") &&
	    ts_ns(st.st_ctim) == member_int(d, "ctime"))
		return true;
	char hex[SHA256_HEX_LEN + 1];
	if (!content_hash(c, path, &st, hex) || strcmp(hex, sum) != 0)
		return false;
	/* Trust the new stat next time only if the file is not being
	 * written right now. */
	if (ts_ns(st.st_mtim) < now_ns() / NS * NS) {
		json_object_object_add(d, "mtime", json_object_new_int64(ts_ns(st.st_mtim)));
		json_object_object_add(d, "ctime", json_object_new_int64(ts_ns(st.st_ctim)));
		*restat = true;
	}
	return true;
}

/* NULL when every file is unchanged, else the first changed one. */
static const char *deps_changed(struct result_cache *c, json_object *e, bool *restat,
                                bool *malformed)
{
	json_object *deps = NULL;
	*malformed = !json_object_object_get_ex(e, "deps", &deps) ||
	             !json_object_is_type(deps, json_type_array) ||
	             json_object_array_length(deps) == 0;
	if (*malformed)
		return "deps";
	for (size_t i = 0; i < json_object_array_length(deps); i++) {
		json_object *d = json_object_array_get_idx(deps, i);
		if (!dep_unchanged(c, d, restat)) {
			const char *p = member_str(d, "path");
			return p ? p : "?";
		}
	}
	return NULL;
}

/* ---- eviction ------------------------------------------------------------ */

struct aged_file {
	char *path;
	int64_t mtime;
	off_t size;
};

static int cmp_age(const void *pa, const void *pb)
{
	const struct aged_file *a = pa, *b = pb;
	if (a->mtime != b->mtime)
		return a->mtime < b->mtime ? -1 : 1;
	return strcmp(a->path, b->path);
}

/* Keeps one subdirectory within its share of the limit, dropping the
 * least recently used entries (a hit refreshes an entry's mtime) and
 * temporary files left by killed processes. */
static void evict(const struct result_cache *c, const char *subdir)
{
	DIR *d = opendir(subdir);
	if (!d)
		return;
	struct aged_file *v = NULL;
	size_t n = 0, cap = 0;
	uint64_t total = 0;
	int64_t hour_ago = now_ns() - 3600 * NS;
	struct dirent *de;
	while ((de = readdir(d))) {
		struct stat st;
		char *p = xasprintf("%s/%s", subdir, de->d_name);
		bool stale_tmp = !strncmp(de->d_name, ".tmp-", 5);
		if (stat(p, &st) != 0 || !S_ISREG(st.st_mode) ||
		    (de->d_name[0] == '.' && !stale_tmp)) {
			free(p);
			continue;
		}
		if (stale_tmp) {
			if (ts_ns(st.st_mtim) < hour_ago)
				unlink(p);
			free(p);
			continue;
		}
		if (n == cap)
			v = xrealloc(v, (cap = cap ? 2 * cap : 64) * sizeof(*v));
		v[n++] = (struct aged_file){p, ts_ns(st.st_mtim), st.st_size};
		total += (uint64_t)st.st_size;
	}
	closedir(d);
	uint64_t share = c->max_size / NSUBDIRS;
	if (total > share) {
		qsort(v, n, sizeof(*v), cmp_age);
		for (size_t i = 0; i < n && total > share / 10 * 8; i++)
			if (unlink(v[i].path) == 0 || errno == ENOENT)
				total -= (uint64_t)v[i].size;
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

/* ---- lookup -------------------------------------------------------------- */

/* The cached summary into summaries_dir; false (after an error line) when
 * it cannot be written there. */
static bool summary_restore(json_object *e, const char *summaries_dir, bool *malformed)
{
	json_object *s = NULL;
	json_object_object_get_ex(e, "summary", &s);
	if (!s)
		return true; /* the TU had no AST, so no summaries */
	const char *name = member_str(s, "name"), *text = member_str(s, "text");
	*malformed = !name || !text || strchr(name, '/') || name[0] == '.';
	if (*malformed || !summaries_dir)
		return true;
	char *path = xasprintf("%s/%s", summaries_dir, name);
	bool ok = output_write(path, text, strlen(text));
	free(path);
	return ok;
}

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The outcome's bytes from their hex; false when it is not hex. */
static bool outcome_unhex(json_object *e, struct strbuf *out)
{
	const char *hex = member_str(e, "outcome");
	size_t n = hex ? strlen(hex) : 1;
	if (n % 2)
		return false;
	for (size_t i = 0; i < n; i += 2) {
		int hi = hex_digit(hex[i]), lo = hex_digit(hex[i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		char byte = (char)(hi << 4 | lo);
		sb_appendn(out, &byte, 1);
	}
	return true;
}

static bool entry_use(json_object *e, const char *summaries_dir, struct strbuf *outcome,
                      bool *summary_ok, const char **why)
{
	bool malformed = false;
	size_t before = outcome->len;
	/* Check the summary before writing anything. */
	summary_restore(e, NULL, &malformed);
	if (malformed || !outcome_unhex(e, outcome)) {
		*why = malformed ? "summary" : "outcome";
		outcome->len = before;
		return false;
	}
	*summary_ok = summary_restore(e, summaries_dir, &malformed);
	return true;
}

bool cache_lookup(struct result_cache *c, const struct tu_job *job, const char *summaries_dir,
                  struct strbuf *outcome, bool *summary_ok)
{
	char key[SHA256_HEX_LEN + 1];
	job_key(c, job, key);
	char *path = entry_path(c, key);
	const char *why = NULL;
	bool corrupt = false, restat = false, hit = false;
	json_object *e = entry_read(path, key, &why, &corrupt);
	if (e) {
		const char *changed = deps_changed(c, e, &restat, &corrupt);
		if (corrupt)
			why = changed;
		else if (changed)
			note(c, "miss", job->file, changed);
		else if (!entry_use(e, summaries_dir, outcome, summary_ok, &why))
			corrupt = true;
		else
			hit = true;
	} else if (!corrupt) {
		note(c, "miss", job->file, why);
	}
	if (corrupt)
		warning_msg("corrupt cache entry ignored (%s): %s", why, path);
	if (hit) {
		note(c, "hit", job->file, restat ? "same contents, new stat" : NULL);
		if (restat)
			entry_write(
			    path, json_object_to_json_string_ext(
			              e, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
		else
			utimensat(AT_FDCWD, path, NULL, 0); /* recently used */
	}
	json_object_put(e);
	free(path);
	return hit;
}

void cache_reject(struct result_cache *c, const struct tu_job *job)
{
	char key[SHA256_HEX_LEN + 1];
	job_key(c, job, key);
	char *path = entry_path(c, key);
	warning_msg("corrupt cache entry ignored (outcome): %s", path);
	free(path);
}

/* ---- a miss --------------------------------------------------------------- */

void cache_miss_begin(struct result_cache *c, const char *summaries_dir, struct cache_miss *m)
{
	*m = (struct cache_miss){.start_ns = now_ns(), .summaries_dir = summaries_dir};
	if (!c)
		return;
	char *t = xasprintf("%s/tmp/sum-XXXXXX", c->dir);
	if (mkdtemp(t)) {
		m->tmpdir = t;
		m->summaries_dir = t;
	} else {
		warning_msg("cannot write into the cache directory: %s", c->dir);
		free(t);
	}
}

/* Takes the one summary file the analysis wrote into the private
 * directory, and removes the directory. */
static void summary_take(const char *tmpdir, char **name, char **text)
{
	DIR *d = opendir(tmpdir);
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char *p = xasprintf("%s/%s", tmpdir, de->d_name);
		if (!*name) {
			*text = read_file(p, NULL);
			*name = *text ? xstrdup(de->d_name) : NULL;
		}
		unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(tmpdir);
}

bool cache_miss_summary(struct cache_miss *m, const char *summaries_dir)
{
	if (!m->tmpdir)
		return true;
	summary_take(m->tmpdir, &m->summary_name, &m->summary_text);
	if (!summaries_dir || !m->summary_name)
		return true;
	char *path = xasprintf("%s/%s", summaries_dir, m->summary_name);
	bool ok = output_write(path, m->summary_text, strlen(m->summary_text));
	free(path);
	return ok;
}

static char *hex_of(const char *bytes, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	char *hex = xcalloc(2 * len + 1, 1);
	for (size_t i = 0; i < len; i++) {
		hex[2 * i] = digits[(unsigned char)bytes[i] >> 4];
		hex[2 * i + 1] = digits[(unsigned char)bytes[i] & 15];
	}
	return hex;
}

static json_object *entry_json(const char *key, json_object *deps, const struct cache_miss *m,
                               const char *outcome, size_t len)
{
	json_object *e = json_object_new_object();
	json_object_object_add(e, "key", json_object_new_string(key));
	json_object_object_add(e, "deps", deps);
	char *hex = hex_of(outcome, len);
	json_object_object_add(e, "outcome", json_object_new_string(hex));
	free(hex);
	json_object *s = NULL;
	if (m->summary_name) {
		s = json_object_new_object();
		json_object_object_add(s, "name", json_object_new_string(m->summary_name));
		json_object_object_add(s, "text", json_object_new_string(m->summary_text));
	}
	json_object_object_add(e, "summary", s);
	return e;
}

static void store(struct result_cache *c, const struct cache_miss *m, const struct tu_job *job,
                  const struct strvec *files, const char *outcome, size_t len)
{
	const char *why = NULL;
	json_object *deps = deps_json(c, files, m->start_ns, &why);
	if (!deps) {
		note(c, "not stored", job->file, why);
		return;
	}
	char key[SHA256_HEX_LEN + 1];
	job_key(c, job, key);
	json_object *e = entry_json(key, deps, m, outcome, len);
	char *subdir = xasprintf("%s/%c", c->dir, key[0]);
	char *path = entry_path(c, key);
	if (entry_write(path, json_object_to_json_string_ext(
	                          e, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)) &&
	    c->max_size)
		evict(c, subdir);
	free(path);
	free(subdir);
	json_object_put(e);
}

void cache_miss_end(struct result_cache *c, struct cache_miss *m, const struct tu_job *job,
                    const struct strvec *files, const char *outcome, size_t len)
{
	if (c && m->tmpdir && files)
		store(c, m, job, files, outcome, len);
	free(m->summary_name);
	free(m->summary_text);
	free(m->tmpdir);
	*m = (struct cache_miss){0};
}
