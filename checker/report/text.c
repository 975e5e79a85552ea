/* The text report, in the shape compilers and sparse use, so editors and
 * CI log parsers pick it up:
 *   file:line:col: warning: message [xlatcheck:rule-id]
 *   file:line:col: note: one line per path step, source first
 *   file:line:col: note: the hint
 *   file:line:col: note: fix-it: replace "OLD" with "NEW" (report/fixes.c)
 * A grouped finding (report/group.c) shows its first call path in full,
 * then "also reached from N other call sites:" and one note per site.
 * Columns count bytes, as clang's and sparse's do.  With a baseline, a
 * finding that is new ends in " [new]", so a CI log shows which ones
 * failed the job (and --only-new lists only those). */
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "report_private.h"

#define SGR_BOLD    "\033[1m"
#define SGR_RESET   "\033[0m"
#define SGR_ERROR   "\033[1;31m"
#define SGR_WARNING "\033[1;35m"
#define SGR_NOTE    "\033[1;36m"

static const char *level_colour(const char *level)
{
	if (!strcmp(level, "error"))
		return SGR_ERROR;
	if (!strcmp(level, "warning"))
		return SGR_WARNING;
	return SGR_NOTE;
}

static void write_location(FILE *out, const struct xc_loc *loc, const char *cwd, bool color)
{
	const char *shown = cwd ? path_below(loc->file, cwd) : NULL;
	if (!shown)
		shown = loc->file;
	fprintf(out, "%s%s:%u:%u:%s ", color ? SGR_BOLD : "", shown, loc->line, loc->col,
	        color ? SGR_RESET : "");
}

static void write_label(FILE *out, const char *level, bool color)
{
	fprintf(out, "%s%s:%s ", color ? level_colour(level) : "", level, color ? SGR_RESET : "");
}

/* The message of the step a call path starts its call chain at. */
static const char *call_message(const struct call_flow *cf)
{
	for (size_t k = 0; k < cf->nsteps; k++)
		if (cf->steps[k].kind == STEP_CALL && cf->steps[k].loc.line == cf->loc.line &&
		    cf->steps[k].loc.col == cf->loc.col)
			return cf->steps[k].message;
	return "reaches it from here";
}

static void write_also(FILE *out, const struct finding *f, const char *cwd, bool color,
                       bool mark_new)
{
	if (!f->nalso)
		return;
	write_location(out, &f->loc, cwd, color);
	write_label(out, "note", color);
	fprintf(out, "also reached from %zu other call %s:\n", f->nalso,
	        f->nalso == 1 ? "site" : "sites");
	for (size_t k = 0; k < f->nalso; k++) {
		write_location(out, &f->also[k].loc, cwd, color);
		write_label(out, "note", color);
		fputs(call_message(&f->also[k]), out);
		if (mark_new && f->also[k].is_new)
			fprintf(out, " %s[new]%s", color ? SGR_BOLD : "", color ? SGR_RESET : "");
		fputc('\n', out);
	}
}

static void write_finding(FILE *out, const struct finding *f, const char *cwd, bool color,
                          bool mark_new)
{
	write_location(out, &f->loc, cwd, color);
	write_label(out, f->rule->level, color);
	fprintf(out, "%s [xlatcheck:%s]", f->message, f->rule->id);
	if (mark_new && f->baseline == BASELINE_NEW)
		fprintf(out, " %s[new]%s", color ? SGR_BOLD : "", color ? SGR_RESET : "");
	if (f->suppression != SUPPRESSION_NONE) {
		if (f->justification && *f->justification)
			fprintf(out, " (suppressed: %s)", f->justification);
		else
			fputs(" (suppressed)", out);
	}
	fputc('\n', out);
	for (size_t i = 0; i < f->nsteps; i++) {
		write_location(out, &f->steps[i].loc, cwd, color);
		write_label(out, "note", color);
		fprintf(out, "%s\n", f->steps[i].message);
	}
	write_also(out, f, cwd, color, mark_new);
	if (f->hint) {
		write_location(out, &f->loc, cwd, color);
		write_label(out, "note", color);
		fprintf(out, "%s\n", f->hint);
	}
	if (f->fix_with) {
		write_location(out, &f->fix_loc, cwd, color);
		write_label(out, "note", color);
		fprintf(out, "fix-it: replace \"%s\" with \"%s\"\n", f->fix_from, f->fix_with);
	}
}

void text_write_styled(FILE *out, const struct finding_list *fl, const struct text_style *st)
{
	for (size_t i = 0; i < fl->n; i++) {
		const struct finding *f = &fl->v[i];
		if (!st->show_suppressed && f->suppression != SUPPRESSION_NONE)
			continue;
		if (st->only_new && f->baseline != BASELINE_NEW)
			continue;
		write_finding(out, f, st->cwd, st->color, st->mark_new);
	}
}

void text_write(FILE *out, const struct finding_list *fl, const char *cwd, bool color,
                bool show_suppressed)
{
	struct text_style st = {.cwd = cwd, .color = color, .show_suppressed = show_suppressed};
	text_write_styled(out, fl, &st);
}
