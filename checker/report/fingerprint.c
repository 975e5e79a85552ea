/* Fingerprints that keep an alert's identity from one run to the next.
 *
 * primaryLocationLineHash is what GitHub's upload action would compute
 * (github/codeql-action, src/fingerprints.ts): a rolling hash, modulo 2^64
 * with base 37, over the first 100 characters of the file from the start of
 * the line on, spaces and tabs skipped, line ends folded to '\n', the text
 * read as UTF-16 code units with 65535 marking the end of the file; then
 * ":n" for the n-th line of the file with that hash.  Writing the same value
 * ourselves keeps alerts stable when the SARIF is uploaded by other means
 * than the action, and lets `merge` carry it over without the sources.
 *
 * The xlatcheck fingerprint (docs/suppression.md) leaves line numbers out,
 * so baselines match across edits above the finding. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

enum {
	HASH_WINDOW = 100,
	CODE_SPACE = ' ',
	CODE_TAB = '\t',
	CODE_LF = '\n',
	CODE_CR = '\r',
	CODE_EOF = 65535,
	CODE_REPLACEMENT = 0xfffd,
};

/* How often each hash value was emitted so far: the ":n" suffix. */
struct hash_counts {
	uint64_t *keys;
	unsigned *counts;
	size_t cap, n;
};

static unsigned hash_counts_bump(struct hash_counts *hc, uint64_t key)
{
	if (2 * (hc->n + 1) > hc->cap) {
		struct hash_counts bigger = {.cap = hc->cap ? 2 * hc->cap : 64};
		bigger.keys = xcalloc(bigger.cap, sizeof(*bigger.keys));
		bigger.counts = xcalloc(bigger.cap, sizeof(*bigger.counts));
		for (size_t i = 0; i < hc->cap; i++) {
			if (!hc->counts[i])
				continue;
			size_t j = hc->keys[i] % bigger.cap;
			while (bigger.counts[j])
				j = (j + 1) % bigger.cap;
			bigger.keys[j] = hc->keys[i];
			bigger.counts[j] = hc->counts[i];
		}
		bigger.n = hc->n;
		free(hc->keys);
		free(hc->counts);
		*hc = bigger;
	}
	size_t j = key % hc->cap;
	while (hc->counts[j] && hc->keys[j] != key)
		j = (j + 1) % hc->cap;
	if (!hc->counts[j]) {
		hc->keys[j] = key;
		hc->n++;
	}
	return ++hc->counts[j];
}

struct rolling_hash {
	unsigned code[HASH_WINDOW];    /* the last 100 characters */
	unsigned line_at[HASH_WINDOW]; /* line that starts there, 0: none */
	unsigned index;
	uint64_t value, base_pow_window;
	unsigned line;
	bool at_line_start, after_cr;
	struct hash_counts counts;
	void (*fn)(void *ctx, unsigned line, const char *hash);
	void *ctx;
};

static void rolling_emit(struct rolling_hash *rh)
{
	unsigned n = hash_counts_bump(&rh->counts, rh->value);
	char text[40];
	snprintf(text, sizeof(text), "%" PRIx64 ":%u", rh->value, n);
	rh->fn(rh->ctx, rh->line_at[rh->index], text);
	rh->line_at[rh->index] = 0;
}

static void rolling_push(struct rolling_hash *rh, unsigned code)
{
	unsigned oldest = rh->code[rh->index];
	rh->code[rh->index] = code;
	rh->value = 37 * rh->value + code - rh->base_pow_window * oldest;
	rh->index = (rh->index + 1) % HASH_WINDOW;
}

static void rolling_char(struct rolling_hash *rh, unsigned code)
{
	if (code == CODE_SPACE || code == CODE_TAB || (rh->after_cr && code == CODE_LF)) {
		rh->after_cr = false;
		return;
	}
	rh->after_cr = code == CODE_CR;
	if (code == CODE_CR)
		code = CODE_LF;
	/* A full window after a line's first character: that line's hash. */
	if (rh->line_at[rh->index])
		rolling_emit(rh);
	if (rh->at_line_start) {
		rh->at_line_start = false;
		rh->line_at[rh->index] = ++rh->line;
	}
	if (code == CODE_LF)
		rh->at_line_start = true;
	rolling_push(rh, code);
}

void line_hash_text(const char *text, size_t len,
                    void (*fn)(void *ctx, unsigned line, const char *hash), void *ctx)
{
	struct rolling_hash rh = {
	    .at_line_start = true, .base_pow_window = 1, .fn = fn, .ctx = ctx};
	for (int i = 0; i < HASH_WINDOW; i++)
		rh.base_pow_window *= 37;
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < len;) {
		unsigned cp;
		i += utf8_decode(s + i, len - i, &cp);
		if (cp == UTF8_INVALID)
			cp = CODE_REPLACEMENT;
		if (cp >= 0x10000) { /* a surrogate pair, as JavaScript sees it */
			rolling_char(&rh, 0xd800 + ((cp - 0x10000) >> 10));
			rolling_char(&rh, 0xdc00 + ((cp - 0x10000) & 0x3ff));
		} else {
			rolling_char(&rh, cp);
		}
	}
	rolling_char(&rh, CODE_EOF);
	for (int i = 0; i < HASH_WINDOW; i++) {
		if (rh.line_at[rh.index])
			rolling_emit(&rh);
		rolling_push(&rh, 0);
	}
	free(rh.counts.keys);
	free(rh.counts.counts);
}

/* The line hashes of the files results name.  A file is read (and hashed)
 * only when it lies below a root the run allows (--srcroot, the working
 * directory, files the analysis itself read), is a regular file and is
 * at most HASH_FILE_MAX bytes: a SARIF input naming /etc/passwd,
 * /dev/zero or a FIFO gets no hash (one warning), never a read.  Values
 * recorded from an input SARIF live in a map keyed by file and line, so
 * a huge startLine costs nothing. */
#define HASH_FILE_MAX ((size_t)64 << 20)

struct file_hashes {
	char *file;
	char **by_line; /* [line - 1] */
	unsigned nlines;
	bool read;           /* hashed from the file itself, not recorded */
	bool warned;         /* said once why it has no hashes */
	const char *why_not; /* why it was not read, or NULL */
};

struct line_hashes {
	struct file_hashes **v;
	size_t n;
	struct strmap by_file;  /* file -> index in v */
	struct strvec rec_keys; /* "line\nfile", owning the recorded map's keys */
	struct strvec rec_vals;
	struct strmap recorded; /* "line\nfile" -> index in rec_vals */
	struct strvec roots;    /* allowed directories */
	struct strvec files;    /* allowed files, owning the keys of: */
	struct strmap file_set;
};

struct line_hashes *line_hashes_new(void)
{
	return xcalloc(1, sizeof(struct line_hashes));
}

void line_hashes_allow(struct line_hashes *lh, const char *dir)
{
	strvec_push(&lh->roots, dir);
}

void line_hashes_allow_file(struct line_hashes *lh, const char *file)
{
	if (strmap_get(&lh->file_set, file) != STRMAP_NONE)
		return;
	strvec_push(&lh->files, file);
	strmap_add(&lh->file_set, lh->files.v[lh->files.n - 1], 0);
}

void line_hashes_free(struct line_hashes *lh)
{
	if (!lh)
		return;
	for (size_t i = 0; i < lh->n; i++) {
		for (unsigned l = 0; l < lh->v[i]->nlines; l++)
			free(lh->v[i]->by_line[l]);
		free(lh->v[i]->by_line);
		free(lh->v[i]->file);
		free(lh->v[i]);
	}
	free(lh->v);
	strmap_free(&lh->by_file);
	strmap_free(&lh->recorded);
	strvec_free(&lh->rec_keys);
	strvec_free(&lh->rec_vals);
	strvec_free(&lh->roots);
	strmap_free(&lh->file_set);
	strvec_free(&lh->files);
	free(lh);
}

/* Lines come from a file of at most HASH_FILE_MAX bytes: bounded. */
static void store_line_hash(void *ctx, unsigned line, const char *hash)
{
	struct file_hashes *fh = ctx;
	if (line == 0)
		return;
	if (line > fh->nlines) {
		fh->by_line = xrealloc(fh->by_line, line * sizeof(*fh->by_line));
		memset(fh->by_line + fh->nlines, 0, (line - fh->nlines) * sizeof(*fh->by_line));
		fh->nlines = line;
	}
	free(fh->by_line[line - 1]);
	fh->by_line[line - 1] = xstrdup(hash);
}

static bool allowed(const struct line_hashes *lh, const char *file)
{
	if (strmap_get(&lh->file_set, file) != STRMAP_NONE)
		return true;
	for (size_t i = 0; i < lh->roots.n; i++)
		if (!strcmp(file, lh->roots.v[i]) || path_below(file, lh->roots.v[i]))
			return true;
	return false;
}

static void hash_file(const struct line_hashes *lh, struct file_hashes *fh)
{
	if (!allowed(lh, fh->file)) {
		fh->why_not = "outside --srcroot and the run's directories";
		return;
	}
	size_t len;
	char *text = read_file_limited(fh->file, HASH_FILE_MAX, &len);
	if (!text) {
		/* A file gone since the baseline was made needs no word. */
		fh->why_not = errno == ENOENT ? NULL : read_error(errno);
		return;
	}
	line_hash_text(text, len, store_line_hash, fh);
	fh->read = true;
	free(text);
}

static struct file_hashes *file_hashes_find(struct line_hashes *lh, const char *file)
{
	size_t i = strmap_get(&lh->by_file, file);
	if (i != STRMAP_NONE)
		return lh->v[i];
	struct file_hashes *fh = xcalloc(1, sizeof(*fh));
	fh->file = xstrdup(file);
	lh->v = xrealloc(lh->v, (lh->n + 1) * sizeof(*lh->v));
	lh->v[lh->n] = fh;
	strmap_add(&lh->by_file, fh->file, lh->n++);
	hash_file(lh, fh);
	return fh;
}

static const char *recorded(const struct line_hashes *lh, const char *file, unsigned line)
{
	char *key = xasprintf("%u\n%s", line, file);
	size_t i = strmap_get(&lh->recorded, key);
	free(key);
	return i == STRMAP_NONE ? NULL : lh->rec_vals.v[i];
}

const char *line_hash_get(struct line_hashes *lh, const char *file, unsigned line)
{
	struct file_hashes *fh = file_hashes_find(lh, file);
	if (fh->read)
		return line >= 1 && line <= fh->nlines ? fh->by_line[line - 1] : NULL;
	const char *hash = recorded(lh, file, line);
	if (!hash && fh->why_not && !fh->warned) {
		fh->warned = true;
		warning_msg("no primaryLocationLineHash for results in a file not read (%s): %s",
		            fh->why_not, file);
	}
	return hash;
}

void line_hash_record(struct line_hashes *lh, const char *file, unsigned line, const char *hash)
{
	struct file_hashes *fh = file_hashes_find(lh, file);
	if (fh->read || line == 0)
		return;
	char *key = xasprintf("%u\n%s", line, file);
	if (strmap_get(&lh->recorded, key) != STRMAP_NONE) {
		free(key);
		return;
	}
	strvec_push_owned(&lh->rec_keys, key);
	strvec_push(&lh->rec_vals, hash);
	strmap_add(&lh->recorded, key, lh->rec_vals.n - 1);
}

/* FNV-1a, 64 bits: small, stable across platforms, enough to tell apart
 * the findings of one tree. */
static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= UINT64_C(0x100000001b3);
	}
	/* The terminator (a zero byte) too, so ("ab","c") and ("a","bc") differ. */
	return h * UINT64_C(0x100000001b3);
}

uint64_t stable_hash(const char *s)
{
	return fnv1a(UINT64_C(0xcbf29ce484222325), s);
}

static bool is_ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* Numbers that are not part of a name become '#': a path message that
 * mentions a line ("stored at line 42") must not change the fingerprint. */
char *normalise_numbers(const char *s)
{
	struct strbuf sb = {0};
	for (size_t i = 0; s[i];) {
		bool number = s[i] >= '0' && s[i] <= '9' && (i == 0 || !is_ident_char(s[i - 1]));
		if (!number) {
			sb_appendn(&sb, &s[i++], 1);
			continue;
		}
		while (is_ident_char(s[i]))
			i++;
		sb_append(&sb, "#");
	}
	return sb_steal(&sb);
}

/* What the fingerprint names besides rule, file, function, sink, region:
 * the path's first step; for a grouped finding, whose first path changes
 * as callers come and go, the step at its own location ("reaches __pa()"),
 * so the result keeps its identity and its call paths are matched one by
 * one (baseline.c). */
static const char *fingerprint_what(const struct finding *f)
{
	if (!f->nsteps)
		return f->message;
	if (!f->nalso)
		return f->steps[0].message;
	for (size_t k = f->nsteps; k-- > 0;)
		if (f->steps[k].loc.line == f->loc.line && f->steps[k].loc.col == f->loc.col)
			return f->steps[k].message;
	return f->message;
}

uint64_t flow_identity(const struct report_model *m, const struct finding *f, const char *srcroot,
                       const struct path_step *steps, size_t n)
{
	uint64_t h = stable_hash(f->rule->id);
	h = fnv1a(h, f->region ? f->region : "");
	h = fnv1a(h, f->sink ? f->sink : "");
	for (size_t k = 0; k < n; k++) {
		const char *rel = srcroot ? path_below(steps[k].loc.file, srcroot)
		                          : report_relative(m, steps[k].loc.file);
		h = fnv1a(h, step_kind_name(steps[k].kind));
		h = fnv1a(h, rel ? rel : steps[k].loc.file);
		char *text = normalise_numbers(steps[k].message);
		h = fnv1a(h, text);
		free(text);
	}
	return h;
}

static uint64_t fingerprint_base(const struct report_model *m, const struct finding *f)
{
	const char *rel = report_relative(m, f->loc.file);
	uint64_t h = stable_hash(f->rule->id);
	h = fnv1a(h, rel ? rel : f->loc.file);
	h = fnv1a(h, f->function ? f->function : "");
	h = fnv1a(h, f->sink ? f->sink : "");
	h = fnv1a(h, f->region ? f->region : "");
	char *what = normalise_numbers(fingerprint_what(f));
	h = fnv1a(h, what);
	free(what);
	return h;
}

char **fingerprints_compute(const struct report_model *m, const struct finding_list *fl)
{
	char **fp = xcalloc(fl->n, sizeof(*fp));
	struct hash_counts seen = {0};
	for (size_t i = 0; i < fl->n; i++) {
		uint64_t h = fingerprint_base(m, &fl->v[i]);
		fp[i] = xasprintf("%016" PRIx64 ":%u", h, hash_counts_bump(&seen, h));
	}
	free(seen.keys);
	free(seen.counts);
	return fp;
}

void fingerprints_free(char **fp, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(fp[i]);
	free(fp);
}
