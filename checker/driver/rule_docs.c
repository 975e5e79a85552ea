/* Rule help inside the SARIF: each rule's page, docs/rules/<id>.md, is
 * installed beside the rules (share/xlatcheck/docs/rules) and becomes the
 * rule's help.markdown; its first paragraph below the title and the
 * "**Level**" line becomes fullDescription.  Code scanning then shows the
 * whole page with no website.  A rule without a page keeps the texts of
 * its JSON. */
#include <stdlib.h>
#include <string.h>

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

static void attach(struct rule *r, const char *dir)
{
	char *path = xasprintf("%s/%s.md", dir, r->id);
	char *md = read_file(path, NULL);
	free(path);
	if (!md)
		return;
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
	const char *rules_dir = rules_default_dir();
	if (!rules_dir)
		return;
	char *dir = xasprintf("%s/../docs/rules", rules_dir);
	for (int i = 0; i < rules->nrules; i++)
		attach(&rules->rules[i], dir);
	free(dir);
}
