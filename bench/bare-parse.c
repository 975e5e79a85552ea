/* bare-parse: the baseline xlatcheck is measured against (bench/run).  It
 * does only what every libclang checker must: parse each TU with the same
 * options as xlatcheck (detailed preprocessing record, keep going) and the
 * same sanitised arguments, then visit every cursor of the AST, headers
 * included.  Everything xlatcheck costs beyond this is its analysis.
 *
 *   bare-parse ARGSFILE...
 *
 * Each ARGSFILE describes one TU: its first line is the directory the
 * compiler ran in, the second the source file, each further line one clang
 * argument (one per line, so arguments keep their spaces and quotes).  All
 * TUs are parsed in this one process with one CXIndex, in order, as
 * `xlatcheck -p -j 1` does.  Per TU it prints a tab-separated line
 *   FILE  PARSE_S  WALK_S  CURSORS  ERRORS
 * and at the end "maxrss_kb N" (getrusage), on stdout.  Exit 1 if a TU
 * could not be parsed at all. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <clang-c/Index.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static enum CXChildVisitResult count(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	/* Touch each cursor's kind, as any walker must, so the visit is not
	 * an empty loop. */
	unsigned long *n = data;
	*n += 1 + (clang_getCursorKind(c) == CXCursor_InvalidFile);
	return CXChildVisit_Recurse;
}

struct argsfile {
	char *dir, *file;
	char **args;
	int nargs;
};

static int read_argsfile(const char *path, struct argsfile *af)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int n = 0, acap = 0;
	memset(af, 0, sizeof(*af));
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		char *copy = strdup(line);
		if (!copy)
			abort();
		if (n == 0) {
			af->dir = copy;
		} else if (n == 1) {
			af->file = copy;
		} else {
			if (af->nargs == acap) {
				acap = acap ? 2 * acap : 64;
				af->args = realloc(af->args, (size_t)acap * sizeof(*af->args));
				if (!af->args)
					abort();
			}
			af->args[af->nargs++] = copy;
		}
		n++;
	}
	free(line);
	fclose(f);
	if (n < 2) {
		fprintf(stderr, "%s: needs a directory and a file line\n", path);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: bare-parse ARGSFILE...\n", stderr);
		return 2;
	}
	CXIndex index = clang_createIndex(0, 0);
	int status = 0;
	for (int i = 1; i < argc; i++) {
		struct argsfile af;
		if (read_argsfile(argv[i], &af) != 0) {
			status = 1;
			continue;
		}
		/* Kbuild's include paths are relative to its objtree. */
		if (chdir(af.dir) != 0) {
			perror(af.dir);
			status = 1;
			continue;
		}
		double t0 = now();
		CXTranslationUnit tu = NULL;
		enum CXErrorCode err = clang_parseTranslationUnit2(
		    index, af.file, (const char *const *)af.args, af.nargs, NULL, 0,
		    CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing,
		    &tu);
		double t1 = now();
		if (err != CXError_Success || !tu) {
			fprintf(stderr, "%s: libclang error %d\n", af.file, (int)err);
			status = 1;
			continue;
		}
		unsigned long cursors = 0;
		clang_visitChildren(clang_getTranslationUnitCursor(tu), count, &cursors);
		double t2 = now();
		unsigned errors = 0, nd = clang_getNumDiagnostics(tu);
		for (unsigned d = 0; d < nd; d++) {
			CXDiagnostic diag = clang_getDiagnostic(tu, d);
			if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error)
				errors++;
			clang_disposeDiagnostic(diag);
		}
		clang_disposeTranslationUnit(tu);
		printf("%s\t%.3f\t%.3f\t%lu\t%u\n", af.file, t1 - t0, t2 - t1, cursors, errors);
		fflush(stdout);
		for (int a = 0; a < af.nargs; a++)
			free(af.args[a]);
		free(af.args);
		free(af.dir);
		free(af.file);
	}
	clang_disposeIndex(index);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("maxrss_kb %ld\n", ru.ru_maxrss);
	return status;
}
