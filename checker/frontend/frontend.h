/* The front end: where translation units come from (a compile database,
 * Kbuild's CHECK= argv, or one file and its flags) and how each is parsed.
 * Its product is a list of jobs, each a source file with the clang
 * arguments that parse it as its build compiled it. */
#ifndef XLATCHECK_FRONTEND_H
#define XLATCHECK_FRONTEND_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "../util.h"
#include "flags.h"

struct tu_job {
	char *file;         /* absolute source path */
	char *directory;    /* absolute directory the compiler ran in */
	struct strvec args; /* sanitised clang arguments, source excluded */
	bool module;        /* built with -DMODULE: its static data is module memory */
};

struct job_list {
	struct tu_job *v;
	size_t n, cap;
};

void job_list_free(struct job_list *jl);

/* One job from a compiler command line's flags (no compiler name, no
 * source) and the source, as run in `directory`. */
void job_from_flags(struct job_list *jl, const struct flag_rules *fr, const char *source,
                    char *const *flags, size_t nflags, const char *directory);

/* Every entry of the compile database at `path` (a build directory or its
 * compile_commands.json), restricted to the files below `filters` when any
 * are given.  EXIT_CLEAN, or EXIT_USAGE after one error line. */
int compdb_load(const char *path, char *const *filters, size_t nfilters,
                const struct flag_rules *fr, struct job_list *jl);

/* Every source of jobs[first..] is a regular file we can open (never a
 * FIFO libclang would block on); else one error line ("cannot read source: file:
 * reason", with a count when there are more) and false. */
bool jobs_check_sources(const struct job_list *jl, size_t first, const char *named_by);

/* Kbuild runs `$(CHECK) $(CHECKFLAGS) $(c_flags) <source>`: true when
 * argv (after xlatcheck's own options) has that shape. */
bool kbuild_argv_recognised(char *const *argv, size_t argc);

/* The default -j: the CPUs in this process's affinity mask. */
long cpus_available(void);

/* The result of parsing one job. */
struct parsed_tu {
	CXTranslationUnit tu;         /* NULL when clang produced no AST at all */
	unsigned nerrors;             /* error and fatal diagnostics with a location */
	char *first_error;            /* "file:line:col: message" */
	struct strvec rejected_flags; /* driver errors: clang refused a flag */
	struct strvec diagnostics;    /* every error, for -v */
};

void parse_job(CXIndex index, const struct tu_job *job, struct parsed_tu *out);
void parsed_tu_dispose(struct parsed_tu *p);

#endif
