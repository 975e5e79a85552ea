/* Rule help inside the SARIF: each rule's page, docs/rules/<id>.md, is
 * installed beside the rules (share/xlatcheck/docs/rules) and becomes the
 * rule's help.markdown; its first paragraph below the title and the
 * "**Level**" line becomes fullDescription.  Code scanning then shows the
 * whole page with no website, so a link to another page of the docs
 * (`[suppression.md](../suppression.md)`), which would lead nowhere there,
 * becomes plain text naming the page (`docs/suppression.md`).  A rule
 * without a page keeps the texts of its JSON. */
#include <stdlib.h>
#include <string.h>

#include "../rules/explain.h"
#include "../rules/rules.h"
#include "run.h"

/* The first paragraph that is neither a heading nor the "**Level**" line,
 * on one line. */
static char *first_paragraph(const char *md)
{
	struct strbuf sb = {0};
	for (const char *p = md; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		bool blank = len == 0, skip = *p == '#' || !strncmp(p, "**", 2);
		if (blank && sb.len)
			break;
		if (!blank && !skip) {
			if (sb.len)
				sb_append(&sb, " ");
			sb_appendn(&sb, p, len);
		}
		p += len + (nl != NULL);
	}
	return sb.len ? sb_steal(&sb) : NULL;
}

/* `[text](target)` with a relative target: "text (docs/target)" without
 * the "../" that climbs out of docs/rules/. */
static char *unlink_relative(const char *md)
{
	struct strbuf sb = {0};
	for (const char *p = md; *p;) {
		const char *close = *p == '[' ? strstr(p, "](") : NULL;
		const char *end = close ? strchr(close + 2, ')') : NULL;
		bool relative = end && !memchr(p, '\n', (size_t)(end - p)) &&
		                strncmp(close + 2, "http", 4) != 0 && close[2] != '#';
		if (!relative) {
			sb_appendn(&sb, p++, 1);
			continue;
		}
		const char *target = close + 2;
		while (!strncmp(target, "../", 3))
			target += 3;
		sb_appendn(&sb, p + 1, (size_t)(close - p - 1));
		sb_printf(&sb, " (docs/%.*s)", (int)(end - target), target);
		p = end + 1;
	}
	return sb_steal(&sb);
}

static void attach(struct rule *r, const char *dir)
{
	char *path = xasprintf("%s/%s.md", dir, r->id);
	char *raw = read_file(path, NULL);
	free(path);
	if (!raw)
		return;
	char *md = unlink_relative(raw);
	free(raw);
	char *full = first_paragraph(md);
	if (full) {
		free(r->full_description);
		r->full_description = full;
	}
	free(r->help_markdown);
	r->help_markdown = md;
}

void rule_docs_attach(struct rule_set *rules)
{
	char *dir = rules_docs_dir();
	if (!dir)
		return;
	for (int i = 0; i < rules->nrules; i++)
		attach(&rules->rules[i], dir);
	free(dir);
}
