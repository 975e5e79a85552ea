/* Fixes: where a finding's rule knows the replacement of its sink (the
 * "fixes" of its rule file, rules/NAME.json), the finding carries an edit that renames
 * the callee, and --fix-diff writes all such edits as one unified diff.
 *
 * An edit is only made where the source, at the finding's location, reads
 * a name the rule's fixes list (a sink of the rule files) followed by '('.
 * A sink reached through a macro of another name (a driver's wrapper, a
 * macro of a header) is reported at that macro's use, whose text is the
 * wrapper's name: no fix is offered there, so no edit ever lands inside a
 * macro body. */
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "output.h"
#include "report_private.h"

static bool ident_char(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* The name at the 1-based byte column `col` of `line`, as a whole token
 * directly followed by '(', or NULL. */
static char *call_name_at(const char *line, size_t len, unsigned col)
{
	size_t at = col ? col - 1 : len, end = at;
	if (at >= len || (at > 0 && ident_char(line[at - 1])) ||
	    (line[at] >= '0' && line[at] <= '9'))
		return NULL;
	while (end < len && ident_char(line[end]))
		end++;
	if (end == at || end >= len || line[end] != '(')
		return NULL;
	return xstrndup(line + at, end - at);
}

/* The call written at the finding must be one the rule knows a fix for:
 * the sink itself, or a sink macro of the rules whose expansion reached
 * it (x86-64's __pa() reaches __phys_addr_nodebug()).  A wrapper or any
 * other macro is not in the rule's fixes, so it gets none. */
static void fix_one(struct finding *f, struct source_cache *src)
{
	size_t len;
	const char *line = f->rule && f->sink && f->loc.file && !f->fix_with
	                       ? source_line(src, f->loc.file, f->loc.line, &len)
	                       : NULL;
	char *name = line ? call_name_at(line, len, f->loc.col) : NULL;
	const char *with = name ? rule_fix(f->rule, name) : NULL;
	if (!with) {
		free(name);
		return;
	}
	f->fix_from = name;
	f->fix_with = xstrdup(with);
	f->fix_loc = (struct xc_loc){
	    .file = xstrdup(f->loc.file),
	    .line = f->loc.line,
	    .col = f->loc.col,
	    .end_line = f->loc.line,
	    .end_col = f->loc.col + (unsigned)strlen(name),
	};
}

static bool same_place(const struct xc_loc *a, const struct xc_loc *b)
{
	return a->line == b->line && a->col == b->col && a->file && b->file &&
	       !strcmp(a->file, b->file);
}

static bool same_fix(const struct finding *a, const struct finding *b)
{
	return a->fix_with && b->fix_with && !strcmp(a->fix_with, b->fix_with);
}

/* A sink that several findings reach (a pointer that may be percpu or
 * vmalloc or stack memory) keeps its fix only when every one of them wants
 * that same fix: a rename right for one region may be wrong for another. */
static void drop_disputed(struct finding_list *fl)
{
	for (size_t i = 0; i < fl->n;) {
		size_t j = i + 1;
		bool agree = true;
		for (; j < fl->n && same_place(&fl->v[j].loc, &fl->v[i].loc); j++)
			if (fl->v[j].sink)
				agree &= same_fix(&fl->v[i], &fl->v[j]);
		for (size_t k = i; !agree && k < j; k++) {
			free(fl->v[k].fix_from);
			fl->v[k].fix_from = NULL;
			free(fl->v[k].fix_with);
			free(fl->v[k].fix_loc.file);
			fl->v[k].fix_with = NULL;
			fl->v[k].fix_loc = (struct xc_loc){0};
		}
		i = j;
	}
}

void fixes_compute(struct report_model *m, struct source_cache *src)
{
	for (size_t i = 0; i < m->findings.n; i++)
		fix_one(&m->findings.v[i], src);
	drop_disputed(&m->findings);
}

/* ---- the diff ---- */

struct edit {
	const char *file;
	unsigned line, col, end_col;
	const char *with;
};

static int edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(x->with, y->with);
}

/* The edits of the unsuppressed findings, sorted, each location once
 * (findings at one place agree on the fix: drop_disputed). */
static struct edit *collect_edits(const struct report_model *m, size_t *n)
{
	struct edit *v = xcalloc(m->findings.n + 1, sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < m->findings.n; i++) {
		const struct finding *f = &m->findings.v[i];
		if (f->fix_with && f->suppression == SUPPRESSION_NONE)
			v[k++] = (struct edit){f->fix_loc.file, f->fix_loc.line, f->fix_loc.col,
			                       f->fix_loc.end_col, f->fix_with};
	}
	if (k)
		qsort(v, k, sizeof(*v), edit_cmp);
	size_t out = 0;
	for (size_t i = 0; i < k; i++)
		if (!out || edit_cmp(&v[out - 1], &v[i]))
			v[out++] = v[i];
	*n = out;
	return v;
}

/* Line starts of a text; a last line without '\n' counts. */
struct lines {
	const char *text;
	size_t len;
	size_t *start;
	unsigned n;
	bool final_newline;
};

static void lines_index(struct lines *l)
{
	l->start = xcalloc(l->len + 2, sizeof(*l->start));
	for (size_t i = 0; i < l->len; i++)
		if (i == 0 || l->text[i - 1] == '\n')
			l->start[l->n++] = i;
	l->start[l->n] = l->len;
	l->final_newline = l->len && l->text[l->len - 1] == '\n';
}

/* Line `i` (1-based) without its '\n'. */
static size_t line_len(const struct lines *l, unsigned i)
{
	size_t len = l->start[i] - l->start[i - 1];
	return (i < l->n || l->final_newline) ? len - 1 : len;
}

static void emit_line(struct strbuf *sb, char mark, const char *s, size_t len, bool last_no_nl)
{
	sb_appendn(sb, &mark, 1);
	sb_appendn(sb, s, len);
	sb_appendn(sb, "\n", 1);
	if (last_no_nl)
		sb_append(sb, "\\ No newline at end of file\n");
}

/* The changed line `ln` with the edits e[0..n) of that line applied. */
static char *changed_line(const struct lines *l, unsigned ln, const struct edit *e, size_t n)
{
	struct strbuf sb = {0};
	const char *s = l->text + l->start[ln - 1];
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		sb_appendn(&sb, s + at, e[i].col - 1 - at);
		sb_printf(&sb, "%s", e[i].with);
		at = e[i].end_col - 1;
	}
	sb_appendn(&sb, s + at, line_len(l, ln) - at);
	return sb_steal(&sb);
}

#define CONTEXT 3u

/* One hunk: the changed lines from e[0] up to the last one whose context
 * touches the next's; returns how many edits it used. */
static size_t emit_hunk(struct strbuf *sb, const struct lines *l, const struct edit *e, size_t n)
{
	size_t used = 1;
	while (used < n && e[used].line <= e[used - 1].line + 2 * CONTEXT + 1)
		used++;
	unsigned first = e[0].line > CONTEXT ? e[0].line - CONTEXT : 1;
	unsigned last = e[used - 1].line + CONTEXT < l->n ? e[used - 1].line + CONTEXT : l->n;
	unsigned count = last - first + 1;
	sb_printf(sb, "@@ -%u,%u +%u,%u @@\n", first, count, first, count);
	size_t k = 0;
	for (unsigned ln = first; ln <= last; ln++) {
		const char *s = l->text + l->start[ln - 1];
		bool no_nl = ln == l->n && !l->final_newline;
		size_t from = k;
		while (k < used && e[k].line == ln)
			k++;
		if (from == k) {
			emit_line(sb, ' ', s, line_len(l, ln), no_nl);
			continue;
		}
		char *fixed = changed_line(l, ln, e + from, k - from);
		emit_line(sb, '-', s, line_len(l, ln), no_nl);
		emit_line(sb, '+', fixed, strlen(fixed), no_nl);
		free(fixed);
	}
	return used;
}

/* A path git prints without quoting, so `git apply` reads it back as is. */
static bool plain_path(const char *rel)
{
	for (const unsigned char *p = (const unsigned char *)rel; *p; p++)
		if (*p < 0x20 || *p == '"' || *p == '\\' || *p == 0x7f)
			return false;
	return true;
}

/* The part of the diff for one file: edits e[0..n) all name it. */
static void emit_file(struct strbuf *sb, const struct report_model *m, struct source_cache *src,
                      const struct edit *e, size_t n)
{
	const char *rel = report_relative(m, e[0].file);
	struct lines l = {0};
	l.text = source_text(src, e[0].file, &l.len);
	if (!rel || !plain_path(rel) || !l.text) {
		warning_msg("%s: %s; its fixes are not in the diff", e[0].file,
		            !l.text ? "cannot be read"
		            : !rel  ? "outside --srcroot"
		                    : "a path git would quote");
		return;
	}
	lines_index(&l);
	sb_printf(sb, "diff --git a/%s b/%s\n--- a/%s\n+++ b/%s\n", rel, rel, rel, rel);
	for (size_t i = 0; i < n;)
		i += emit_hunk(sb, &l, e + i, n - i);
	free(l.start);
}

bool fixes_write_diff(const struct report_model *m, struct source_cache *src, const char *path)
{
	size_t n;
	struct edit *e = collect_edits(m, &n);
	struct strbuf sb = {0};
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && !strcmp(e[j].file, e[i].file))
			j++;
		emit_file(&sb, m, src, e + i, j - i);
		i = j;
	}
	free(e);
	bool ok = path_make_parent(path) && output_write(path, sb.s ? sb.s : "", sb.len);
	sb_free(&sb);
	return ok;
}
