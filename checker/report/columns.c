/* Column units.  The analysis and the text report count bytes (clang's
 * and sparse's convention); SARIF declares columnKind utf16CodeUnits, as
 * GitHub expects, so its columns are converted with the line's text: a
 * byte offset becomes the number of UTF-16 code units before it.  Files
 * are read once per output and kept; a file that cannot be read keeps its
 * byte columns (ASCII lines are the same in both units). */
#include <stdlib.h>
#include <string.h>

#include "report_private.h"

struct source_file {
	char *path;
	char *text; /* NULL: unreadable */
	size_t len;
	size_t *line_starts; /* offset of each line; line 1 at [0] */
	size_t nlines;
};

struct source_cache {
	struct source_file *v;
	size_t n, cap;
};

struct source_cache *source_cache_new(void)
{
	return xcalloc(1, sizeof(struct source_cache));
}

void source_cache_free(struct source_cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].path);
		free(c->v[i].text);
		free(c->v[i].line_starts);
	}
	free(c->v);
	free(c);
}

static void index_lines(struct source_file *f)
{
	size_t cap = 64;
	f->line_starts = xmalloc(cap * sizeof(*f->line_starts));
	f->line_starts[f->nlines++] = 0;
	for (size_t i = 0; i < f->len; i++) {
		if (f->text[i] != '\n')
			continue;
		if (f->nlines == cap) {
			cap *= 2;
			f->line_starts = xrealloc(f->line_starts, cap * sizeof(*f->line_starts));
		}
		f->line_starts[f->nlines++] = i + 1;
	}
}

static struct source_file *source_get(struct source_cache *c, const char *path)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->v[i].path, path))
			return &c->v[i];
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = xrealloc(c->v, c->cap * sizeof(*c->v));
	}
	struct source_file *f = &c->v[c->n++];
	*f = (struct source_file){.path = xstrdup(path)};
	f->text = read_file(path, &f->len);
	if (f->text)
		index_lines(f);
	return f;
}

/* UTF-16 code units of the UTF-8 sequence starting with byte `b`. */
static unsigned utf16_units(unsigned char b)
{
	return b >= 0xF0 ? 2 : 1; /* 4-byte sequences are surrogate pairs */
}

static bool is_continuation(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

unsigned column_to_utf16(struct source_cache *c, const char *file, unsigned line, unsigned col)
{
	struct source_file *f = c && file ? source_get(c, file) : NULL;
	if (!f || !f->text || !line || line > f->nlines || col <= 1)
		return col;
	const unsigned char *s = (const unsigned char *)f->text + f->line_starts[line - 1];
	const unsigned char *end = (const unsigned char *)f->text + f->len;
	unsigned units = 0;
	for (unsigned i = 0; i + 1 < col && s + i < end && s[i] != '\n'; i++)
		if (!is_continuation(s[i]))
			units += utf16_units(s[i]);
	/* Past the end of the line (an end column): count the rest as bytes. */
	unsigned walked = 0;
	while (walked + 1 < col && s + walked < end && s[walked] != '\n')
		walked++;
	return units + (col - 1 - walked) + 1;
}

unsigned column_from_utf16(struct source_cache *c, const char *file, unsigned line, unsigned col)
{
	struct source_file *f = c && file ? source_get(c, file) : NULL;
	if (!f || !f->text || !line || line > f->nlines || col <= 1)
		return col;
	const unsigned char *s = (const unsigned char *)f->text + f->line_starts[line - 1];
	const unsigned char *end = (const unsigned char *)f->text + f->len;
	unsigned units = 0, bytes = 0;
	while (units + 1 < col && s + bytes < end && s[bytes] != '\n') {
		units += utf16_units(s[bytes]);
		bytes++;
		while (s + bytes < end && is_continuation(s[bytes]))
			bytes++;
	}
	return bytes + (col - 1 - units) + 1;
}

static void loc_from_utf16(struct source_cache *c, struct xc_loc *loc)
{
	loc->col = column_from_utf16(c, loc->file, loc->line, loc->col);
	loc->end_col = column_from_utf16(c, loc->file, loc->end_line, loc->end_col);
}

void finding_columns_from_utf16(struct source_cache *c, struct finding *f)
{
	loc_from_utf16(c, &f->loc);
	for (size_t i = 0; i < f->nsteps; i++)
		loc_from_utf16(c, &f->steps[i].loc);
	for (size_t k = 0; k < f->nalso; k++) {
		loc_from_utf16(c, &f->also[k].loc);
		for (size_t i = 0; i < f->also[k].nsteps; i++)
			loc_from_utf16(c, &f->also[k].steps[i].loc);
	}
	if (f->fix_loc.file)
		loc_from_utf16(c, &f->fix_loc);
}

const char *source_text(struct source_cache *c, const char *file, size_t *len)
{
	struct source_file *f = source_get(c, file);
	*len = f->len;
	return f->text;
}

const char *source_line(struct source_cache *c, const char *file, unsigned line, size_t *len)
{
	struct source_file *f = source_get(c, file);
	if (!f->text || !line || line > f->nlines)
		return NULL;
	size_t start = f->line_starts[line - 1];
	size_t end = line < f->nlines ? f->line_starts[line] - 1 : f->len;
	*len = end - start;
	return f->text + start;
}

long source_nlines(struct source_cache *c, const char *file)
{
	struct source_file *f = source_get(c, file);
	if (!f->text)
		return -1;
	bool final_newline = f->nlines > 1 && f->line_starts[f->nlines - 1] == f->len;
	return (long)f->nlines - final_newline;
}
