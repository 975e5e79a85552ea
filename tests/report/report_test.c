/* Tests of the reporters, without the engine: findings are built by hand
 * on the @marker lines of the case files, and what report_run(), text_write()
 * and merge_main() make of them is checked with JSON-C.
 *
 *   report_test CASE WORKDIR     one test case (see `cases` below)
 *   report_test all WORKDIR      every case, leaving every SARIF file in
 *                                WORKDIR for the schema validator
 *   report_test emit-tu WORKDIR/DIR a|b   one per-TU SARIF file (--sarif-dir)
 *   report_test merge OUT DIR    merge_main(DIR -o OUT) */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/report.h"
#include "report/report_private.h"
#include "rules/rules.h"
#include "util.h"

static int failures;

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
			failures++;                                                                \
		}                                                                                  \
	} while (0)

#define CHECK_STR(a, b)                                                                            \
	do {                                                                                       \
		const char *a_ = (a), *b_ = (b);                                                   \
		if (!a_ || !b_ || strcmp(a_, b_)) {                                                \
			fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__,           \
			        a_ ? a_ : "(null)", b_ ? b_ : "(null)");                           \
			failures++;                                                                \
		}                                                                                  \
	} while (0)

/* --- a small rule set, shaped like the rule files ---------------------- */

static char *tags_vmalloc[] = {"correctness", "vmalloc"};
static char *tags_percpu[] = {"correctness", "percpu"};
static char *tags_meta[] = {"maintainability"};

static struct rule test_rules[] = {
    {.id = "percpu-to-linear",
     .name = "PercpuToLinear",
     .short_description = "A per-CPU pointer reaches a linear-map-only translation.",
     .full_description = "Per-CPU areas may be vmalloc-mapped.",
     .help_text = "Use per_cpu_ptr_to_phys().",
     .help_markdown = "Use `per_cpu_ptr_to_phys()`.",
     .level = "warning",
     .precision = "high",
     .security_severity = "7.0",
     .tags = tags_percpu,
     .ntags = 2},
    {.id = "vmalloc-to-linear",
     .name = "VmallocToLinear",
     .short_description = "A vmalloc pointer reaches a linear-map-only translation.",
     .full_description = "vmalloc memory is not in the linear map.",
     .help_text = "Use vmalloc_to_page().",
     .level = "error",
     .precision = "high",
     .tags = tags_vmalloc,
     .ntags = 2},
    {.id = "suppression-without-reason",
     .name = "SuppressionWithoutReason",
     .short_description = "An xlatcheck suppression gives no reason.",
     .message = "suppression of %s gives no reason",
     .help_text = "Write the reason.",
     .level = "note",
     .precision = "very-high",
     .tags = tags_meta,
     .ntags = 1},
    {.id = "stale-suppression",
     .name = "StaleSuppression",
     .short_description = "An xlatcheck suppression matches no finding.",
     .message = "suppression of %s matches no finding",
     .help_text = "Remove it.",
     .level = "note",
     .precision = "very-high",
     .tags = tags_meta,
     .ntags = 1},
};
enum { R_PERCPU, R_VMALLOC, R_NO_REASON, R_STALE };

static struct rule_set test_rule_set = {
    .rules = test_rules,
    .nrules = sizeof(test_rules) / sizeof(test_rules[0]),
};

/* --- building findings ---------------------------------------------- */

static char *case_path(const char *name)
{
	return xasprintf("%s/%s", REPORT_CASES_DIR, name);
}

/* Line and column of "@marker" in a case file: where the test puts a
 * finding or path step. */
static struct xc_loc marker_loc(const char *file, const char *marker)
{
	char *path = case_path(file);
	char *text = read_file(path, NULL);
	char *tag = xasprintf("@%s */", marker);
	struct xc_loc loc = {.file = path};
	const char *hit = text ? strstr(text, tag) : NULL;
	if (!hit) {
		fprintf(stderr, "no @%s in %s\n", marker, path);
		exit(2);
	}
	const char *ls = hit;
	while (ls > text && ls[-1] != '\n')
		ls--;
	loc.line = 1;
	for (const char *p = text; p < ls; p++)
		loc.line += *p == '\n';
	loc.col = 1;
	while (ls[loc.col - 1] == '\t' || ls[loc.col - 1] == ' ')
		loc.col++;
	loc.end_line = loc.line;
	loc.end_col = loc.col + 10;
	free(tag);
	free(text);
	return loc;
}

static struct finding *add_finding(struct finding_list *fl, int rule, const char *file,
                                   const char *marker, const char *function)
{
	struct finding *f = finding_list_add(fl);
	f->rule = &test_rules[rule];
	f->loc = marker_loc(file, marker);
	f->region = xstrdup(rule == R_PERCPU ? "percpu" : "vmalloc");
	f->sink = xstrdup("__pa");
	f->function = xstrdup(function);
	f->message = xasprintf("%s pointer reaches __pa(), which is only valid on the linear map",
	                       f->region);
	f->hint = xstrdup("use vmalloc_to_page() and page_to_phys()");
	return f;
}

static void add_step(struct finding *f, enum step_kind kind, const char *file, const char *marker,
                     const char *message)
{
	f->steps = xrealloc(f->steps, (f->nsteps + 1) * sizeof(*f->steps));
	f->steps[f->nsteps++] = (struct path_step){
	    .kind = kind, .loc = marker_loc(file, marker), .message = xstrdup(message)};
}

static void set_function_line(struct finding *f, const char *file, const char *marker)
{
	struct xc_loc l = marker_loc(file, marker);
	f->function_line = l.line;
	free(l.file);
}

static void add_annotation(struct finding *f, const char *text)
{
	f->annotations = xrealloc(f->annotations, (f->nannotations + 1) * sizeof(char *));
	f->annotations[f->nannotations++] = xstrdup(text);
}

/* The GDT finding: source in one function, sink in another. */
static void add_gdt_finding(struct finding_list *fl)
{
	struct finding *f = add_finding(fl, R_PERCPU, "gdt.c", "gdt_sink", "setup_fixmap_gdt");
	f->hint = (free(f->hint), xstrdup("use per_cpu_ptr_to_phys()"));
	add_step(f, STEP_SOURCE, "gdt.c", "gdt_source",
	         "per_cpu() names a CPU's copy in its percpu area");
	add_step(f, STEP_RETURN, "gdt.c", "gdt_source", "returned from get_cpu_gdt_rw()");
	add_step(f, STEP_SINK, "gdt.c", "gdt_sink", "reaches __pa() at line 14");
}

static void add_suppress_findings(struct finding_list *fl)
{
	static const char *const plain[] = {"same", "above", "noreason", "wrongrule", "external"};
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		add_finding(fl, R_VMALLOC, "suppress.c", plain[i], plain[i]);
	struct finding *f = add_finding(fl, R_VMALLOC, "suppress.c", "whole1", "whole_function");
	set_function_line(f, "suppress.c", "wholefn");
	f = add_finding(fl, R_PERCPU, "suppress.c", "whole2", "whole_function");
	set_function_line(f, "suppress.c", "wholefn");
	f = add_finding(fl, R_VMALLOC, "suppress.c", "def1", "defined_here");
	set_function_line(f, "suppress.c", "deffn");
	f = add_finding(fl, R_VMALLOC, "suppress.c", "ann1", "annotated");
	set_function_line(f, "suppress.c", "annfn");
	add_annotation(f, "xlatcheck:ignore:vmalloc-to-linear:linear alias checked");
	f = add_finding(fl, R_VMALLOC, "suppress.c", "ann2", "annotated_no_reason");
	set_function_line(f, "suppress.c", "annfn2");
	add_annotation(f, "xlatcheck:ignore:vmalloc-to-linear");
}

static struct tu_result tu(const char *name)
{
	return (struct tu_result){.file = case_path(name), .status = TU_CLEAN};
}

static void free_tus(struct tu_result *tus, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(tus[i].file);
		free(tus[i].first_error);
	}
}

static struct report_options sarif_options(const char *workdir, const char *name)
{
	static char *out; /* one output at a time; freed by the next call */
	free(out);
	out = name ? xasprintf("%s/%s", workdir, name) : NULL;
	return (struct report_options){.format = FORMAT_SARIF,
	                               .output = out,
	                               .srcroot = REPORT_CASES_DIR,
	                               .fail_on = FAIL_ON_ANY,
	                               .automation_id = "xlatcheck/test"};
}

static struct run_info run_for(struct tu_result *tus, size_t ntus)
{
	return (struct run_info){.cwd = REPORT_CASES_DIR, .tus = tus, .ntus = ntus};
}

/* --- reading results back ------------------------------------------- */

static struct json_object *load_json(const char *path)
{
	struct json_object *j = json_object_from_file(path);
	if (!j) {
		fprintf(stderr, "cannot parse %s\n", path);
		exit(2);
	}
	return j;
}

static struct json_object *get(struct json_object *o, const char *path)
{
	char *copy = xstrdup(path), *save = NULL;
	for (char *key = strtok_r(copy, ".", &save); key && o; key = strtok_r(NULL, ".", &save)) {
		char *end;
		long idx = strtol(key, &end, 10);
		if (!*end && json_object_is_type(o, json_type_array))
			o = json_object_array_get_idx(o, (size_t)idx);
		else if (!json_object_object_get_ex(o, key, &o))
			o = NULL;
	}
	free(copy);
	return o;
}

static const char *get_str(struct json_object *o, const char *path)
{
	struct json_object *v = get(o, path);
	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

static int get_int(struct json_object *o, const char *path)
{
	struct json_object *v = get(o, path);
	return v ? json_object_get_int(v) : -1;
}

static size_t get_len(struct json_object *o, const char *path)
{
	struct json_object *v = get(o, path);
	return v && json_object_is_type(v, json_type_array) ? json_object_array_length(v) : 0;
}

/* The result at `line` of `file` (srcroot-relative), or NULL. */
static struct json_object *result_at(struct json_object *log, const char *uri, int line,
                                     const char *rule)
{
	struct json_object *results = get(log, "runs.0.results");
	for (size_t i = 0; i < json_object_array_length(results); i++) {
		struct json_object *r = json_object_array_get_idx(results, i);
		if (!strcmp(get_str(r, "locations.0.physicalLocation.artifactLocation.uri"), uri) &&
		    get_int(r, "locations.0.physicalLocation.region.startLine") == line &&
		    (!rule || !strcmp(get_str(r, "ruleId"), rule)))
			return r;
	}
	return NULL;
}

static int marker_line(const char *file, const char *marker)
{
	struct xc_loc l = marker_loc(file, marker);
	free(l.file);
	return (int)l.line;
}

/* Rule indices, regions and the GitHub-required fields of every result. */
static void check_structure(struct json_object *log)
{
	CHECK_STR(get_str(log, "version"), "2.1.0");
	CHECK(get_len(log, "runs") == 1);
	struct json_object *rules = get(log, "runs.0.tool.driver.rules");
	struct json_object *results = get(log, "runs.0.results");
	CHECK(rules && results);
	for (size_t i = 0; rules && i < json_object_array_length(rules); i++) {
		struct json_object *r = json_object_array_get_idx(rules, i);
		CHECK(get_str(r, "shortDescription.text") && get_str(r, "fullDescription.text"));
		CHECK(get_str(r, "help.text") && get_str(r, "help.markdown"));
		CHECK(get_str(r, "help.markdown") && get_str(r, "defaultConfiguration.level"));
		CHECK(get_str(r, "properties.precision") && get_len(r, "properties.tags") > 0);
		/* "problem.severity" is one key with a dot: get() would split it. */
		struct json_object *props = get(r, "properties"), *sev;
		CHECK(json_object_object_get_ex(props, "problem.severity", &sev));
	}
	for (size_t i = 0; results && i < json_object_array_length(results); i++) {
		struct json_object *r = json_object_array_get_idx(results, i);
		int idx = get_int(r, "ruleIndex");
		CHECK(idx >= 0 && (size_t)idx < json_object_array_length(rules));
		char rule_id_path[32];
		snprintf(rule_id_path, sizeof(rule_id_path), "%d.id", idx);
		CHECK_STR(get_str(r, "ruleId"), get_str(rules, rule_id_path));
		CHECK(get_str(r, "message.text") && get_str(r, "level"));
		struct json_object *rg = get(r, "locations.0.physicalLocation.region");
		int sl = get_int(rg, "startLine"), sc = get_int(rg, "startColumn");
		int el = get_int(rg, "endLine"), ec = get_int(rg, "endColumn");
		CHECK(sl >= 1 && sc >= 1 && el >= sl && (el > sl || ec > sc));
		/* Below the srcroot relative to it, else an absolute file: URI. */
		const char *base =
		    get_str(r, "locations.0.physicalLocation.artifactLocation.uriBaseId");
		const char *uri = get_str(r, "locations.0.physicalLocation.artifactLocation.uri");
		CHECK(uri && (base ? !strcmp(base, "%SRCROOT%") && uri[0] != '/'
		                   : !strncmp(uri, "file:///", 8)));
		CHECK(get_str(r, "partialFingerprints.primaryLocationLineHash"));
		CHECK(get(r, "suppressions") != NULL);
		size_t nsteps = get_len(r, "codeFlows.0.threadFlows.0.locations");
		CHECK(nsteps == get_len(r, "relatedLocations"));
	}
}

/* Everything text_write() printed. */
static char *text_of(const struct finding_list *fl, bool color, bool show_suppressed)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	text_write(f, fl, REPORT_CASES_DIR, color, show_suppressed);
	fclose(f);
	return buf;
}

/* stderr goes to a file between these two, so error lines can be checked. */
static int saved_stderr = -1;
static char *captured_path;

static void capture_stderr(const char *workdir)
{
	fflush(stderr);
	captured_path = xasprintf("%s/stderr.txt", workdir);
	saved_stderr = dup(2);
	int fd = open(captured_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	dup2(fd, 2);
	close(fd);
}

static char *captured_stderr(void)
{
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	char *text = read_file(captured_path, NULL);
	free(captured_path);
	fputs(text, stderr); /* still visible in the test log */
	return text;
}

static char *slurp(const char *workdir, const char *name)
{
	char *path = xasprintf("%s/%s", workdir, name);
	char *text = read_file(path, NULL);
	free(path);
	return text ? text : xstrdup("");
}

static void write_text(const char *workdir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", workdir, name);
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	free(path);
}

/* --- the cases ------------------------------------------------------- */

static void case_text(const char *workdir)
{
	(void)workdir;
	struct finding_list fl = {0};
	add_gdt_finding(&fl);
	int sink = marker_line("gdt.c", "gdt_sink"), src = marker_line("gdt.c", "gdt_source");
	char *want = xasprintf(
	    "gdt.c:%d:2: warning: percpu pointer reaches __pa(), which is only valid on the linear "
	    "map [xlatcheck:percpu-to-linear]\n"
	    "gdt.c:%d:2: note: per_cpu() names a CPU's copy in its percpu area\n"
	    "gdt.c:%d:2: note: returned from get_cpu_gdt_rw()\n"
	    "gdt.c:%d:2: note: reaches __pa() at line 14\n"
	    "gdt.c:%d:2: note: use per_cpu_ptr_to_phys()\n",
	    sink, src, src, sink, sink);
	char *got = text_of(&fl, false, false);
	CHECK_STR(got, want);
	free(got);

	char *color = text_of(&fl, true, false);
	CHECK(strstr(color, "\033[1mgdt.c:") && strstr(color, "\033[1;35mwarning:\033[0m") &&
	      strstr(color, "\033[1;36mnote:\033[0m"));
	free(color);

	fl.v[0].suppression = SUPPRESSION_IN_SOURCE;
	fl.v[0].justification = xstrdup("first chunk embedded");
	got = text_of(&fl, false, false);
	CHECK_STR(got, "");
	free(got);
	got = text_of(&fl, false, true);
	CHECK(strstr(got, "[xlatcheck:percpu-to-linear] (suppressed: first chunk embedded)\n"));
	free(got);

	/* Outside the working directory the path stays absolute. */
	free(fl.v[0].loc.file);
	fl.v[0].loc.file = xstrdup("/elsewhere/x.c");
	got = text_of(&fl, false, true);
	CHECK(!strncmp(got, "/elsewhere/x.c:", 15));
	free(got);
	free(want);
	finding_list_free(&fl);
}

static void case_sarif(const char *workdir)
{
	struct finding_list fl = {0};
	add_gdt_finding(&fl);
	add_finding(&fl, R_VMALLOC, "suppress.c", "external", "external");
	struct tu_result tus[] = {tu("gdt.c"), tu("suppress.c")};
	tus[1].status = TU_PARSE_ERRORS;
	tus[1].nerrors = 2;
	tus[1].first_error = xstrdup("suppress.c:3:10: 'kernel.h' file not found");
	struct run_info run = run_for(tus, 2);
	struct report_options opt = sarif_options(workdir, "sarif.sarif");
	char *text_path = xasprintf("%s/sarif.txt", workdir);
	opt.format = FORMAT_TEXT;
	opt.sarif_path = opt.output;
	opt.output = text_path;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);

	struct json_object *log = load_json(opt.sarif_path);
	check_structure(log);
	CHECK_STR(get_str(log, "runs.0.automationDetails.id"), "xlatcheck/test");
	CHECK_STR(get_str(log, "runs.0.tool.driver.name"), "xlatcheck");
	CHECK(get_str(log, "runs.0.tool.driver.semanticVersion"));
	CHECK(get_len(log, "runs.0.tool.driver.rules") == 4);
	const char *root = get_str(log, "runs.0.originalUriBaseIds.%SRCROOT%.uri");
	CHECK(root && !strncmp(root, "file:///", 8) && root[strlen(root) - 1] == '/');
	CHECK(get(log, "runs.0.invocations.0.executionSuccessful") &&
	      json_object_get_boolean(get(log, "runs.0.invocations.0.executionSuccessful")));
	CHECK(get_len(log, "runs.0.invocations.0.toolExecutionNotifications") == 1);
	CHECK_STR(get_str(log, "runs.0.invocations.0.toolExecutionNotifications.0.descriptor.id"),
	          "parse-errors");
	CHECK(get_len(log, "runs.0.artifacts") == 2);
	CHECK_STR(get_str(log, "runs.0.artifacts.0.location.uri"), "gdt.c");
	CHECK(get_len(log, "runs.0.artifacts.0.roles") == 2);

	struct json_object *r = result_at(log, "gdt.c", marker_line("gdt.c", "gdt_sink"), NULL);
	CHECK(r);
	CHECK_STR(get_str(r, "ruleId"), "percpu-to-linear");
	CHECK(get_int(r, "ruleIndex") == R_PERCPU);
	/* Computed for this line of cases/gdt.c with the upload action's
	 * algorithm; editing gdt.c above that line changes it. */
	CHECK_STR(get_str(r, "partialFingerprints.primaryLocationLineHash"), "fa63b90896fd6d:1");
	CHECK(get_str(r, "partialFingerprints." XLATCHECK_FINGERPRINT_KEY));
	CHECK(get_len(r, "suppressions") == 0 && !get(r, "baselineState"));
	CHECK_STR(get_str(r, "properties.region"), "percpu");

	/* The code flow is the text report's notes, in order. */
	char *text = slurp(workdir, "sarif.txt");
	size_t nsteps = get_len(r, "codeFlows.0.threadFlows.0.locations");
	CHECK(nsteps == 3);
	const char *line = strchr(text, '\n') + 1;
	for (size_t i = 0; i < nsteps; i++) {
		char path[96];
		snprintf(path, sizeof(path), "codeFlows.0.threadFlows.0.locations.%zu.location", i);
		struct json_object *l = get(r, path);
		char *want = xasprintf(
		    "%s:%d:%d: note: %s\n", get_str(l, "physicalLocation.artifactLocation.uri"),
		    get_int(l, "physicalLocation.region.startLine"),
		    get_int(l, "physicalLocation.region.startColumn"), get_str(l, "message.text"));
		CHECK(!strncmp(line, want, strlen(want)));
		line = strchr(line, '\n') + 1;
		free(want);
	}
	CHECK_STR(get_str(r, "codeFlows.0.threadFlows.0.locations.0.kinds.0"), "source");
	free(text);
	json_object_put(log);

	/* Same findings built in another order: the same bytes. */
	struct finding_list again = {0};
	add_finding(&again, R_VMALLOC, "suppress.c", "external", "external");
	add_gdt_finding(&again);
	struct tu_result tus2[] = {tu("suppress.c"), tu("gdt.c")};
	tus2[0].status = TU_PARSE_ERRORS;
	tus2[0].nerrors = 2;
	tus2[0].first_error = xstrdup("suppress.c:3:10: 'kernel.h' file not found");
	struct run_info run2 = run_for(tus2, 2);
	struct report_options opt2 = sarif_options(workdir, "sarif-again.sarif");
	CHECK(report_run(&opt2, &test_rule_set, &again, &run2) == EXIT_FINDINGS);
	finding_list_free(&again);
	char *a = slurp(workdir, "sarif.sarif"), *b = slurp(workdir, "sarif-again.sarif");
	CHECK_STR(a, b);
	free(a);
	free(b);

	/* A TU with no AST: the run did not fully succeed. */
	struct tu_result failed[] = {tu("gdt.c")};
	failed[0].status = TU_FAILED;
	struct run_info run3 = run_for(failed, 1);
	struct finding_list none = {0};
	struct report_options opt3 = sarif_options(workdir, "failed-tu.sarif");
	CHECK(report_run(&opt3, &test_rule_set, &none, &run3) == EXIT_CLEAN);
	log = load_json(opt3.output);
	CHECK(!json_object_get_boolean(get(log, "runs.0.invocations.0.executionSuccessful")));
	CHECK_STR(get_str(log, "runs.0.invocations.0.toolExecutionNotifications.0.level"), "error");
	json_object_put(log);
	free_tus(tus, 2);
	free_tus(tus2, 2);
	free_tus(failed, 1);
	free(text_path);
}

static const char *justification(struct json_object *r)
{
	return get_str(r, "suppressions.0.justification");
}

static void case_suppress(const char *workdir)
{
	struct finding_list fl = {0};
	add_suppress_findings(&fl);
	struct tu_result tus[] = {tu("suppress.c")};
	struct run_info run = run_for(tus, 1);
	struct report_options opt = sarif_options(workdir, "suppress.sarif");
	opt.report_stale_suppressions = true;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);

	struct json_object *log = load_json(opt.output);
	check_structure(log);
#define AT(marker, rule) result_at(log, "suppress.c", marker_line("suppress.c", marker), rule)
	CHECK_STR(get_str(AT("same", NULL), "suppressions.0.kind"), "inSource");
	CHECK_STR(justification(AT("same", NULL)), "freed before remap");
	CHECK_STR(justification(AT("above", NULL)), "the caller checked is_vmalloc_addr()");
	CHECK(get_len(AT("above", NULL), "suppressions") == 1);
	CHECK(get_int(AT("above", NULL),
	              "suppressions.0.location.physicalLocation.region.startLine") ==
	      marker_line("suppress.c", "above") - 1);
	/* No reason: still suppressed, and reported. */
	CHECK(get_len(AT("noreason", "vmalloc-to-linear"), "suppressions") == 1);
	CHECK(!justification(AT("noreason", "vmalloc-to-linear")));
	CHECK(AT("noreason", "suppression-without-reason"));
	CHECK_STR(get_str(AT("noreason", "suppression-without-reason"), "message.text"),
	          "suppression of vmalloc-to-linear gives no reason");
	/* Another rule's suppression: the finding stays, the comment is stale. */
	CHECK(get_len(AT("wrongrule", "vmalloc-to-linear"), "suppressions") == 0);
	CHECK(AT("wrongrule", "stale-suppression"));
	/* Function level: above the definition, and on its line. */
	CHECK_STR(justification(AT("whole1", NULL)), "reviewed: boot-time only");
	CHECK_STR(justification(AT("whole2", NULL)), "reviewed: boot-time only");
	CHECK_STR(justification(AT("def1", NULL)), "early boot");
	/* The comment in stale() matches nothing. */
	struct json_object *results = get(log, "runs.0.results");
	int stale_line = 0;
	for (size_t i = 0; i < json_object_array_length(results); i++) {
		struct json_object *r = json_object_array_get_idx(results, i);
		if (!strcmp(get_str(r, "ruleId"), "stale-suppression") &&
		    strstr(get_str(r, "message.text"), "vmalloc-to-linear"))
			stale_line = get_int(r, "locations.0.physicalLocation.region.startLine");
	}
	CHECK(stale_line == marker_line("suppress.c", "def1") + 5);
	/* annotate() on the function. */
	CHECK_STR(justification(AT("ann1", NULL)), "linear alias checked");
	CHECK(get_len(AT("ann2", "vmalloc-to-linear"), "suppressions") == 1);
	CHECK(AT("annfn2", "suppression-without-reason"));
	CHECK(get_len(AT("external", NULL), "suppressions") == 0);
#undef AT
	json_object_put(log);

	/* The text report hides suppressed findings unless asked. */
	char *shown = text_of(&fl, false, false);
	CHECK(!strstr(shown, "suppressed"));
	CHECK(strstr(shown, "[xlatcheck:stale-suppression]"));
	free(shown);
	shown = text_of(&fl, false, true);
	CHECK(strstr(shown, "(suppressed: freed before remap)"));
	CHECK(strstr(shown, "(suppressed)\n"));
	free(shown);
	finding_list_free(&fl);

	/* Without --report-stale-suppressions no stale findings. */
	add_suppress_findings(&fl);
	opt = sarif_options(workdir, "suppress-nostale.sarif");
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	for (size_t i = 0; i < fl.n; i++)
		CHECK(strcmp(fl.v[i].rule->id, "stale-suppression"));
	finding_list_free(&fl);

	free_tus(tus, 1);

	/* Every finding suppressed with a reason: the run passes. */
	add_finding(&fl, R_VMALLOC, "shared.h", "hdr_suppressed", "used_by_b");
	struct tu_result b[] = {tu("b.c")};
	struct run_info run_b = run_for(b, 1);
	opt = sarif_options(workdir, "suppress-clean.sarif");
	CHECK(report_run(&opt, &test_rule_set, &fl, &run_b) == EXIT_CLEAN);
	CHECK(fl.n == 1 && fl.v[0].suppression == SUPPRESSION_IN_SOURCE);
	finding_list_free(&fl);
	free_tus(b, 1);
}

static void case_external(const char *workdir)
{
	write_text(workdir, "ext.supp",
	           "# path glob, rules, reason\n"
	           "suppress.c  vmalloc-to-linear  reviewed in bug 1234\n"
	           "\n"
	           "*.h * headers are someone else's\n");
	struct finding_list fl = {0};
	add_suppress_findings(&fl);
	struct tu_result tus[] = {tu("suppress.c")};
	struct run_info run = run_for(tus, 1);
	struct report_options opt = sarif_options(workdir, "external.sarif");
	char *supp = xasprintf("%s/ext.supp", workdir);
	opt.suppressions = supp;
	opt.report_stale_suppressions = true;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);
	struct json_object *log = load_json(opt.output);
	check_structure(log);
	struct json_object *r =
	    result_at(log, "suppress.c", marker_line("suppress.c", "external"), NULL);
	CHECK_STR(get_str(r, "suppressions.0.kind"), "external");
	CHECK_STR(justification(r), "reviewed in bug 1234");
	/* In-source suppressions come first. */
	r = result_at(log, "suppress.c", marker_line("suppress.c", "same"), NULL);
	CHECK_STR(get_str(r, "suppressions.0.kind"), "inSource");
	/* The "*.h" line matched nothing. */
	r = result_at(log, "ext.supp", 4, "stale-suppression");
	CHECK(r == NULL); /* ext.supp is outside the srcroot: an absolute URI */
	struct json_object *results = get(log, "runs.0.results");
	bool stale_entry = false;
	for (size_t i = 0; i < json_object_array_length(results); i++) {
		const char *uri = get_str(json_object_array_get_idx(results, i),
		                          "locations.0.physicalLocation.artifactLocation.uri");
		stale_entry |= !strncmp(uri, "file://", 7) && strstr(uri, "ext.supp");
	}
	CHECK(stale_entry);
	json_object_put(log);

	/* Unreadable and malformed suppression files are input errors. */
	add_finding(&fl, R_VMALLOC, "suppress.c", "external", "external");
	free(supp);
	supp = xasprintf("%s/no-such.supp", workdir);
	opt = sarif_options(workdir, "external-bad.sarif");
	opt.suppressions = supp;
	capture_stderr(workdir);
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_USAGE);
	char *err = captured_stderr();
	char *want = xasprintf(
	    "xlatcheck: error: cannot read suppression file (No such file or directory): %s\n",
	    supp);
	CHECK_STR(err, want);
	free(err);
	free(want);
	write_text(workdir, "bad.supp", "suppress.c vmalloc-to-linear\n");
	free(supp);
	supp = xasprintf("%s/bad.supp", workdir);
	opt.suppressions = supp;
	capture_stderr(workdir);
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_USAGE);
	err = captured_stderr();
	CHECK(strstr(err, "xlatcheck: error: malformed suppression file line 1"));
	free(err);
	finding_list_free(&fl);
	free(supp);
	free_tus(tus, 1);
}

static void case_baseline(const char *workdir)
{
	struct tu_result tus[] = {tu("gdt.c"), tu("suppress.c")};
	struct run_info run = run_for(tus, 2);
	struct finding_list fl = {0};
	add_gdt_finding(&fl);
	add_finding(&fl, R_VMALLOC, "suppress.c", "external", "external");
	add_finding(&fl, R_VMALLOC, "suppress.c", "wrongrule", "wrong_rule");
	struct report_options opt = sarif_options(workdir, "baseline-old.sarif");
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);
	char *old = xasprintf("%s/baseline-old.sarif", workdir);

	/* Next run: the GDT finding moved down 3 lines (unchanged), the
	 * `external` one has a new message (updated), `wrongrule` is fixed
	 * (absent) and `above` is new. */
	add_gdt_finding(&fl);
	fl.v[0].loc.line += 3;
	fl.v[0].steps[2].loc.line += 3;
	free(fl.v[0].steps[2].message);
	fl.v[0].steps[2].message = xstrdup("reaches __pa() at line 17");
	struct finding *f = add_finding(&fl, R_VMALLOC, "suppress.c", "external", "external");
	free(f->message);
	f->message = xstrdup("vmalloc pointer reaches __pa() through a cast");
	add_finding(&fl, R_VMALLOC, "suppress.c", "above", "line_above_renamed");
	add_finding(&fl, R_PERCPU, "suppress.c", "noreason", "no_reason");
	opt = sarif_options(workdir, "baseline-new.sarif");
	opt.baseline = old;
	opt.fail_on = FAIL_ON_NEW;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);
	struct json_object *log = load_json(opt.output);
	check_structure(log);
	int sink = marker_line("gdt.c", "gdt_sink");
	CHECK_STR(get_str(result_at(log, "gdt.c", sink + 3, NULL), "baselineState"), "unchanged");
	int ext = marker_line("suppress.c", "external");
	CHECK_STR(get_str(result_at(log, "suppress.c", ext, NULL), "baselineState"), "updated");
	/* `above` is new but suppressed in the source: not what fails the run. */
	int above = marker_line("suppress.c", "above");
	CHECK_STR(get_str(result_at(log, "suppress.c", above, NULL), "baselineState"), "new");
	int wrong = marker_line("suppress.c", "wrongrule");
	CHECK_STR(
	    get_str(result_at(log, "suppress.c", wrong, "vmalloc-to-linear"), "baselineState"),
	    "absent");
	CHECK_STR(get_str(result_at(log, "suppress.c", marker_line("suppress.c", "noreason"),
	                            "percpu-to-linear"),
	                  "baselineState"),
	          "new");
	json_object_put(log);

	/* --fail-on new with only unchanged results passes; any fails. */
	add_gdt_finding(&fl);
	opt = sarif_options(workdir, "baseline-same.sarif");
	opt.baseline = old;
	opt.fail_on = FAIL_ON_NEW;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_CLEAN);
	finding_list_free(&fl);
	add_gdt_finding(&fl);
	opt.fail_on = FAIL_ON_ANY;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);
	add_gdt_finding(&fl);
	opt.fail_on = FAIL_ON_NEVER;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_CLEAN);
	finding_list_free(&fl);

	/* For upload: no absent or suppressed results. */
	add_gdt_finding(&fl);
	add_finding(&fl, R_VMALLOC, "suppress.c", "same", "same_line");
	opt = sarif_options(workdir, "baseline-upload.sarif");
	opt.baseline = old;
	opt.sarif_for_upload = true;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);
	log = load_json(opt.output);
	CHECK(get_len(log, "runs.0.results") > 0);
	for (size_t i = 0; i < get_len(log, "runs.0.results"); i++) {
		struct json_object *r = json_object_array_get_idx(get(log, "runs.0.results"), i);
		CHECK(get_len(r, "suppressions") == 0);
		CHECK(strcmp(get_str(r, "baselineState"), "absent"));
	}
	json_object_put(log);

	/* A malformed baseline is an input error. */
	write_text(workdir, "broken-baseline.json", "{\"version\": \"2.1.0\", \"runs\": [");
	write_text(workdir, "not-sarif.json", "{\"version\": \"2.1.0\", \"runs\": [{}]}");
	static const char *const broken[] = {"broken-baseline.json", "not-sarif.json",
	                                     "no-such-baseline.sarif"};
	for (size_t i = 0; i < 3; i++) {
		char *path = xasprintf("%s/%s", workdir, broken[i]);
		add_gdt_finding(&fl);
		opt = sarif_options(workdir, "baseline-broken.sarif");
		opt.baseline = path;
		capture_stderr(workdir);
		CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_USAGE);
		char *err = captured_stderr();
		CHECK(!strncmp(err, "xlatcheck: error: ", 18) && strstr(err, path));
		free(err);
		finding_list_free(&fl);
		free(path);
	}
	free(old);
	free_tus(tus, 2);
}

static void case_bad_output(const char *workdir)
{
	struct tu_result tus[] = {tu("gdt.c")};
	struct run_info run = run_for(tus, 1);
	struct finding_list fl = {0};
	add_gdt_finding(&fl);
	/* A missing directory is made; a regular file in the way is an
	 * error that names the path and the reason. */
	struct report_options opt = sarif_options(workdir, "no-such-dir/out.sarif");
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	CHECK(access(opt.output, F_OK) == 0);
	finding_list_free(&fl);
	add_gdt_finding(&fl);
	opt = sarif_options(workdir, "no-such-dir/out.sarif/x.sarif");
	capture_stderr(workdir);
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_USAGE);
	char *err = captured_stderr();
	char *dir = xasprintf("%s/no-such-dir/out.sarif", workdir);
	char *want =
	    xasprintf("xlatcheck: error: cannot create directory (Not a directory): %s\n", dir);
	CHECK_STR(err, want);
	free(dir);
	free(want);
	free(err);
	/* No temp file is left behind either. */
	CHECK(access(workdir, F_OK) == 0);
	finding_list_free(&fl);

	/* Kbuild mode: findings do not fail the build unless asked. */
	add_gdt_finding(&fl);
	opt = sarif_options(workdir, "kbuild.sarif");
	run.kbuild_mode = true;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_CLEAN);
	finding_list_free(&fl);
	add_gdt_finding(&fl);
	opt.fail_on_given = true;
	CHECK(report_run(&opt, &test_rule_set, &fl, &run) == EXIT_FINDINGS);
	finding_list_free(&fl);
	free_tus(tus, 1);
}

/* One TU of the merge tests, as `make C=1 CHECK=xlatcheck` would run it. */
static int emit_tu(const char *dir, const char *which)
{
	struct finding_list fl = {0};
	struct finding *f = add_finding(&fl, R_VMALLOC, "shared.h", "hdr_both", "used_by_both");
	add_step(f, STEP_PARAM, "shared.h", "hdr_both", "p arrives as a parameter");
	if (!strcmp(which, "a")) {
		add_finding(&fl, R_PERCPU, "a.c", "a_own", "a_fn");
	} else {
		add_finding(&fl, R_VMALLOC, "shared.h", "hdr_suppressed", "used_by_b");
		add_finding(&fl, R_VMALLOC, "b.c", "b_own", "b_fn");
	}
	char *main_file = xasprintf("%s.c", which);
	struct tu_result tus[] = {tu(main_file)};
	struct run_info run = run_for(tus, 1);
	run.kbuild_mode = true;
	struct report_options opt = sarif_options(dir, NULL);
	opt.format = FORMAT_TEXT;
	/* The text report goes beside DIR, in the directory the test made
	 * (never to /dev/null: as root, rename() would replace the device). */
	char *text = xasprintf("%s-%s.txt", dir, which);
	opt.output = text;
	opt.sarif_dir = dir;
	opt.report_stale_suppressions = true;
	int rc = report_run(&opt, &test_rule_set, &fl, &run);
	char *written = read_file(text, NULL);
	if (!written || !strstr(written, "[xlatcheck:vmalloc-to-linear]")) {
		fprintf(stderr, "emit-tu %s: no text report in %s\n", which, text);
		rc = EXIT_INTERNAL;
	}
	free(written);
	free(text);
	finding_list_free(&fl);
	free_tus(tus, 1);
	free(main_file);
	return rc;
}

static int run_merge(char *out, char *a, char *b)
{
	char *argv[] = {a, b, "-o", out, NULL};
	return merge_main(b ? 4 : 3, b ? argv : (char *[]){a, "-o", out, NULL});
}

static void case_merge(const char *workdir)
{
	char *dir = xasprintf("%s/per-tu", workdir);
	mkdir(dir, 0777);
	CHECK(emit_tu(dir, "b") == EXIT_CLEAN);
	CHECK(emit_tu(dir, "a") == EXIT_CLEAN);
	char *out1 = xasprintf("%s/merged.sarif", workdir);
	CHECK(run_merge(out1, dir, NULL) == EXIT_FINDINGS);

	/* The same files named one by one, in the other order. */
	struct strvec files = {0};
	DIR *d = opendir(dir);
	for (struct dirent *de; d && (de = readdir(d));)
		if (de->d_name[0] != '.')
			strvec_push_owned(&files, xasprintf("%s/%s", dir, de->d_name));
	if (d)
		closedir(d);
	if (files.n == 2 && strcmp(files.v[0], files.v[1]) > 0) {
		char *t = files.v[0];
		files.v[0] = files.v[1];
		files.v[1] = t;
	}
	CHECK(files.n == 2);
	char *out2 = xasprintf("%s/merged-reversed.sarif", workdir);
	CHECK(run_merge(out2, files.v[1], files.v[0]) == EXIT_FINDINGS);
	char *m1 = slurp(workdir, "merged.sarif"), *m2 = slurp(workdir, "merged-reversed.sarif");
	CHECK_STR(m1, m2);
	free(m1);
	free(m2);

	struct json_object *log = load_json(out1);
	check_structure(log);
	struct json_object *results = get(log, "runs.0.results");
	/* hdr_both once, hdr_suppressed (suppressed), a_own, b_own; the
	 * comment a.c's run thought stale was used by b.c's. */
	CHECK(json_object_array_length(results) == 4);
	struct json_object *hdr =
	    result_at(log, "shared.h", marker_line("shared.h", "hdr_suppressed"), NULL);
	CHECK_STR(justification(hdr), "only b.c calls this, reviewed");
	CHECK(get_len(log, "runs.0.tool.driver.rules") == 4);
	CHECK(get_len(log, "runs.0.artifacts") == 3);
	CHECK_STR(get_str(log, "runs.0.automationDetails.id"), "xlatcheck/test");
	json_object_put(log);

	/* Baseline and --fail-on work on merge too. */
	char *out3 = xasprintf("%s/merged-baseline.sarif", workdir);
	char *argv[] = {dir, "-o", out3, "--baseline", out1, "--fail-on", "new", NULL};
	CHECK(merge_main(7, argv) == EXIT_CLEAN);
	log = load_json(out3);
	CHECK_STR(get_str(log, "runs.0.results.0.baselineState"), "unchanged");
	json_object_put(log);
	char *bad_argv[] = {dir, "--fail-on", "sometimes", NULL};
	CHECK(merge_main(3, bad_argv) == EXIT_USAGE);
	char *empty = xasprintf("%s/empty", workdir);
	mkdir(empty, 0777);
	/* An empty directory: a warning and an empty, valid log. */
	char *empty_out = xasprintf("%s/empty.sarif", workdir);
	char *empty_argv[] = {empty, "-q", "-o", empty_out, NULL};
	CHECK(merge_main(4, empty_argv) == EXIT_CLEAN);
	log = load_json(empty_out);
	CHECK(get_len(log, "runs.0.results") == 0);
	json_object_put(log);
	free(empty_out);
	free(empty);
	free(out1);
	free(out2);
	free(out3);
	strvec_free(&files);
	free(dir);
}

static void collect_hash(void *ctx, unsigned line, const char *hash)
{
	struct strvec *got = ctx;
	if (line == got->n + 1)
		strvec_push(got, hash);
}

static void case_fingerprint(const char *workdir)
{
	(void)workdir;
	/* Expected values from the upload action's algorithm: CRLF and lone
	 * CR line ends, blank lines, spaces only, a 2-byte, a 4-byte
	 * (surrogate pair) and broken UTF-8. */
	static const char text[] = "int main(void)\n{\r\n\treturn 0;\r   \n}\n\n\n  \n"
	                           " x\xc3\xa9\xf0\x9f\x98\x80 \xff\xe2\x82 y\n\n";
	static const char *const want[] = {
	    "3d2642dc49ac85c6:1", "5ca2708485824ad9:1", "81cb296550a09a30:1", "21b5300eec48c1b7:1",
	    "e70fcc2227636d09:1", "6545cac93738fe36:1", "aaf6290efc1c2b64:1", "bd73c92470f1b30a:1",
	    "699bec3e53ce4e08:1", "3c5bef55b72b93c9:1", "c129715d7a2bc9a3:1"};
	struct strvec got = {0};
	line_hash_text(text, sizeof(text) - 1, collect_hash, &got);
	CHECK(got.n == sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < got.n && i < sizeof(want) / sizeof(want[0]); i++)
		CHECK_STR(got.v[i], want[i]);
	strvec_free(&got);

	/* The same text repeated: ":n" counts the repeats. */
	struct strbuf same = {0};
	for (int i = 0; i < 150; i++)
		sb_append(&same, "x = 1;\n");
	line_hash_text(same.s, same.len, collect_hash, &got);
	CHECK_STR(got.v[0], "328d6b27073dca64:1");
	CHECK_STR(got.v[50], "328d6b27073dca64:51");
	CHECK_STR(got.v[149], "2ccea3f1ef5385f6:1");
	strvec_free(&got);
	sb_free(&same);

	/* Ours ignores line numbers, in the position and in the path text. */
	struct report_model m = {.rules = test_rules, .nrules = 4, .srcroot = REPORT_CASES_DIR};
	add_gdt_finding(&m.findings);
	free(m.findings.v[0].steps[0].message);
	m.findings.v[0].steps[0].message = xstrdup("gdt_page read at line 9");
	char **before = fingerprints_compute(&m, &m.findings);
	m.findings.v[0].loc.line += 7;
	free(m.findings.v[0].steps[0].message);
	m.findings.v[0].steps[0].message = xstrdup("gdt_page read at line 16");
	char **after = fingerprints_compute(&m, &m.findings);
	CHECK_STR(before[0], after[0]);
	free(m.findings.v[0].function);
	m.findings.v[0].function = xstrdup("another_function");
	char **moved = fingerprints_compute(&m, &m.findings);
	CHECK(strcmp(before[0], moved[0]) != 0);
	fingerprints_free(before, 1);
	fingerprints_free(after, 1);
	fingerprints_free(moved, 1);
	finding_list_free(&m.findings);
}

/* De-duplication: one finding per (file, line, column, rule); of two at one
 * site the one with the shorter path is kept, whatever the input order. */
static void case_dedup(const char *workdir)
{
	(void)workdir;
	for (int order = 0; order < 2; order++) {
		struct finding_list fl = {0};
		struct finding *f = add_finding(&fl, R_VMALLOC, "gdt.c", "gdt_sink", "long_path");
		add_step(f, STEP_SOURCE, "gdt.c", "gdt_sink", "from far away");
		add_step(f, STEP_ASSIGN, "gdt.c", "gdt_sink", "assigned");
		f = add_finding(&fl, R_VMALLOC, "gdt.c", "gdt_sink", "short_path");
		add_step(f, STEP_SOURCE, "gdt.c", "gdt_sink", "near");
		f = add_finding(&fl, R_VMALLOC, "gdt.c", "gdt_sink", "other_column");
		f->loc.col += 10;
		if (order) {
			struct finding t = fl.v[0];
			fl.v[0] = fl.v[1];
			fl.v[1] = t;
		}
		finding_list_sort_unique(&fl);
		CHECK(fl.n == 2);
		if (fl.n == 2) {
			CHECK_STR(fl.v[0].function, "short_path");
			CHECK(fl.v[0].nsteps == 1);
			CHECK_STR(fl.v[1].function, "other_column");
			CHECK(fl.v[1].loc.col == fl.v[0].loc.col + 10);
		}
		finding_list_free(&fl);
	}
}

static const struct {
	const char *name;
	void (*run)(const char *workdir);
} cases[] = {
    {"text", case_text},         {"sarif", case_sarif},
    {"suppress", case_suppress}, {"external", case_external},
    {"baseline", case_baseline}, {"bad-output", case_bad_output},
    {"merge", case_merge},       {"fingerprint", case_fingerprint},
    {"dedup", case_dedup},
};

static void run_case(size_t i, const char *workdir)
{
	char *dir = xasprintf("%s/%s", workdir, cases[i].name);
	mkdir(workdir, 0777);
	mkdir(dir, 0777);
	cases[i].run(dir);
	free(dir);
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "emit-tu"))
		return emit_tu(argv[2], argv[3]);
	if (argc == 4 && !strcmp(argv[1], "merge"))
		return run_merge(argv[2], argv[3], NULL);
	if (argc != 3) {
		fputs("usage: report_test CASE|all WORKDIR\n", stderr);
		return 2;
	}
	bool found = false;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (!strcmp(argv[1], "all") || !strcmp(argv[1], cases[i].name)) {
			run_case(i, argv[2]);
			found = true;
		}
	}
	if (!found) {
		fprintf(stderr, "no test case %s\n", argv[1]);
		return 2;
	}
	if (failures)
		fprintf(stderr, "%d checks failed\n", failures);
	return failures ? 1 : 0;
}
