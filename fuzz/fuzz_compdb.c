/* libFuzzer harness: the compile-database loader (our JSON check, then
 * libclang's reader, then the flag sanitiser on every entry). */
#include "harness.h"

#include "frontend/frontend.h"

static struct flag_rules *flag_rules;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	flag_rules = flag_rules_load(FUZZ_RULES_DIR "/flags/gcc.json");
	return flag_rules ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *path = strdup(fuzz_file("db/compile_commands.json", data, size));
	*strrchr(path, '/') = '\0';
	struct job_list jobs = {0};
	compdb_load(path, NULL, 0, flag_rules, &jobs);
	job_list_free(&jobs);
	free(path);
	return 0;
}
