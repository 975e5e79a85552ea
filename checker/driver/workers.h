/* Running the jobs so that no crash loses a run.  Every TU is parsed and
 * analysed in a worker process (a pool of -j long-lived processes forked
 * from the driver), on a thread whose stack is large enough for whatever
 * clang accepts, with libclang's own parse thread and crash recovery off
 * and a crash handler on an alternate signal stack.  A worker that dies
 * costs only the TU it was on: that TU is reported as an internal error
 * and a fresh worker takes the remaining ones.  See docs/design.md,
 * "Containment". */
#ifndef XLATCHECK_WORKERS_H
#define XLATCHECK_WORKERS_H

#include <stdbool.h>

#include "../findings/finding.h"
#include "../report/report.h"
#include "../util.h"
#include "../frontend/frontend.h"
#include "outcome.h"

struct rule_set;
struct result_cache;

struct run_jobs_options {
	const char *summaries_dir;  /* --summaries, or NULL */
	struct result_cache *cache; /* opened before the workers fork, or NULL */
	long nworkers;
	bool quiet; /* no progress line */
};

/* Runs every job on `nworkers` worker processes; the outcomes are indexed
 * like the jobs, so nothing depends on which worker finished first.  A
 * worker looks each TU up in the cache first and parses it only on a miss
 * (then stores it).  A progress line goes to stderr unless `quiet`.
 * `*internal` is set when a worker died (its TU's status is
 * TU_INTERNAL_ERROR) or exited with a non-zero status after its work (a
 * leak checker's verdict, say). */
struct tu_outcome *run_jobs(const struct job_list *jobs, const struct rule_set *rules,
                            const struct run_jobs_options *opt, bool *internal);

/* The driver's own crash handler, on an alternate signal stack:
 * "xlatcheck: internal error: <what>: <signal>" and exit status 3. */
void crash_handler_install(const char *what);

#endif
