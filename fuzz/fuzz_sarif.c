/* libFuzzer harness: the SARIF reader, as `merge` reads a per-TU file and
 * as --baseline reads an old log (both at once: the input is merged with
 * itself as the baseline, and the result written). */
#include "harness.h"

#include "report/report.h"
#include "report/report_private.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = strdup(fuzz_file("in.sarif", data, size));
	char *out = strdup(fuzz_file("out.sarif", (const uint8_t *)"", 0));
	struct report_options opt = {.format = FORMAT_SARIF,
	                             .fail_on = FAIL_ON_ANY,
	                             .baseline = in,
	                             .srcroot = fuzz_workdir(),
	                             .output = out,
	                             .quiet = true};
	struct strvec inputs = {0};
	strvec_push(&inputs, in);
	merge_run(&opt, &inputs);
	strvec_free(&inputs);
	free(in);
	free(out);
	return 0;
}
