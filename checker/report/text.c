/* The text report, in the shape compilers and sparse use, so editors and
 * CI log parsers pick it up:
 *   file:line:col: warning: message [xlatcheck:rule-id]
 *   file:line:col: note: one line per path step, source first
 *   file:line:col: note: the hint */
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

static void write_finding(FILE *out, const struct finding *f, const char *cwd, bool color)
{
	write_location(out, &f->loc, cwd, color);
	write_label(out, f->rule->level, color);
	fprintf(out, "%s [xlatcheck:%s]", f->message, f->rule->id);
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
	if (f->hint) {
		write_location(out, &f->loc, cwd, color);
		write_label(out, "note", color);
		fprintf(out, "%s\n", f->hint);
	}
}

void text_write(FILE *out, const struct finding_list *fl, const char *cwd, bool color,
                bool show_suppressed)
{
	for (size_t i = 0; i < fl->n; i++)
		if (show_suppressed || fl->v[i].suppression == SUPPRESSION_NONE)
			write_finding(out, &fl->v[i], cwd, color);
}
