/* What the libFuzzer harnesses share: a directory of their own (made with
 * mkdtemp, removed at exit) to write each input into, because the readers
 * under test read files, as xlatcheck does.  libFuzzer's interface is a
 * pair of global functions, so this state is file-scope by necessity. */
#ifndef XLATCHECK_FUZZ_HARNESS_H
#define XLATCHECK_FUZZ_HARNESS_H

#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char fuzz_dir[4096];

static void fuzz_cleanup(void)
{
	char *cmd;
	if (fuzz_dir[0] && asprintf(&cmd, "rm -rf '%s'", fuzz_dir) > 0) {
		if (system(cmd) != 0)
			fprintf(stderr, "fuzz: could not remove %s\n", fuzz_dir);
		free(cmd);
	}
}

/* The harness's own directory, made on first use. */
static const char *fuzz_workdir(void)
{
	if (!fuzz_dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/xlatcheck-fuzz-XXXXXX",
		         t && *t ? t : "/tmp");
		if (!mkdtemp(fuzz_dir)) {
			perror("fuzz: mkdtemp");
			abort();
		}
		atexit(fuzz_cleanup);
	}
	return fuzz_dir;
}

/* Writes the input to `name` (a path below the work directory, whose
 * directories are made as needed) and returns its full path (static). */
static const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
	static char path[8192];
	snprintf(path, sizeof(path), "%s/%s", fuzz_workdir(), name);
	for (char *s = strchr(path + strlen(fuzz_workdir()) + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		mkdir(path, 0700);
		*s = '/';
	}
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
		perror("fuzz: write");
		abort();
	}
	return path;
}

#endif
