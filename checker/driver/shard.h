/* --shard I/N: one CI machine's deterministic, size-balanced 1/N of a
 * compile database's TUs (driver/shard.c), chosen in run_gather. */
#ifndef XLATCHECK_SHARD_H
#define XLATCHECK_SHARD_H

#include <stdbool.h>

#include "../frontend/frontend.h"

/* "I/N" (1 <= I <= N <= 1024); false when malformed. */
bool shard_parse(const char *spec, unsigned *index, unsigned *count);
/* Keeps the jobs of shard `index` (1-based) of `count`, in their order. */
void shard_select(struct job_list *jobs, unsigned index, unsigned count);

#endif
