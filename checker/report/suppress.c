/* Suppressions: reviewed findings the user silenced, each with a reason.
 * See docs/suppression.md for the forms:
 *   in the source   / * xlatcheck: ignore[rule,...] reason * /  or  //
 *                   on the finding's line or the line above, or on (or
 *                   just above) the line of the function definition;
 *   an attribute    __attribute__((annotate("xlatcheck:ignore:rule:reason")))
 *                   on the function (the engine hands its strings over);
 *   a file          --suppressions FILE: "GLOB RULE[,RULE] REASON" lines.
 * Suppressed findings stay in SARIF; a missing reason and (on request) a
 * suppression that matches nothing are findings of their own. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

#define RULE_NO_REASON "suppression-without-reason"
#define RULE_STALE     "stale-suppression"
#define MARKER         "xlatcheck:"
#define ANNOTATION     "xlatcheck:ignore:"

/* One suppression comment or suppression-file line. */
struct suppression {
	const char *file; /* owned by the caller's file list */
	unsigned line, col, end_col;
	struct strvec rules;
	char *reason; /* "" when none was given */
	bool used;
};

struct suppression_list {
	struct suppression *v;
	size_t n, cap;
	/* "line\nfile" -> first comment there; next[] chains the others, so
	 * finding the comments of a line does not scan them all. */
	struct strmap at;
	struct strvec keys;
	size_t *next;
};

static struct suppression *suppression_add(struct suppression_list *sl)
{
	if (sl->n == sl->cap) {
		sl->cap = sl->cap ? 2 * sl->cap : 16;
		sl->v = xrealloc(sl->v, sl->cap * sizeof(*sl->v));
	}
	struct suppression *s = &sl->v[sl->n++];
	memset(s, 0, sizeof(*s));
	return s;
}

static char *line_key(const char *file, unsigned line)
{
	return xasprintf("%u\n%s", line, file);
}

static void suppression_list_index(struct suppression_list *sl)
{
	sl->next = xcalloc(sl->n, sizeof(*sl->next));
	size_t *last = xcalloc(sl->n, sizeof(*last));
	for (size_t i = 0; i < sl->n; i++) {
		char *key = line_key(sl->v[i].file, sl->v[i].line);
		size_t head = strmap_get(&sl->at, key);
		sl->next[i] = STRMAP_NONE;
		if (head == STRMAP_NONE) {
			strvec_push_owned(&sl->keys, key);
			strmap_add(&sl->at, key, i);
			last[i] = i;
		} else {
			sl->next[last[head]] = i;
			last[head] = i;
			free(key);
		}
	}
	free(last);
}

static void suppression_list_free(struct suppression_list *sl)
{
	strmap_free(&sl->at);
	strvec_free(&sl->keys);
	free(sl->next);
	for (size_t i = 0; i < sl->n; i++) {
		strvec_free(&sl->v[i].rules);
		free(sl->v[i].reason);
	}
	free(sl->v);
}

static const char *skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

static char *trimmed(const char *p, const char *end)
{
	p = skip_blanks(p, end);
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	return xstrndup(p, (size_t)(end - p));
}

/* "a, b,c" -> {"a","b","c"} */
static void split_rules(const char *p, const char *end, struct strvec *out)
{
	while (p < end) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		const char *stop = comma ? comma : end;
		char *id = trimmed(p, stop);
		if (*id)
			strvec_push_owned(out, id);
		else
			free(id);
		p = stop + 1;
	}
}

static bool suppression_covers(const struct suppression *s, const char *rule_id)
{
	for (size_t i = 0; i < s->rules.n; i++)
		if (!strcmp(s->rules.v[i], rule_id) || !strcmp(s->rules.v[i], "*"))
			return true;
	return false;
}

static char *rules_joined(const struct strvec *rules)
{
	struct strbuf sb = {0};
	for (size_t i = 0; i < rules->n; i++)
		sb_printf(&sb, "%s%s", i ? "," : "", rules->v[i]);
	return sb_steal(&sb);
}

/* Parses the comment whose marker "xlatcheck:" is at `marker` on the line
 * [line_start, line_end), if the marker opens a comment and an ignore[...]
 * follows. */
static bool parse_comment(const char *line_start, const char *line_end, const char *marker,
                          struct suppression *s)
{
	const char *open = marker;
	while (open > line_start && (open[-1] == ' ' || open[-1] == '\t'))
		open--;
	if (open - line_start < 2 || open[-2] != '/' || (open[-1] != '*' && open[-1] != '/'))
		return false;
	bool block = open[-1] == '*';
	open -= 2;

	const char *p = skip_blanks(marker + strlen(MARKER), line_end);
	if ((size_t)(line_end - p) < 7 || strncmp(p, "ignore[", 7))
		return false;
	p += 7;
	const char *close = memchr(p, ']', (size_t)(line_end - p));
	if (!close)
		return false;
	split_rules(p, close, &s->rules);
	const char *reason_end = line_end;
	if (block) {
		for (const char *q = close; q + 1 < line_end; q++) {
			if (q[0] == '*' && q[1] == '/') {
				reason_end = q;
				break;
			}
		}
	}
	s->reason = trimmed(close + 1, reason_end);
	s->col = (unsigned)(open - line_start) + 1;
	s->end_col = (unsigned)(reason_end - line_start) + (reason_end < line_end ? 3 : 1);
	return s->rules.n > 0;
}

static void scan_file(const char *file, struct suppression_list *out)
{
	size_t len;
	char *text = read_file(file, &len);
	if (!text)
		return;
	const char *end = text + len;
	unsigned line = 1;
	for (const char *ls = text; ls < end; line++) {
		const char *le = memchr(ls, '\n', (size_t)(end - ls));
		if (!le)
			le = end;
		for (const char *p = ls; p < le;) {
			const char *marker = memmem(p, (size_t)(le - p), MARKER, strlen(MARKER));
			if (!marker)
				break;
			struct suppression s = {.file = file, .line = line};
			if (parse_comment(ls, le, marker, &s))
				*suppression_add(out) = s;
			else {
				strvec_free(&s.rules);
				free(s.reason);
			}
			p = marker + strlen(MARKER);
		}
		ls = le + 1;
	}
	free(text);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files to look for comments in, each once. */
static void files_to_scan(const struct report_model *m, const struct strvec *scan,
                          struct strvec *out)
{
	for (size_t i = 0; scan && i < scan->n; i++)
		strvec_push(out, scan->v[i]);
	for (size_t i = 0; i < m->findings.n; i++)
		strvec_push(out, m->findings.v[i].loc.file);
	if (!out->n)
		return;
	qsort(out->v, out->n, sizeof(*out->v), cmp_str);
	size_t kept = 1;
	for (size_t i = 1; i < out->n; i++) {
		if (strcmp(out->v[i], out->v[kept - 1]))
			out->v[kept++] = out->v[i];
		else
			free(out->v[i]);
	}
	out->n = kept;
	out->v[kept] = NULL;
}

static const struct rule *model_rule(const struct report_model *m, const char *id)
{
	for (int i = 0; i < m->nrules; i++)
		if (!strcmp(m->rules[i].id, id))
			return &m->rules[i];
	return NULL;
}

/* A finding about a suppression itself.  Its message is the rule's
 * format with %s the rule list.  Meta rules missing from the rule set are
 * not reported: nothing could index them. */
static void add_meta_finding(struct report_model *m, const char *rule_id, const char *file,
                             unsigned line, unsigned col, unsigned end_col,
                             const struct strvec *rules)
{
	const struct rule *rule = model_rule(m, rule_id);
	if (!rule)
		return;
	char *list = rules_joined(rules);
	const char *fmt = rule->message ? rule->message : rule->short_description;
	struct strbuf msg = {0};
	for (const char *p = fmt; *p; p++) {
		if (p[0] == '%' && p[1] == 's') {
			sb_append(&msg, list);
			p++;
		} else {
			sb_appendn(&msg, p, 1);
		}
	}
	free(list);
	struct finding *f = finding_list_add(&m->findings);
	f->rule = rule;
	f->message = sb_steal(&msg);
	f->loc = (struct xc_loc){.file = xstrdup(file),
	                         .line = line,
	                         .col = col,
	                         .end_line = line,
	                         .end_col = end_col > col ? end_col : col + 1};
}

static bool is_meta_rule(const struct rule *r)
{
	return !strcmp(r->id, RULE_NO_REASON) || !strcmp(r->id, RULE_STALE);
}

static void suppress_finding(struct finding *f, enum suppression_kind kind, const char *reason,
                             unsigned line)
{
	f->suppression = kind;
	f->justification = *reason ? xstrdup(reason) : NULL;
	f->suppression_line = line;
}

/* The comment in f's file on `line` that covers f's rule, if any. */
static struct suppression *comment_at(struct suppression_list *sl, const struct finding *f,
                                      unsigned line)
{
	if (!line)
		return NULL;
	char *key = line_key(f->loc.file, line);
	size_t i = strmap_get(&sl->at, key);
	free(key);
	for (; i != STRMAP_NONE; i = sl->next[i])
		if (suppression_covers(&sl->v[i], f->rule->id))
			return &sl->v[i];
	return NULL;
}

static bool apply_comments(struct suppression_list *sl, struct finding *f)
{
	unsigned fl = f->function_line;
	unsigned lines[] = {f->loc.line, f->loc.line - 1, fl, fl ? fl - 1 : 0};
	for (size_t i = 0; i < NELEMS(lines); i++) {
		struct suppression *s = comment_at(sl, f, lines[i]);
		if (s) {
			s->used = true;
			suppress_finding(f, SUPPRESSION_IN_SOURCE, s->reason, s->line);
			return true;
		}
	}
	return false;
}

/* annotate("xlatcheck:ignore:<rule>[,<rule>]:<reason>") on the enclosing
 * function: the first that covers the finding suppresses it. */
static void apply_annotations(struct report_model *m, size_t index)
{
	struct finding *f = &m->findings.v[index];
	for (size_t i = 0; i < f->nannotations; i++) {
		const char *a = f->annotations[i];
		if (strncmp(a, ANNOTATION, strlen(ANNOTATION)))
			continue;
		a += strlen(ANNOTATION);
		const char *colon = strchr(a, ':');
		const char *rules_end = colon ? colon : a + strlen(a);
		struct suppression s = {0};
		split_rules(a, rules_end, &s.rules);
		s.reason = trimmed(colon ? colon + 1 : rules_end, rules_end + strlen(rules_end));
		bool applies = suppression_covers(&s, f->rule->id);
		if (applies) {
			suppress_finding(f, SUPPRESSION_IN_SOURCE, s.reason, f->function_line);
			if (!*s.reason) {
				char *file = xstrdup(f->loc.file);
				unsigned line = f->function_line ? f->function_line : f->loc.line;
				/* May move the list: f is not used after this. */
				add_meta_finding(m, RULE_NO_REASON, file, line, 1, 2, &s.rules);
				free(file);
			}
		}
		strvec_free(&s.rules);
		free(s.reason);
		if (applies)
			return;
	}
}

void suppress_in_source(struct report_model *m, const struct strvec *scan, bool report_stale)
{
	struct strvec files = {0};
	files_to_scan(m, scan, &files);
	struct suppression_list comments = {0};
	for (size_t i = 0; i < files.n; i++)
		scan_file(files.v[i], &comments);
	suppression_list_index(&comments);

	size_t nfindings = m->findings.n; /* meta findings are appended below */
	for (size_t i = 0; i < nfindings; i++) {
		struct finding *f = &m->findings.v[i];
		if (f->suppression != SUPPRESSION_NONE || is_meta_rule(f->rule))
			continue;
		if (!apply_comments(&comments, f))
			apply_annotations(m, i);
	}
	for (size_t i = 0; i < comments.n; i++) {
		const struct suppression *s = &comments.v[i];
		if (!*s->reason)
			add_meta_finding(m, RULE_NO_REASON, s->file, s->line, s->col, s->end_col,
			                 &s->rules);
		if (report_stale && !s->used)
			add_meta_finding(m, RULE_STALE, s->file, s->line, s->col, s->end_col,
			                 &s->rules);
	}
	suppression_list_free(&comments);
	strvec_free(&files);
}

/* One "GLOB RULE[,RULE...] REASON" line; false if malformed. */
static bool parse_external_line(const char *ls, const char *le, struct suppression *s)
{
	const char *p = skip_blanks(ls, le);
	const char *glob_end = p;
	while (glob_end < le && *glob_end != ' ' && *glob_end != '\t')
		glob_end++;
	const char *r = skip_blanks(glob_end, le);
	const char *rules_end = r;
	while (rules_end < le && *rules_end != ' ' && *rules_end != '\t')
		rules_end++;
	split_rules(r, rules_end, &s->rules);
	s->reason = trimmed(rules_end, le);
	/* The glob is kept in `file`'s place by the caller. */
	s->col = (unsigned)(p - ls) + 1;
	s->end_col = (unsigned)(glob_end - ls) + 1;
	return glob_end > p && s->rules.n > 0 && *s->reason;
}

bool suppress_external(struct report_model *m, const char *path, bool report_stale)
{
	size_t len;
	char *text = read_file(path, &len);
	if (!text) {
		error_msg("cannot read suppression file (%s): %s", read_error(errno), path);
		return false;
	}
	char *abs_path = path_absolute(NULL, path);
	struct suppression_list entries = {0};
	struct strvec globs = {0};
	bool ok = true;
	const char *end = text + len;
	unsigned line = 1;
	for (const char *ls = text; ok && ls < end; line++) {
		const char *le = memchr(ls, '\n', (size_t)(end - ls));
		if (!le)
			le = end;
		const char *first = skip_blanks(ls, le);
		bool blank = first == le || *first == '#' || *first == '\r';
		if (memchr(ls, '\0', (size_t)(le - ls))) {
			error_msg("malformed suppression file line %u (a NUL byte): %s", line,
			          path);
			ok = false;
			break;
		}
		struct suppression s = {.file = abs_path, .line = line};
		if (!blank && parse_external_line(ls, le, &s)) {
			strvec_push_owned(&globs, xstrndup(ls + s.col - 1, s.end_col - s.col));
			*suppression_add(&entries) = s;
		} else {
			strvec_free(&s.rules);
			free(s.reason);
			if (!blank) {
				error_msg("malformed suppression file line %u (want GLOB "
				          "RULE[,RULE...] REASON): %s",
				          line, path);
				ok = false;
			}
		}
		ls = le + 1;
	}
	free(text);

	for (size_t i = 0; ok && i < m->findings.n; i++) {
		struct finding *f = &m->findings.v[i];
		const char *rel = report_relative(m, f->loc.file);
		for (size_t e = 0; f->suppression == SUPPRESSION_NONE && e < entries.n; e++) {
			if (fnmatch(globs.v[e], rel ? rel : f->loc.file, 0) == 0 &&
			    suppression_covers(&entries.v[e], f->rule->id)) {
				entries.v[e].used = true;
				suppress_finding(f, SUPPRESSION_EXTERNAL, entries.v[e].reason, 0);
			}
		}
	}
	for (size_t e = 0; ok && report_stale && e < entries.n; e++)
		if (!entries.v[e].used)
			add_meta_finding(m, RULE_STALE, abs_path, entries.v[e].line,
			                 entries.v[e].col, entries.v[e].end_col,
			                 &entries.v[e].rules);
	suppression_list_free(&entries);
	strvec_free(&globs);
	free(abs_path);
	return ok;
}

static char *used_key(const char *file, unsigned line)
{
	return xasprintf("%u\n%s", line, file);
}

void suppress_drop_used_stale(struct finding_list *fl)
{
	/* Where an in-source suppression was used, by "line\nfile". */
	struct strvec keys = {0};
	struct strmap used = {0};
	for (size_t j = 0; j < fl->n; j++) {
		if (fl->v[j].suppression != SUPPRESSION_IN_SOURCE)
			continue;
		char *key = used_key(fl->v[j].loc.file, fl->v[j].suppression_line);
		if (strmap_get(&used, key) == STRMAP_NONE) {
			strvec_push_owned(&keys, key);
			strmap_add(&used, key, 0);
		} else {
			free(key);
		}
	}
	size_t kept = 0;
	for (size_t i = 0; i < fl->n; i++) {
		struct finding *f = &fl->v[i];
		bool used_elsewhere = false;
		if (!strcmp(f->rule->id, RULE_STALE)) {
			char *key = used_key(f->loc.file, f->loc.line);
			used_elsewhere = strmap_get(&used, key) != STRMAP_NONE;
			free(key);
		}
		if (used_elsewhere)
			finding_free(f);
		else
			fl->v[kept++] = *f;
	}
	fl->n = kept;
	strmap_free(&used);
	strvec_free(&keys);
}
