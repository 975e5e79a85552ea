/* Jobs from a command line: Kbuild's CHECK= argv and `FILE.c -- FLAGS`,
 * how many may run at once, and whether their sources can be read. */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend.h"

void job_list_free(struct job_list *jl)
{
	for (size_t i = 0; i < jl->n; i++) {
		free(jl->v[i].file);
		free(jl->v[i].directory);
		strvec_free(&jl->v[i].args);
	}
	free(jl->v);
	*jl = (struct job_list){0};
}

void job_from_flags(struct job_list *jl, const struct flag_rules *fr, const char *source,
                    char *const *flags, size_t nflags, const char *directory)
{
	if (jl->n == jl->cap) {
		jl->cap = jl->cap ? 2 * jl->cap : 16;
		jl->v = xrealloc(jl->v, jl->cap * sizeof(*jl->v));
	}
	struct tu_job *job = &jl->v[jl->n++];
	memset(job, 0, sizeof(*job));
	job->directory = path_absolute(NULL, directory);
	job->file = path_absolute(job->directory, source);
	for (size_t i = 0; i < nflags; i++)
		if (!strcmp(flags[i], "-DMODULE"))
			job->module = true;
	flags_sanitise(fr, flags, nflags, job->directory, &job->args);
}

static bool is_c_source(const char *arg)
{
	size_t n = strlen(arg);
	return n > 2 && arg[0] != '-' && !strcmp(arg + n - 2, ".c");
}

/* Every Kbuild C compile passes -D__KERNEL__ (c_flags) and ends with the
 * source; nothing else runs xlatcheck with that shape. */
bool kbuild_argv_recognised(char *const *argv, size_t argc)
{
	if (argc < 2 || !is_c_source(argv[argc - 1]))
		return false;
	for (size_t i = 0; i + 1 < argc; i++)
		if (!strcmp(argv[i], "-D__KERNEL__"))
			return true;
	return false;
}

/* The CPUs this process may run on (taskset, cgroup cpusets in CI
 * containers), not every CPU the machine has. */
long cpus_available(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return CPU_COUNT(&set);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? n : 1;
}

bool jobs_check_sources(const struct job_list *jl, size_t first, const char *named_by)
{
	size_t bad = 0, first_bad = 0;
	int first_err = 0;
	for (size_t i = first; i < jl->n; i++) {
		int err = regular_file_error(jl->v[i].file);
		if (err && !bad++) {
			first_bad = i;
			first_err = err;
		}
	}
	const char *sep = *named_by ? " " : "";
	if (bad == 1)
		error_msg("cannot read source%s%s (%s): %s", sep, named_by, read_error(first_err),
		          jl->v[first_bad].file);
	else if (bad)
		error_msg("cannot read %zu sources%s%s (the first: %s): %s", bad, sep, named_by,
		          read_error(first_err), jl->v[first_bad].file);
	return bad == 0;
}
