/* --shard I/N: the deterministic 1/N of a compile database's TUs that one
 * CI machine checks.  The TUs are ordered by source size (largest first),
 * then path, directory and arguments, which does not depend on the order
 * of the database; each in turn goes to the shard with the fewest bytes so
 * far (the lowest-numbered on a tie), so the shards are balanced by size. */

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "shard.h"

bool shard_parse(const char *spec, unsigned *index, unsigned *count)
{
	char *end;
	unsigned long i = strtoul(spec, &end, 10);
	if (end == spec || *end != '/' || spec[0] == '-')
		return false;
	const char *n_text = end + 1;
	unsigned long n = strtoul(n_text, &end, 10);
	if (end == n_text || *end || n_text[0] == '-' || n < 1 || n > 1024 || i < 1 || i > n)
		return false;
	*index = (unsigned)i;
	*count = (unsigned)n;
	return true;
}

struct sized_job {
	const struct tu_job *job;
	size_t index; /* in the database */
	long long size;
};

static int args_cmp(const struct strvec *a, const struct strvec *b)
{
	for (size_t i = 0; i < a->n && i < b->n; i++) {
		int c = strcmp(a->v[i], b->v[i]);
		if (c)
			return c;
	}
	return (a->n > b->n) - (a->n < b->n);
}

static int sized_cmp(const void *pa, const void *pb)
{
	const struct sized_job *a = pa, *b = pb;
	if (a->size != b->size)
		return a->size > b->size ? -1 : 1;
	int c = strcmp(a->job->file, b->job->file);
	if (!c)
		c = strcmp(a->job->directory, b->job->directory);
	return c ? c : args_cmp(&a->job->args, &b->job->args);
}

/* mine[i]: whether the database's i-th job falls in shard `index`. */
static bool *shard_members(const struct job_list *jobs, unsigned index, unsigned count)
{
	struct sized_job *v = xcalloc(jobs->n + 1, sizeof(*v));
	for (size_t i = 0; i < jobs->n; i++) {
		struct stat st;
		v[i].job = &jobs->v[i];
		v[i].index = i;
		v[i].size = stat(jobs->v[i].file, &st) == 0 ? (long long)st.st_size : 0;
	}
	qsort(v, jobs->n, sizeof(*v), sized_cmp);
	long long *load = xcalloc(count, sizeof(*load));
	bool *mine = xcalloc(jobs->n + 1, sizeof(*mine));
	for (size_t i = 0; i < jobs->n; i++) {
		unsigned best = 0;
		for (unsigned s = 1; s < count; s++)
			if (load[s] < load[best])
				best = s;
		load[best] += v[i].size + 1; /* an empty file still costs a parse */
		mine[v[i].index] = best + 1 == index;
	}
	free(load);
	free(v);
	return mine;
}

void shard_select(struct job_list *jobs, unsigned index, unsigned count)
{
	bool *mine = shard_members(jobs, index, count);
	size_t kept = 0;
	for (size_t i = 0; i < jobs->n; i++) {
		if (mine[i]) {
			jobs->v[kept++] = jobs->v[i];
			continue;
		}
		free(jobs->v[i].file);
		free(jobs->v[i].directory);
		strvec_free(&jobs->v[i].args);
	}
	jobs->n = kept;
	free(mine);
}
