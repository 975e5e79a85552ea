/* Unit tests of the front end: flag sanitising, Kbuild argv recognition
 * and compile database loading.  Each check prints what it expected; the
 * program exits non-zero on the first failure so CTest reports it.
 *
 *   frontend_test RULES_DIR TMPDIR SUBTEST */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/frontend.h"

static int failures;

#define CHECK(cond, ...)                                                                           \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                       \
			fprintf(stderr, __VA_ARGS__);                                              \
			fputc('\n', stderr);                                                       \
			failures++;                                                                \
		}                                                                                  \
	} while (0)

static bool has(const struct strvec *sv, const char *arg)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strcmp(sv->v[i], arg))
			return true;
	return false;
}

static bool has_prefix(const struct strvec *sv, const char *prefix)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strncmp(sv->v[i], prefix, strlen(prefix)))
			return true;
	return false;
}

/* Kbuild's real argv for an i386 TU (6.1): sparse's CHECKFLAGS, then
 * c_flags with gcc-only options, then the source. */
static char *kbuild_i386[] = {
    "-D__linux__",
    "-Dlinux",
    "-D__STDC__",
    "-Dunix",
    "-D__unix__",
    "-Wbitwise",
    "-Wno-return-void",
    "-Wno-unknown-attribute",
    "-D__i386__",
    "--arch=i386",
    "-mlittle-endian",
    "-m32",
    "-Wp,-MMD,arch/x86/mm/.init.o.d",
    "-nostdinc",
    "-I./arch/x86/include",
    "-include",
    "./include/linux/kconfig.h",
    "-D__KERNEL__",
    "-Werror",
    "-fconserve-stack",
    "-mpreferred-stack-boundary=2",
    "-mindirect-branch=thunk-extern",
    "-mindirect-branch-register",
    "-fno-allow-store-data-races",
    "-falign-jumps=1",
    "-Wno-maybe-uninitialized",
    "-Wimplicit-fallthrough=5",
    "-Werror=designated-init",
    "-MD",
    "-MF",
    "dep.d",
    "-DKBUILD_BASENAME=\"init\"",
    "-march=i686",
    "-Wp,-DKEEP_ME",
    "arch/x86/mm/init.c",
};

static void test_flags(const char *rules_dir)
{
	char *path = xasprintf("%s/flags/gcc.json", rules_dir);
	struct flag_rules *fr = flag_rules_load(path);
	free(path);
	CHECK(fr, "the default flag rules load");
	if (!fr)
		return;
	size_t n = sizeof(kbuild_i386) / sizeof(kbuild_i386[0]) - 1;
	struct strvec out = {0};
	flags_sanitise(fr, kbuild_i386, n, "/objtree", &out);

	static const char *const dropped[] = {
	    "-D__STDC__",
	    "-Wbitwise",
	    "--arch=i386",
	    "-mlittle-endian",
	    "-Werror",
	    "-fconserve-stack",
	    "-mpreferred-stack-boundary=2",
	    "-mindirect-branch=thunk-extern",
	    "-mindirect-branch-register",
	    "-fno-allow-store-data-races",
	    "-falign-jumps=1",
	    "-Wno-maybe-uninitialized",
	    "-Wimplicit-fallthrough=5",
	    "-Werror=designated-init",
	    "-MD",
	    "-MF",
	    "dep.d",
	    "-Wp,-MMD,arch/x86/mm/.init.o.d",
	};
	for (size_t i = 0; i < sizeof(dropped) / sizeof(dropped[0]); i++)
		CHECK(!has(&out, dropped[i]), "%s is dropped", dropped[i]);
	static const char *const kept[] = {
	    "-D__linux__",
	    "-D__i386__",
	    "-m32",
	    "-nostdinc",
	    "-I./arch/x86/include",
	    "-include",
	    "./include/linux/kconfig.h",
	    "-D__KERNEL__",
	    "-march=i686",
	    "-DKBUILD_BASENAME=\"init\"",
	    "-Wp,-DKEEP_ME",
	    /* added */
	    "--target=i386-unknown-linux-gnu",
	    "-working-directory=/objtree",
	    "-ferror-limit=0",
	    "-Wno-everything",
	};
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		CHECK(has(&out, kept[i]), "%s is passed to libclang", kept[i]);
	CHECK(!has_prefix(&out, "-Werror"), "no -Werror variant survives");
	CHECK(!has_prefix(&out, "-MMD") && !has_prefix(&out, "-Wp,-M"),
	      "nothing that writes a dependency file survives");
	strvec_free(&out);

	/* -m64 picks x86_64; an explicit --target is the user's choice. */
	char *m64[] = {"-m64", "-O2"};
	flags_sanitise(fr, m64, 2, NULL, &out);
	CHECK(has(&out, "--target=x86_64-unknown-linux-gnu"), "-m64 selects x86_64");
	CHECK(!has_prefix(&out, "-working-directory"), "no directory, no -working-directory");
	strvec_free(&out);
	/* The last -m flag wins, as in gcc: realmode's -m16 and vdso32's -m32
	 * come after the x86_64 tree's -m64. */
	char *m16[] = {"-m64", "-O2", "-m16"};
	flags_sanitise(fr, m16, 3, NULL, &out);
	CHECK(has(&out, "--target=i386-unknown-linux-gnu") &&
	          !has(&out, "--target=x86_64-unknown-linux-gnu"),
	      "a later -m16 selects i386");
	strvec_free(&out);
	char *m32[] = {"-m32", "-m64"};
	flags_sanitise(fr, m32, 2, NULL, &out);
	CHECK(has(&out, "--target=x86_64-unknown-linux-gnu") &&
	          !has(&out, "--target=i386-unknown-linux-gnu"),
	      "a later -m64 wins over -m32");
	strvec_free(&out);
	char *explicit[] = {"--target=aarch64-linux-gnu", "-m64"};
	flags_sanitise(fr, explicit, 2, NULL, &out);
	CHECK(!has(&out, "--target=x86_64-unknown-linux-gnu"),
	      "an explicit --target is kept alone");
	strvec_free(&out);
	flag_rules_free(fr);
}

static void test_flag_rules_errors(const char *tmp)
{
	char *bad = xasprintf("%s/bad-flags.json", tmp);
	FILE *f = fopen(bad, "w");
	fputs("{\"drop\": [\"-Werror\", 3]}", f);
	fclose(f);
	CHECK(!flag_rules_load(bad), "a non-string in drop[] is rejected");
	f = fopen(bad, "w");
	fputs("{\"drop\": [", f);
	fclose(f);
	CHECK(!flag_rules_load(bad), "invalid JSON is rejected");
	char *missing = xasprintf("%s/no-such-flags.json", tmp);
	CHECK(!flag_rules_load(missing), "a missing file is rejected");
	free(bad);
	free(missing);
}

static void test_kbuild(void)
{
	size_t n = sizeof(kbuild_i386) / sizeof(kbuild_i386[0]);
	CHECK(kbuild_argv_recognised(kbuild_i386, n), "Kbuild's argv is recognised");
	char *file_mode[] = {"foo.c"};
	CHECK(!kbuild_argv_recognised(file_mode, 1), "a lone file is not Kbuild");
	char *no_kernel[] = {"-DFOO", "-I.", "foo.c"};
	CHECK(!kbuild_argv_recognised(no_kernel, 3), "flags without -D__KERNEL__ are not Kbuild");
	char *not_last[] = {"-D__KERNEL__", "foo.c", "-O2"};
	CHECK(!kbuild_argv_recognised(not_last, 3), "the source must come last");
	char *assembler[] = {"-D__KERNEL__", "entry.S"};
	CHECK(!kbuild_argv_recognised(assembler, 2), "only C sources");
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(2);
	}
	fputs(text, f);
	fclose(f);
}

static void test_compdb(const char *rules_dir, const char *tmp)
{
	char *path = xasprintf("%s/flags/gcc.json", rules_dir);
	struct flag_rules *fr = flag_rules_load(path);
	free(path);

	/* good: absolute and relative "directory", "command" and "arguments" */
	char *dir = xasprintf("%s/good", tmp);
	char *sub = xasprintf("%s/good/sub", tmp);
	mkdir(dir, 0755);
	mkdir(sub, 0755);
	char *db = xasprintf("%s/compile_commands.json", dir);
	char *text =
	    xasprintf("[{\"directory\": \"%s\", \"file\": \"a.c\", \"command\": \"gcc -c -Werror "
	              "-DA -o a.o a.c\"},\n"
	              " {\"directory\": \"sub\", \"file\": \"b.c\", \"arguments\": [\"gcc\", "
	              "\"-m32\", \"-c\", \"b.c\"]},\n"
	              " {\"directory\": \"%s\", \"file\": \"x.S\", \"command\": \"gcc -c x.S\"}]\n",
	              dir, dir);
	write_file(db, text);
	free(text);

	struct job_list jobs = {0};
	CHECK(compdb_load(dir, NULL, 0, fr, &jobs) == EXIT_CLEAN, "a good database loads");
	CHECK(jobs.n == 2, "two C entries (the .S is skipped), got %zu", jobs.n);
	if (jobs.n == 2) {
		char *a = xasprintf("%s/a.c", dir), *b = xasprintf("%s/b.c", sub);
		CHECK(!strcmp(jobs.v[0].file, a), "absolute source path %s", jobs.v[0].file);
		CHECK(!strcmp(jobs.v[1].file, b),
		      "relative directory resolved against the database: %s", jobs.v[1].file);
		CHECK(!strcmp(jobs.v[1].directory, sub), "relative directory made absolute: %s",
		      jobs.v[1].directory);
		CHECK(has(&jobs.v[0].args, "-DA") && !has(&jobs.v[0].args, "-Werror") &&
		          !has(&jobs.v[0].args, "-c") && !has(&jobs.v[0].args, "a.o") &&
		          !has(&jobs.v[0].args, "gcc"),
		      "compiler, -c, -o and -Werror are not passed on");
		CHECK(has(&jobs.v[1].args, "--target=i386-unknown-linux-gnu"), "target from -m32");
		free(a);
		free(b);
	}
	job_list_free(&jobs);

	/* the JSON file itself, and a path filter */
	char *filter = xasprintf("%s/sub", dir);
	CHECK(compdb_load(db, &filter, 1, fr, &jobs) == EXIT_CLEAN && jobs.n == 1,
	      "a filter keeps the files below it");
	job_list_free(&jobs);
	char *outside = xasprintf("%s/elsewhere.c", tmp);
	CHECK(compdb_load(db, &outside, 1, fr, &jobs) == EXIT_USAGE,
	      "a path not in it is an error");
	job_list_free(&jobs);

	/* missing, malformed, misnamed */
	char *none = xasprintf("%s/none", tmp);
	mkdir(none, 0755);
	CHECK(compdb_load(none, NULL, 0, fr, &jobs) == EXIT_USAGE,
	      "a missing database is an error");
	char *bad = xasprintf("%s/bad", tmp);
	mkdir(bad, 0755);
	char *baddb = xasprintf("%s/compile_commands.json", bad);
	write_file(baddb, "[{\"directory\": \"/\", \"file\": ");
	CHECK(compdb_load(bad, NULL, 0, fr, &jobs) == EXIT_USAGE,
	      "a malformed database is an error");
	write_file(baddb, "[]");
	CHECK(compdb_load(bad, NULL, 0, fr, &jobs) == EXIT_USAGE, "an empty database is an error");
	char *misnamed = xasprintf("%s/commands.json", bad);
	write_file(misnamed, "[]");
	CHECK(compdb_load(misnamed, NULL, 0, fr, &jobs) == EXIT_USAGE,
	      "a file not named compile_commands.json is an error");
	job_list_free(&jobs);

	free(dir), free(sub), free(db), free(filter), free(outside), free(none), free(bad);
	free(baddb), free(misnamed);
	flag_rules_free(fr);
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr,
		        "usage: frontend_test RULES_DIR TMPDIR flags|flag-errors|kbuild|compdb\n");
		return 2;
	}
	const char *which = argv[3];
	if (!strcmp(which, "flags"))
		test_flags(argv[1]);
	else if (!strcmp(which, "flag-errors"))
		test_flag_rules_errors(argv[2]);
	else if (!strcmp(which, "kbuild"))
		test_kbuild();
	else if (!strcmp(which, "compdb"))
		test_compdb(argv[1], argv[2]);
	else {
		fprintf(stderr, "unknown subtest %s\n", which);
		return 2;
	}
	if (failures)
		fprintf(stderr, "%d check(s) failed\n", failures);
	return failures ? 1 : 0;
}
