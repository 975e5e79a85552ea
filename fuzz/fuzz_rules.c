/* libFuzzer harness: the rules reader (rules/NAME.json, --rules DIR) and the
 * flag rules reader (rules/flags/gcc.json) on one file. */
#include "harness.h"

#include "frontend/flags.h"
#include "rules/rules.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("XLATCHECK_RULES_DIR", FUZZ_RULES_DIR, 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("r/x.json", data, size);
	char *dir = strdup(path);
	*strrchr(dir, '/') = '\0';
	const char *dirs[] = {dir};
	rules_free(rules_load(dirs, 1));
	flag_rules_free(flag_rules_load(path));
	free(dir);
	return 0;
}
