/* libFuzzer harness: the suppression parsers, the comment scanner of the
 * sources and the --suppressions file reader, on one finding. */
#include "harness.h"

#include "report/report_private.h"
#include "rules/rules.h"

static struct rule_set *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("XLATCHECK_RULES_DIR", FUZZ_RULES_DIR, 1);
	rules = rules_load(NULL, 0);
	return rules ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src = strdup(fuzz_file("src.c", data, size));
	char *supp = strdup(fuzz_file("s.supp", data, size));
	struct report_model m = {
	    .rules = rules->rules,
	    .nrules = rules->nrules,
	    .srcroot = strdup(fuzz_workdir()),
	    .cwd = strdup(fuzz_workdir()),
	    .execution_successful = true,
	};
	for (unsigned line = 1; line <= 3; line++) {
		struct finding *f = finding_list_add(&m.findings);
		f->rule = rules_find(rules, "vmalloc-to-linear");
		f->message = strdup("m");
		f->function_line = 1;
		f->loc = (struct xc_loc){.file = strdup(src), .line = line, .col = 1};
	}
	strvec_push(&m.targets, src);
	suppress_in_source(&m, &m.targets, true);
	suppress_external(&m, supp, true);
	report_model_free(&m);
	free(src);
	free(supp);
	return 0;
}
