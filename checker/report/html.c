/* `xlatcheck html IN.sarif... -o DIR`: a static, self-contained HTML report
 * of SARIF logs that xlatcheck wrote (read back with sarif_read()).
 *
 *   DIR/index.html      every finding, with filters by rule, file, baseline
 *                       state and suppression (a tiny inline script that
 *                       keeps them in the URL's #fragment, so a filtered
 *                       view can be linked; without script all rows show)
 *   DIR/finding-N.html  one finding: the source lines around each step of
 *                       its code flow with the step's message beside them,
 *                       numbered in path order, across files
 *
 * Sources are read from the results' locations, which sarif_read()
 * resolves against the log's %SRCROOT%; --srcroot DIR moves them to where
 * the tree is now.  A source that cannot be read (or is shorter than a
 * step's line) gives a notice on the page instead of code.  Every string
 * from the log or a source is HTML-escaped, and each page carries its CSS
 * and a Content-Security-Policy that forbids loading anything else. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../rules/rules.h"
#include "output.h"
#include "report_private.h"

#define HTML_CONTEXT 3 /* source lines shown around a step */

static const char usage[] = "usage: xlatcheck html [-q] [--srcroot DIR] -o DIR IN.sarif...\n";

static const char css[] =
    "body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#1b1b1b;background:#fff}\n"
    "code,.src,.ln,.loc{font-family:ui-monospace,'DejaVu Sans Mono',monospace}\n"
    "a{color:#1a56db}\n"
    "table.list,table.facts{border-collapse:collapse}\n"
    "table.list td,table.list th,table.facts td,table.facts th{border-bottom:1px solid #ddd;"
    "padding:.25em .6em;text-align:left;vertical-align:top}\n"
    ".level-error{color:#b00020}.level-warning{color:#8a4b00}.level-note{color:#0b5394}\n"
    ".state-new{font-weight:bold}\n"
    "form.filters label{margin-right:1em}\n"
    ".hunk{margin:1em 0;border:1px solid #ccc;border-radius:4px;overflow-x:auto}\n"
    ".hunk .file{background:#f0f0f0;padding:.3em .6em;font-weight:bold}\n"
    "table.code{border-collapse:collapse;width:100%;table-layout:fixed}\n"
    "table.code td{padding:0 .5em;vertical-align:top}\n"
    ".ln{color:#888;text-align:right;width:3.5em}\n"
    ".src{white-space:pre;tab-size:8;overflow-x:auto}\n"
    "tr.on .src{background:#fffbea}\n"
    "mark{background:#ffe899}mark.d2{background:#ffd24d}mark.d3{background:#ffb300}\n"
    ".msgs{width:38%}\n"
    ".step{background:#e8f0fe;border-left:4px solid #1a56db;margin:.15em 0;padding:.1em .4em}\n"
    ".num{display:inline-block;min-width:1.4em;border-radius:1em;background:#1a56db;"
    "color:#fff;text-align:center;font-weight:bold;margin-right:.4em}\n"
    ".kind{color:#555;font-size:90%;margin-left:.4em}\n"
    ".missing{color:#8a4b00;padding:.5em .6em}\n"
    ".help{white-space:pre-wrap}\n";

/* The index's filter script: applies the #rule=..&file=.. fragment to the
 * rows (their data-* attributes) and the selects, and back. */
static const char filter_script[] =
    "(function(){var keys=['rule','file','state','suppressed'];\n"
    "function sel(k){return document.getElementById('f-'+k);}\n"
    "function wanted(){var h={};location.hash.slice(1).split('&').forEach(function(p){\n"
    "var i=p.indexOf('=');if(i>0)h[p.slice(0,i)]=decodeURIComponent(p.slice(i+1));});return h;}\n"
    "function apply(){var h=wanted(),n=0;keys.forEach(function(k){sel(k).value=h[k]||'';});\n"
    "document.querySelectorAll('tr.finding').forEach(function(r){\n"
    "var ok=keys.every(function(k){return !h[k]||r.dataset[k]===h[k];});\n"
    "r.hidden=!ok;if(ok)n++;});\n"
    "document.getElementById('shown').textContent=n+' shown';}\n"
    "keys.forEach(function(k){sel(k).onchange=function(){location.hash=keys.map(function(k){\n"
    "var v=sel(k).value;return "
    "v?k+'='+encodeURIComponent(v):'';}).filter(Boolean).join('&');};});\n"
    "window.onhashchange=apply;apply();})();\n";

/* ---- HTML text ---------------------------------------------------------- */

static void esc_n(struct strbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '&')
			sb_append(sb, "&amp;");
		else if (c == '<')
			sb_append(sb, "&lt;");
		else if (c == '>')
			sb_append(sb, "&gt;");
		else if (c == '"')
			sb_append(sb, "&quot;");
		else if (c == '\'')
			sb_append(sb, "&#39;");
		else if (c < 0x20 && c != '\t' && c != '\n')
			sb_append(sb, "\xEF\xBF\xBD"); /* U+FFFD for control bytes */
		else
			sb_appendn(sb, &s[i], 1);
	}
}

static void esc(struct strbuf *sb, const char *s)
{
	esc_n(sb, s ? s : "", s ? strlen(s) : 0);
}

/* `<tag class="cls">text</tag>` with the text escaped. */
static void element(struct strbuf *sb, const char *tag, const char *cls, const char *text)
{
	sb_printf(sb, "<%s class=\"%s\">", tag, cls);
	esc(sb, text);
	sb_printf(sb, "</%s>", tag);
}

/* Scripts run only on the index; nothing is ever loaded from elsewhere. */
static void page_begin(struct strbuf *sb, const char *title, bool script)
{
	sb_printf(sb,
	          "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	          "style-src 'unsafe-inline'; script-src %s\">\n<title>",
	          script ? "'unsafe-inline'" : "'none'");
	esc(sb, title);
	sb_printf(sb, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);
}

static void page_end(struct strbuf *sb)
{
	sb_append(sb, "</body>\n</html>\n");
}

/* ---- the report model ---------------------------------------------------- */

struct html_item {
	const struct finding *f;
	const char *root;  /* paths below it are shown relative */
	const char *input; /* the SARIF file, as given */
	const char *category;
};

struct html_report {
	const char *dir;
	struct html_item *items;
	size_t nitems;
	const struct sarif_input *inputs;
	const char *const *input_names;
	size_t ninputs;
	struct source_cache *sources; /* read once: the columns were converted with it */
	struct strvec unreadable;     /* sources already warned about */
	bool quiet;
};

/* The lines of `file` (columns.c's source cache), or -1 when it cannot be
 * read: then a warning, once per file, unless -q. */
static long source_lines_warned(struct html_report *r, const char *file)
{
	long n = source_nlines(r->sources, file);
	bool warned = false;
	for (size_t i = 0; n < 0 && i < r->unreadable.n; i++)
		warned |= !strcmp(r->unreadable.v[i], file);
	if (n < 0 && !warned) {
		strvec_push(&r->unreadable, file);
		if (!r->quiet)
			warning_msg("source not readable, its steps are shown without code: %s",
			            file);
	}
	return n;
}

static const char *shown_path(const struct html_item *it, const char *file)
{
	const char *rel = it->root ? path_below(file, it->root) : NULL;
	return rel ? rel : file;
}

static const char *state_name(enum baseline_state b)
{
	static const char *const names[] = {
	    [BASELINE_NONE] = "none",           [BASELINE_NEW] = "new",
	    [BASELINE_UNCHANGED] = "unchanged", [BASELINE_UPDATED] = "updated",
	    [BASELINE_ABSENT] = "absent",
	};
	return names[b];
}

static const char *suppressed_name(const struct finding *f)
{
	return f->suppression == SUPPRESSION_NONE ? "no" : "yes";
}

static const char *rule_level_of(const struct finding *f)
{
	return f->rule->level ? f->rule->level : "warning";
}

/* ---- a finding's path ---------------------------------------------------- */

/* The steps a page shows: the code flow, or the result itself when it has
 * none (the meta rules). */
struct path_view {
	const struct path_step *steps;
	size_t n;
	struct path_step only;
};

static void path_view_init(struct path_view *pv, const struct finding *f,
                           const struct path_step *steps, size_t n)
{
	pv->steps = steps;
	pv->n = n;
	if (!n) {
		pv->only =
		    (struct path_step){.kind = STEP_SINK, .loc = f->loc, .message = f->message};
		pv->steps = &pv->only;
		pv->n = 1;
	}
}

/* The last step of the hunk that starts at `first`: later steps join it
 * while they stay in the file, move forward, and their lines touch. */
static size_t hunk_last(const struct path_view *pv, size_t first)
{
	size_t k = first;
	while (k + 1 < pv->n) {
		const struct xc_loc *a = &pv->steps[k].loc, *b = &pv->steps[k + 1].loc;
		if (strcmp(a->file, b->file) || b->line < a->line ||
		    b->line > a->line + 2 * HTML_CONTEXT + 1)
			break;
		k++;
	}
	return k;
}

static void step_box(struct strbuf *sb, const struct html_item *it, const struct path_step *s,
                     size_t number)
{
	sb_printf(sb, "<div class=\"step\" id=\"step-%zu\" data-step=\"%zu\">", number, number);
	sb_printf(sb, "<span class=\"num\">%zu</span>", number);
	element(sb, "span", "msg", s->message);
	sb_append(sb, "<span class=\"kind\">");
	esc(sb, step_kind_name(s->kind));
	/* The block names the file: the box shows line:column, the file on hover. */
	sb_append(sb, " \xC2\xB7 <span class=\"loc\" title=\"");
	esc(sb, shown_path(it, s->loc.file));
	sb_printf(sb, ":%u:%u\">%u:%u</span></span></div>\n", s->loc.line, s->loc.col, s->loc.line,
	          s->loc.col);
}

/* UTF-8: a boundary never falls inside a character. */
static size_t char_boundary(const char *line, size_t len, size_t at)
{
	while (at < len && ((unsigned char)line[at] & 0xC0) == 0x80)
		at++;
	return at;
}

struct span {
	size_t b, e;
};

/* The byte range of step `s` on source line `lineno` (`len` bytes). */
static struct span step_span(const struct path_step *s, unsigned lineno, const char *line,
                             size_t len)
{
	const struct xc_loc *l = &s->loc;
	size_t b = l->col ? l->col - 1 : 0, e;
	if (l->end_line == lineno && l->end_col > l->col)
		e = l->end_col - 1;
	else
		e = l->end_line > lineno ? len : b + 1;
	b = char_boundary(line, len, b < len ? b : len);
	e = char_boundary(line, len, e < len ? e : len);
	return (struct span){b, e > b ? e : b};
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* One source line, the ranges of the steps on it marked; where ranges nest,
 * the mark is darker (d1..d3). */
static void code_text(struct strbuf *sb, const char *line, size_t len, const struct span *sp,
                      size_t nsp)
{
	size_t *cut = xcalloc(2 * nsp + 2, sizeof(*cut)), ncut = 0;
	cut[ncut++] = 0;
	cut[ncut++] = len;
	for (size_t i = 0; i < nsp; i++) {
		cut[ncut++] = sp[i].b;
		cut[ncut++] = sp[i].e;
	}
	qsort(cut, ncut, sizeof(*cut), cmp_size);
	for (size_t i = 0; i + 1 < ncut; i++) {
		size_t p = cut[i], q = cut[i + 1];
		if (p == q)
			continue;
		unsigned depth = 0;
		for (size_t k = 0; k < nsp; k++)
			depth += sp[k].b <= p && q <= sp[k].e;
		if (depth)
			sb_printf(sb, "<mark class=\"d%u\">", depth < 3 ? depth : 3);
		esc_n(sb, line + p, q - p);
		sb_append(sb, depth ? "</mark>" : "");
	}
	free(cut);
}

/* A row of the code table: number, source, and the boxes of the steps
 * first..last that are on this line, in path order. */
static void code_row(struct strbuf *sb, const struct html_item *it, struct source_cache *sources,
                     const char *file, unsigned lineno, const struct path_view *pv, size_t first,
                     size_t last)
{
	size_t len;
	const char *line = source_line(sources, file, lineno, &len);
	if (len && line[len - 1] == '\r') /* CR LF */
		len--;
	struct span *sp = xcalloc(last - first + 1, sizeof(*sp));
	size_t nsp = 0;
	for (size_t k = first; k <= last; k++)
		if (pv->steps[k].loc.line == lineno)
			sp[nsp++] = step_span(&pv->steps[k], lineno, line, len);
	sb_printf(sb, "<tr%s><td class=\"ln\">%u</td><td class=\"src\">",
	          nsp ? " class=\"on\"" : "", lineno);
	code_text(sb, line, len, sp, nsp);
	sb_append(sb, "</td><td class=\"msgs\">");
	for (size_t k = first; k <= last; k++)
		if (pv->steps[k].loc.line == lineno)
			step_box(sb, it, &pv->steps[k], k + 1);
	sb_append(sb, "</td></tr>\n");
	free(sp);
}

/* Steps first..last of one file, as code with the messages beside it, or
 * as a notice and the bare steps when the source cannot be shown. */
static void hunk(struct strbuf *sb, struct html_report *r, const struct html_item *it,
                 const struct path_view *pv, size_t first, size_t last)
{
	const struct path_step *s0 = &pv->steps[first], *sN = &pv->steps[last];
	long nlines = source_lines_warned(r, s0->loc.file);
	sb_append(sb, "<section class=\"hunk\" data-file=\"");
	esc(sb, shown_path(it, s0->loc.file));
	sb_append(sb, "\">\n<div class=\"file\">");
	sb_printf(sb, first == last ? "Step %zu" : "Steps %zu\xE2\x80\x93%zu", first + 1, last + 1);
	sb_append(sb, " in <span class=\"loc\">");
	esc(sb, shown_path(it, s0->loc.file));
	sb_append(sb, "</span></div>\n");
	if (nlines < 0 || !s0->loc.line || sN->loc.line > nlines) {
		sb_append(sb, "<p class=\"missing\">");
		esc(sb, nlines >= 0 ? "The source is shorter than this path: it changed since the "
		                      "report was made. Steps only:"
		                    : "The source is not readable here (give --srcroot DIR if the "
		                      "tree moved). Steps only:");
		sb_append(sb, "</p>\n");
		for (size_t k = first; k <= last; k++)
			step_box(sb, it, &pv->steps[k], k + 1);
		sb_append(sb, "</section>\n");
		return;
	}
	unsigned from = s0->loc.line > HTML_CONTEXT ? s0->loc.line - HTML_CONTEXT : 1;
	unsigned to = sN->loc.line + HTML_CONTEXT;
	to = to < nlines ? to : (unsigned)nlines;
	sb_append(sb, "<table class=\"code\">\n");
	for (unsigned line = from; line <= to; line++)
		code_row(sb, it, r->sources, s0->loc.file, line, pv, first, last);
	sb_append(sb, "</table>\n</section>\n");
}

static size_t path_files(const struct path_view *pv)
{
	size_t n = 0;
	for (size_t i = 0; i < pv->n; i++) {
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = !strcmp(pv->steps[k].loc.file, pv->steps[i].loc.file);
		n += !seen;
	}
	return n;
}

static void path_flow(struct strbuf *sb, struct html_report *r, const struct html_item *it,
                      const struct path_step *steps, size_t n, size_t k)
{
	struct path_view pv;
	path_view_init(&pv, it->f, steps, n);
	size_t nfiles = path_files(&pv);
	sb_append(sb, "<h2>Path");
	if (it->f->nalso) { /* a grouped finding: one path per call site */
		const struct xc_loc *site = k ? &it->f->also[k - 1].loc : flow_call_site(steps, n);
		sb_printf(sb, " %zu of %zu, from ", k + 1, it->f->nalso + 1);
		esc(sb, shown_path(it, site->file));
		sb_printf(sb, ":%u", site->line);
		if (k && it->f->also[k - 1].is_new)
			sb_append(sb, " (new)");
	}
	sb_printf(sb, ": %zu step%s in %zu file%s</h2>\n<div class=\"path\">\n", pv.n,
	          pv.n == 1 ? "" : "s", nfiles, nfiles == 1 ? "" : "s");
	for (size_t first = 0; first < pv.n;) {
		size_t last = hunk_last(&pv, first);
		hunk(sb, r, it, &pv, first, last);
		first = last + 1;
	}
	sb_append(sb, "</div>\n");
}

/* Every call path of the finding, in order: a grouped finding
 * (report/group.c) has one per call site. */
static void path_section(struct strbuf *sb, struct html_report *r, const struct html_item *it)
{
	const struct finding *f = it->f;
	path_flow(sb, r, it, f->steps, f->nsteps, 0);
	for (size_t k = 0; k < f->nalso; k++)
		path_flow(sb, r, it, f->also[k].steps, f->also[k].nsteps, k + 1);
}

/* ---- a finding's page ---------------------------------------------------- */

static void fact(struct strbuf *sb, const char *name, const char *value)
{
	if (!value)
		return;
	sb_append(sb, "<tr><th>");
	esc(sb, name);
	sb_append(sb, "</th><td>");
	esc(sb, value);
	sb_append(sb, "</td></tr>\n");
}

static void facts_table(struct strbuf *sb, const struct html_item *it)
{
	const struct finding *f = it->f;
	sb_append(sb, "<table class=\"facts\">\n<tr><th>Rule</th><td><code>");
	esc(sb, f->rule->id);
	sb_append(sb, "</code> \xE2\x80\x94 ");
	esc(sb, f->rule->short_description);
	sb_append(sb, "</td></tr>\n<tr><th>Location</th><td class=\"loc\">");
	esc(sb, shown_path(it, f->loc.file));
	sb_printf(sb, ":%u:%u</td></tr>\n", f->loc.line, f->loc.col);
	fact(sb, "Function", f->function);
	fact(sb, "Region", f->region);
	fact(sb, "Translation", f->sink);
	fact(sb, "Hint", f->hint);
	if (f->fix_with) { /* the edit --fix-diff makes (report/fixes.c) */
		char *fix =
		    xasprintf("replace %s() with %s() at %s:%u:%u", f->fix_from, f->fix_with,
		              shown_path(it, f->fix_loc.file), f->fix_loc.line, f->fix_loc.col);
		fact(sb, "Fix", fix);
		free(fix);
	}
	fact(sb, "Baseline", f->baseline == BASELINE_NONE ? NULL : state_name(f->baseline));
	if (f->suppression != SUPPRESSION_NONE) {
		char *why = xasprintf(
		    "%s%s%s", f->suppression == SUPPRESSION_IN_SOURCE ? "in source" : "externally",
		    f->justification ? ": " : "", f->justification ? f->justification : "");
		fact(sb, "Suppressed", why);
		free(why);
	}
	fact(sb, "Run", it->category);
	fact(sb, "Report", it->input);
	sb_append(sb, "</table>\n");
}

static void rule_help(struct strbuf *sb, const struct rule *rule)
{
	const char *help = rule->help_text ? rule->help_text : rule->full_description;
	if (!help)
		return;
	sb_append(sb, "<details class=\"rule\"><summary>About <code>");
	esc(sb, rule->id);
	sb_append(sb, "</code></summary>\n");
	element(sb, "div", "help", help);
	sb_append(sb, "\n<p>The whole page: <code>xlatcheck --explain ");
	esc(sb, rule->id);
	sb_append(sb, "</code></p>\n</details>\n");
}

static char *finding_page(struct html_report *r, size_t i)
{
	const struct html_item *it = &r->items[i];
	const struct finding *f = it->f;
	struct strbuf sb = {0};
	char *title = xasprintf("%s: %s", f->rule->id, f->message);
	page_begin(&sb, title, false);
	free(title);
	sb_append(&sb, "<nav><a href=\"index.html\">All findings</a>");
	if (i > 0)
		sb_printf(&sb, " \xC2\xB7 <a href=\"finding-%zu.html\">previous</a>", i);
	if (i + 1 < r->nitems)
		sb_printf(&sb, " \xC2\xB7 <a href=\"finding-%zu.html\">next</a>", i + 2);
	sb_printf(&sb, " \xC2\xB7 finding %zu of %zu</nav>\n<h1>", i + 1, r->nitems);
	sb_append(&sb, "<span class=\"level level-");
	esc(&sb, rule_level_of(f));
	sb_append(&sb, "\">");
	esc(&sb, rule_level_of(f));
	sb_append(&sb, "</span> ");
	element(&sb, "span", "message", f->message);
	sb_append(&sb, "</h1>\n");
	facts_table(&sb, it);
	path_section(&sb, r, it);
	rule_help(&sb, f->rule);
	page_end(&sb);
	return sb_steal(&sb);
}

/* ---- the index ------------------------------------------------------------ */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct values of one filter, sorted. */
static void filter_values(const struct html_report *r, const char *key, struct strvec *out)
{
	for (size_t i = 0; i < r->nitems; i++) {
		const struct html_item *it = &r->items[i];
		const char *v = !strcmp(key, "rule")    ? it->f->rule->id
		                : !strcmp(key, "file")  ? shown_path(it, it->f->loc.file)
		                : !strcmp(key, "state") ? state_name(it->f->baseline)
		                                        : suppressed_name(it->f);
		bool seen = false;
		for (size_t k = 0; k < out->n && !seen; k++)
			seen = !strcmp(out->v[k], v);
		if (!seen)
			strvec_push(out, v);
	}
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), cmp_str);
}

static void filter_select(struct strbuf *sb, const struct html_report *r, const char *key,
                          const char *label)
{
	struct strvec values = {0};
	filter_values(r, key, &values);
	sb_printf(sb, "<label>%s <select id=\"f-%s\"><option value=\"\">all</option>", label, key);
	for (size_t k = 0; k < values.n; k++) {
		sb_append(sb, "<option value=\"");
		esc(sb, values.v[k]);
		sb_append(sb, "\">");
		esc(sb, values.v[k]);
		sb_append(sb, "</option>");
	}
	sb_append(sb, "</select></label>\n");
	strvec_free(&values);
}

static void data_attr(struct strbuf *sb, const char *name, const char *value)
{
	sb_printf(sb, " data-%s=\"", name);
	esc(sb, value);
	sb_append(sb, "\"");
}

/* A row; `run` adds the Run column (several inputs: which one it is from). */
static void index_row(struct strbuf *sb, const struct html_item *it, size_t i, bool run)
{
	const struct finding *f = it->f;
	const char *file = shown_path(it, f->loc.file);
	sb_append(sb, "<tr class=\"finding\"");
	data_attr(sb, "rule", f->rule->id);
	data_attr(sb, "file", file);
	data_attr(sb, "state", state_name(f->baseline));
	data_attr(sb, "suppressed", suppressed_name(f));
	sb_printf(sb, "><td><a href=\"finding-%zu.html\">%zu</a></td><td><code>", i + 1, i + 1);
	esc(sb, f->rule->id);
	sb_printf(sb, "</code></td><td class=\"level-%s\">", rule_level_of(f));
	esc(sb, rule_level_of(f));
	sb_append(sb, "</td><td class=\"loc\">");
	esc(sb, file);
	sb_printf(sb, ":%u:%u</td><td><a href=\"finding-%zu.html\">", f->loc.line, f->loc.col,
	          i + 1);
	esc(sb, f->message);
	sb_printf(sb, "</a></td><td class=\"state-%s\">", state_name(f->baseline));
	esc(sb, f->baseline == BASELINE_NONE ? "" : state_name(f->baseline));
	sb_append(sb, "</td><td>");
	esc(sb, f->suppression == SUPPRESSION_NONE ? "" : "suppressed");
	if (run) {
		sb_append(sb, "</td><td>");
		esc(sb, it->category ? it->category : it->input);
	}
	sb_append(sb, "</td></tr>\n");
}

static void index_notices(struct strbuf *sb, const struct html_report *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->ninputs; i++)
		n += r->inputs[i].notices.n;
	if (!n)
		return;
	sb_append(sb, "<h2>Run notices</h2>\n<ul class=\"notices\">\n");
	for (size_t i = 0; i < r->ninputs; i++)
		for (size_t k = 0; k < r->inputs[i].notices.n; k++) {
			const struct notice *nt = &r->inputs[i].notices.v[k];
			sb_append(sb, "<li>");
			element(sb, "span", "level-note", nt->level);
			sb_append(sb, " ");
			esc(sb, nt->file ? nt->file : "");
			sb_append(sb, nt->file ? ": " : "");
			esc(sb, nt->text);
			sb_append(sb, "</li>\n");
		}
	sb_append(sb, "</ul>\n");
}

static char *index_page(const struct html_report *r)
{
	struct strbuf sb = {0};
	page_begin(&sb, "xlatcheck report", true);
	sb_printf(&sb, "<h1>xlatcheck report</h1>\n<p class=\"summary\">%zu finding%s from",
	          r->nitems, r->nitems == 1 ? "" : "s");
	for (size_t i = 0; i < r->ninputs; i++) {
		sb_append(&sb, i ? ", <code>" : " <code>");
		esc(&sb, r->input_names[i]);
		sb_append(&sb, "</code>");
	}
	sb_append(&sb, ".</p>\n<form class=\"filters\">\n");
	filter_select(&sb, r, "rule", "Rule");
	filter_select(&sb, r, "file", "File");
	filter_select(&sb, r, "state", "Baseline");
	filter_select(&sb, r, "suppressed", "Suppressed");
	sb_append(&sb, "<span id=\"shown\"></span>\n</form>\n"
	               "<table class=\"list\" id=\"findings\">\n<thead><tr><th>#</th><th>Rule</th>"
	               "<th>Level</th><th>Location</th><th>Message</th><th>Baseline</th>"
	               "<th>Suppressed</th>");
	sb_append(&sb, r->ninputs > 1 ? "<th>Run</th></tr></thead>\n<tbody>\n"
	                              : "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < r->nitems; i++)
		index_row(&sb, &r->items[i], i, r->ninputs > 1);
	sb_append(&sb, "</tbody>\n</table>\n");
	if (!r->nitems)
		sb_append(&sb, "<p class=\"empty\">No findings.</p>\n");
	index_notices(&sb, r);
	sb_printf(&sb, "<script>\n%s</script>\n", filter_script);
	page_end(&sb);
	return sb_steal(&sb);
}

/* ---- writing --------------------------------------------------------------- */

static bool write_page(const char *dir, const char *name, char *html)
{
	char *path = xasprintf("%s/%s", dir, name);
	bool ok = output_write(path, html, strlen(html));
	free(path);
	free(html);
	return ok;
}

static bool make_dir(const char *dir)
{
	if (path_is_dir(dir))
		return true;
	if (mkdir(dir, 0777) != 0) {
		error_msg("%s: %s",
		          errno == EEXIST ? "the report directory is not a directory"
		                          : "cannot create the report directory",
		          dir);
		return false;
	}
	return true;
}

static bool write_report(struct html_report *r)
{
	if (!make_dir(r->dir) || !write_page(r->dir, "index.html", index_page(r)))
		return false;
	for (size_t i = 0; i < r->nitems; i++) {
		char *name = xasprintf("finding-%zu.html", i + 1);
		bool ok = write_page(r->dir, name, finding_page(r, i));
		free(name);
		if (!ok)
			return false;
	}
	return true;
}

/* ---- inputs ---------------------------------------------------------------- */

/* --srcroot: a path below the log's %SRCROOT% moves below `root`. */
static void move_below(char **file, const char *from, const char *root)
{
	const char *rel = from && *file ? path_below(*file, from) : NULL;
	if (!rel)
		return;
	char *moved = path_absolute(root, rel);
	free(*file);
	*file = moved;
}

static void move_input(struct sarif_input *in, const char *root)
{
	for (size_t i = 0; i < in->findings.n; i++) {
		struct finding *f = &in->findings.v[i];
		move_below(&f->loc.file, in->srcroot, root);
		for (size_t k = 0; k < f->nsteps; k++)
			move_below(&f->steps[k].loc.file, in->srcroot, root);
		for (size_t a = 0; a < f->nalso; a++) {
			move_below(&f->also[a].loc.file, in->srcroot, root);
			for (size_t k = 0; k < f->also[a].nsteps; k++)
				move_below(&f->also[a].steps[k].loc.file, in->srcroot, root);
		}
		move_below(&f->fix_loc.file, in->srcroot, root);
	}
}

static int cmp_item(const void *pa, const void *pb)
{
	const struct html_item *a = pa, *b = pb;
	int c = strcmp(a->f->loc.file, b->f->loc.file);
	if (c)
		return c;
	if (a->f->loc.line != b->f->loc.line)
		return a->f->loc.line < b->f->loc.line ? -1 : 1;
	if (a->f->loc.col != b->f->loc.col)
		return a->f->loc.col < b->f->loc.col ? -1 : 1;
	c = strcmp(a->f->rule->id, b->f->rule->id);
	return c ? c : strcmp(a->input, b->input);
}

static void collect_items(struct html_report *r, const char *srcroot)
{
	size_t n = 0;
	for (size_t i = 0; i < r->ninputs; i++)
		n += r->inputs[i].findings.n;
	r->items = xcalloc(n ? n : 1, sizeof(*r->items));
	for (size_t i = 0; i < r->ninputs; i++) {
		const struct sarif_input *in = &r->inputs[i];
		for (size_t k = 0; k < in->findings.n; k++)
			r->items[r->nitems++] =
			    (struct html_item){&in->findings.v[k], srcroot ? srcroot : in->srcroot,
			                       r->input_names[i], in->automation_id};
	}
	if (r->nitems)
		qsort(r->items, r->nitems, sizeof(*r->items), cmp_item);
}

struct html_args {
	const char *out;
	const char *srcroot;
	bool quiet;
	struct strvec inputs;
};

static bool parse_args(int argc, char **argv, struct html_args *a)
{
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		bool valued = !strcmp(arg, "-o") || !strcmp(arg, "--srcroot");
		if (valued && i + 1 >= argc) {
			error_msg("option needs a value: %s", arg);
			return false;
		}
		if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
			fputs(usage, stdout);
			exit(EXIT_CLEAN);
		} else if (!strcmp(arg, "-o")) {
			a->out = argv[++i];
		} else if (!strcmp(arg, "--srcroot")) {
			a->srcroot = argv[++i];
		} else if (!strcmp(arg, "-q")) {
			a->quiet = true;
		} else if (arg[0] == '-' && arg[1]) {
			error_msg("unknown option to html: %s", arg);
			return false;
		} else {
			strvec_push(&a->inputs, arg);
		}
	}
	if (!a->out || !a->inputs.n) {
		error_msg("html needs -o DIR and at least one SARIF file: %s",
		          a->out ? "no SARIF file" : "no -o DIR");
		fputs(usage, stderr);
		return false;
	}
	return true;
}

static int html_run(const struct html_args *a, struct sarif_input *in)
{
	size_t nin = 0;
	bool ok = true;
	char *root = a->srcroot ? path_absolute(NULL, a->srcroot) : NULL;
	struct source_cache *columns = source_cache_new(); /* also the pages' sources */
	for (; ok && nin < a->inputs.n; nin++) {
		ok = sarif_read(a->inputs.v[nin], "SARIF input", &in[nin]);
		if (ok && root)
			move_input(&in[nin], root);
		for (size_t k = 0; ok && k < in[nin].findings.n; k++) /* SARIF columns are UTF-16 */
			finding_columns_from_utf16(columns, &in[nin].findings.v[k]);
	}
	if (ok) {
		struct html_report r = {.dir = a->out,
		                        .inputs = in,
		                        .input_names = (const char *const *)a->inputs.v,
		                        .ninputs = nin,
		                        .sources = columns,
		                        .quiet = a->quiet};
		collect_items(&r, root);
		ok = write_report(&r);
		free(r.items);
		strvec_free(&r.unreadable);
	}
	for (size_t i = 0; i < nin; i++)
		sarif_input_free(&in[i]);
	free(root);
	source_cache_free(columns);
	return ok ? EXIT_CLEAN : EXIT_USAGE;
}

int html_main(int argc, char **argv)
{
	struct html_args a = {0};
	int rc = EXIT_USAGE;
	if (parse_args(argc, argv, &a)) {
		struct sarif_input *in = xcalloc(a.inputs.n, sizeof(*in));
		rc = html_run(&a, in);
		free(in);
	}
	strvec_free(&a.inputs);
	return rc;
}
