/* The worker pool (see run.h).  The driver forks -j workers before any of
 * them touches libclang, so each starts from a clean, single-threaded
 * copy of the driver that already holds the jobs and the rules.  Over one
 * socket per worker the driver sends a job's index and the worker answers
 * with the encoded outcome (outcome.c), length first.  A worker keeps its
 * libclang index from TU to TU (the first TU of a process costs about
 * twice the others), so the pool costs almost nothing over threads.
 *
 * When a worker dies, the driver records its TU as TU_INTERNAL_ERROR and
 * forks a replacement for the jobs left; every other TU's findings are
 * reported and written as usual.
 *
 * Inside a worker the TU is parsed on the worker's own thread with a
 * WORKER_STACK stack: LIBCLANG_NOTHREADS stops libclang from moving the
 * parse onto its 8 MB thread (an if/else-if chain of 6,000 arms, which
 * clang accepts, overflows that), and LIBCLANG_DISABLE_CRASH_RECOVERY
 * leaves fatal signals to our handler on its alternate stack. */
#define _GNU_SOURCE
#include "workers.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../cache/cache.h"
#include "../rules/rules.h"
#include "crash.h"
#include "parser.h"

#define WORKER_STACK ((size_t)1 << 30) /* reserved, not committed */
#define NO_JOB       SIZE_MAX

/* ---- inside a worker ------------------------------------------------- */

struct worker_ctx {
	int fd;
	const struct job_list *jobs;
	const struct rule_set *rules;
	const char *summaries_dir;
	struct result_cache *cache;      /* or NULL */
	const struct parser_api *parser; /* loaded on the first TU not in the cache */
	CXIndex index;
};

/* The answer to the driver: the encoded outcome, its length first. */
static void answer_start(struct strbuf *sb)
{
	uint64_t len = 0;
	sb_appendn(sb, (const char *)&len, sizeof(len));
}

static void answer_finish(struct strbuf *sb)
{
	uint64_t len = sb->len - sizeof(len);
	memcpy(sb->s, &len, sizeof(len));
}

/* A cache hit: the stored bytes, checked by decoding them, become the
 * answer with the summary's fate in it; false (a miss) when there is no
 * entry or it does not decode. */
static bool job_from_cache(struct worker_ctx *w, const struct tu_job *job, struct strbuf *sb)
{
	struct strbuf bytes = {0};
	bool summary_ok = true;
	if (!w->cache || !cache_lookup(w->cache, job, w->summaries_dir, &bytes, &summary_ok)) {
		sb_free(&bytes);
		return false;
	}
	struct tu_outcome out = {0};
	bool ok = outcome_decode(bytes.s, bytes.len, w->rules, &out);
	if (ok) {
		out.summaries_failed = !summary_ok;
		outcome_encode(sb, w->rules, &out);
	} else {
		cache_reject(w->cache, job);
	}
	outcome_free(&out);
	sb_free(&bytes);
	return ok;
}

/* The parser and its index, on the worker's first parse: a worker whose
 * TUs all come from the cache never loads libclang.  A parser that cannot
 * be loaded ends the worker (the driver reports the TU as an internal
 * error, after the loader's error line). */
static const struct parser_api *parser_ready(struct worker_ctx *w)
{
	if (!w->parser && !(w->parser = parser_load()))
		_exit(EXIT_INTERNAL);
	if (!w->index)
		w->index = w->parser->index_create();
	return w->parser;
}

/* Stores the encoded outcome (`sb` from `at`) with the files the TU read;
 * a TU without an AST, or whose summaries failed, is not stored. */
static void job_store(struct worker_ctx *w, struct cache_miss *miss, const struct tu_job *job,
                      const struct parsed_tu *p, bool analysed, const struct strbuf *sb, size_t at)
{
	struct strvec files = {0};
	bool storable = w->cache && p->tu && analysed;
	if (storable)
		w->parser->files_read(p->tu, job, &files);
	cache_miss_end(w->cache, miss, job, storable ? &files : NULL, sb->s + at, sb->len - at);
	strvec_free(&files);
}

/* Parses and analyses the job, encodes its outcome into `sb` and, with a
 * cache, stores it there. */
static void job_parse(struct worker_ctx *w, const struct tu_job *job, struct strbuf *sb)
{
	struct cache_miss miss;
	struct tu_outcome out = {0};
	struct parsed_tu p;
	const struct parser_api *pa = parser_ready(w);
	cache_miss_begin(w->cache, w->summaries_dir, &miss);
	pa->parse_job(w->index, job, &p);
	out.result.nerrors = p.nerrors;
	out.result.first_error = p.first_error ? xstrdup(p.first_error) : NULL;
	out.result.status = !p.tu ? TU_FAILED : p.nerrors ? TU_PARSE_ERRORS : TU_CLEAN;
	bool analysed = true;
	if (p.tu) {
		struct analysis_input in = {.tu = p.tu,
		                            .main_file = job->file,
		                            .directory = job->directory,
		                            .module = job->module,
		                            .summaries_dir = miss.summaries_dir,
		                            .notices = &out.notices,
		                            .args = &job->args};
		analysed = pa->analyze_tu(&in, w->rules, &out.findings);
	}
	out.rejected_flags = p.rejected_flags;
	out.diagnostics = p.diagnostics;
	p.rejected_flags = (struct strvec){0};
	p.diagnostics = (struct strvec){0};
	/* Into the cache's private directory, failing only costs the entry. */
	bool copied = cache_miss_summary(&miss, w->summaries_dir);
	out.summaries_failed = !copied || (!analysed && (!w->cache || w->summaries_dir));
	size_t at = sb->len;
	outcome_encode(sb, w->rules, &out);
	job_store(w, &miss, job, &p, analysed, sb, at);
	outcome_free(&out);
	pa->parsed_tu_dispose(&p);
}

static bool io_all(int fd, void *buf, size_t len, bool writing)
{
	char *p = buf;
	while (len) {
		ssize_t n = writing ? write(fd, p, len) : read(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		p += n;
		len -= (size_t)n;
	}
	return true;
}

/* XLATCHECK_TEST_CRASH=TEXT: a worker overflows its stack for real on a
 * TU whose path contains TEXT, so the tests can prove what a crash costs
 * (docs/design.md, "Containment"). */
static unsigned overflow_stack(volatile unsigned depth)
{
	volatile char frame[65536]; /* one page touched per 64 KB: cheap */
	frame[0] = (char)depth;
	if (depth == UINT_MAX)
		return 0;
	return overflow_stack(depth + 1) + (unsigned)frame[0];
}

static void maybe_test_crash(const char *file)
{
	const char *on = getenv("XLATCHECK_TEST_CRASH");
	if (on && *on && strstr(file, on))
		overflow_stack(0);
}

static void *worker_loop(void *arg)
{
	struct worker_ctx *w = arg;
	void *altstack = crash_altstack_enter();
	uint32_t i;
	while (io_all(w->fd, &i, sizeof(i), false) && i < w->jobs->n) {
		const struct tu_job *job = &w->jobs->v[i];
		crash_what_set(job->file);
		maybe_test_crash(job->file);
		struct strbuf sb = {0};
		answer_start(&sb);
		if (!job_from_cache(w, job, &sb))
			job_parse(w, job, &sb);
		answer_finish(&sb);
		bool sent = io_all(w->fd, sb.s, sb.len, true);
		sb_free(&sb);
		crash_what_set(NULL);
		if (!sent)
			break;
	}
	if (w->index)
		w->parser->index_dispose(w->index);
	crash_altstack_leave(altstack);
	return NULL;
}

/* The worker process's main: never returns. */
static void worker_main(struct worker_ctx *w)
{
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
	crash_handler_set();
	pthread_t thread;
	int err = EAGAIN;
	/* The largest stack the machine grants, from WORKER_STACK down. */
	for (size_t size = WORKER_STACK; err && size >= ((size_t)64 << 20); size /= 4) {
		pthread_attr_t attr;
		pthread_attr_init(&attr);
		pthread_attr_setstacksize(&attr, size);
		err = pthread_create(&thread, &attr, worker_loop, w);
		pthread_attr_destroy(&attr);
	}
	if (err) {
		fprintf(stderr, "xlatcheck: internal error: cannot start a worker thread (%s)\n",
		        strerror(err));
		_exit(EXIT_INTERNAL);
	}
	pthread_join(thread, NULL);
	close(w->fd);
	exit(EXIT_CLEAN); /* exit(), not _exit(): leak checkers look at workers too */
}

/* ---- in the driver --------------------------------------------------- */

struct worker {
	pid_t pid;
	int fd;            /* -1: gone */
	size_t job;        /* the job it is on, or NO_JOB */
	struct strbuf in;  /* the answer so far */
	bool told_to_stop; /* no more jobs: its socket is shut for writing */
};

struct pool {
	const struct job_list *jobs;
	const struct rule_set *rules;
	const char *summaries_dir;
	struct result_cache *cache;
	struct tu_outcome *outcomes;
	struct worker *w;
	size_t nw;
	size_t next, done;
	bool internal;
};

static void pool_fail(const char *what)
{
	fprintf(stderr, "xlatcheck: internal error: cannot %s (%s)\n", what, strerror(errno));
	exit(EXIT_INTERNAL);
}

static void spawn(struct pool *p, struct worker *w)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		pool_fail("create a socket for a worker");
	fflush(NULL); /* the worker must not write the driver's buffers again */
	pid_t pid = fork();
	if (pid < 0)
		pool_fail("start a worker process");
	if (pid == 0) {
		close(sv[0]);
		for (size_t k = 0; k < p->nw; k++)
			if (p->w[k].fd >= 0 && &p->w[k] != w)
				close(p->w[k].fd);
		struct worker_ctx ctx = {.fd = sv[1],
		                         .jobs = p->jobs,
		                         .rules = p->rules,
		                         .summaries_dir = p->summaries_dir,
		                         .cache = p->cache};
		worker_main(&ctx);
	}
	close(sv[1]);
	*w = (struct worker){.pid = pid, .fd = sv[0], .job = NO_JOB};
}

/* The next job to `w`, or the word that there is none. */
static void hand_out(struct pool *p, struct worker *w)
{
	if (p->next >= p->jobs->n) {
		if (!w->told_to_stop)
			shutdown(w->fd, SHUT_WR);
		w->told_to_stop = true;
		return;
	}
	w->job = p->next++;
	uint32_t i = (uint32_t)w->job;
	/* A worker that died cannot take it: its EOF reports the job. */
	ssize_t sent = send(w->fd, &i, sizeof(i), MSG_NOSIGNAL);
	(void)sent;
}

/* A whole answer in w->in: decode it into the job's outcome. */
static bool take_answer(struct pool *p, struct worker *w)
{
	uint64_t len;
	if (w->job == NO_JOB || w->in.len < sizeof(len))
		return false;
	memcpy(&len, w->in.s, sizeof(len));
	if (w->in.len - sizeof(len) < len)
		return false;
	struct tu_outcome *o = &p->outcomes[w->job];
	if (w->in.len - sizeof(len) != len ||
	    !outcome_decode(w->in.s + sizeof(len), len, p->rules, o)) {
		outcome_free(o);
		return false; /* garbled: treated as the worker's death */
	}
	sb_free(&w->in);
	w->job = NO_JOB;
	p->done++;
	hand_out(p, w);
	return true;
}

static const char *signal_name(int sig)
{
	const char *s = sigabbrev_np(sig);
	return s ? s : "?";
}

/* The worker's socket closed: it exited or died.  A job it was on is an
 * internal error; jobs left go to a replacement. */
static void reap(struct pool *p, struct worker *w)
{
	int status = 0;
	close(w->fd);
	w->fd = -1;
	while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
		;
	bool crashed_by_signal = WIFSIGNALED(status);
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	if (w->job != NO_JOB) {
		struct tu_outcome *o = &p->outcomes[w->job];
		outcome_free(o);
		*o = (struct tu_outcome){0};
		o->result.status = TU_INTERNAL_ERROR;
		o->result.nerrors = 0;
		o->result.first_error =
		    crashed_by_signal ? xasprintf("xlatcheck crashed on it (SIG%s)",
		                                  signal_name(WTERMSIG(status)))
		                      : xasprintf("xlatcheck crashed on it (exit status %d)", code);
		/* The handler said it already, unless the signal bypassed it. */
		if (crashed_by_signal)
			fprintf(stderr, "xlatcheck: internal error: %s: killed by SIG%s\n",
			        p->jobs->v[w->job].file, signal_name(WTERMSIG(status)));
		p->internal = true;
		p->done++;
		w->job = NO_JOB;
	} else if (code != 0) {
		fprintf(stderr, "xlatcheck: internal error: a worker process ended with %s %d\n",
		        crashed_by_signal ? "signal" : "status",
		        crashed_by_signal ? WTERMSIG(status) : code);
		p->internal = true;
	}
	sb_free(&w->in);
	if (p->next < p->jobs->n) {
		spawn(p, w);
		hand_out(p, w);
	}
}

static void on_readable(struct pool *p, struct worker *w)
{
	char buf[65536];
	ssize_t n = read(w->fd, buf, sizeof(buf));
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		reap(p, w);
		return;
	}
	sb_appendn(&w->in, buf, (size_t)n);
	take_answer(p, w);
}

static void print_progress(size_t done, size_t total, double start, bool tty)
{
	double elapsed = now_seconds() - start;
	double rate = elapsed > 0 ? (double)done / elapsed : 0;
	double eta = rate > 0 ? (double)(total - done) / rate : 0;
	fprintf(stderr, "%sxlatcheck: %zu/%zu TUs, %.1f TU/s, ETA %.0fs%s", tty ? "\r" : "", done,
	        total, rate, eta, tty ? "\033[K" : "\n");
}

/* One round: wait up to 250 ms for answers and deaths. */
static void poll_workers(struct pool *p)
{
	struct pollfd *fds = xcalloc(p->nw, sizeof(*fds));
	for (size_t k = 0; k < p->nw; k++)
		fds[k] = (struct pollfd){.fd = p->w[k].fd, .events = POLLIN};
	int n = poll(fds, p->nw, 250);
	for (size_t k = 0; n > 0 && k < p->nw; k++)
		if (p->w[k].fd >= 0 && fds[k].revents)
			on_readable(p, &p->w[k]);
	free(fds);
}

static bool any_alive(const struct pool *p)
{
	for (size_t k = 0; k < p->nw; k++)
		if (p->w[k].fd >= 0)
			return true;
	return false;
}

struct tu_outcome *run_jobs(const struct job_list *jobs, const struct rule_set *rules,
                            const struct run_jobs_options *opt, bool *internal)
{
	struct pool p = {
	    .jobs = jobs, .rules = rules, .summaries_dir = opt->summaries_dir, .cache = opt->cache};
	long nworkers = opt->nworkers;
	bool quiet = opt->quiet;
	p.outcomes = xcalloc(jobs->n, sizeof(*p.outcomes));
	p.nw = nworkers < 1 ? 1 : (size_t)nworkers > jobs->n ? jobs->n : (size_t)nworkers;
	p.w = xcalloc(p.nw ? p.nw : 1, sizeof(*p.w));
	for (size_t k = 0; k < p.nw; k++)
		p.w[k].fd = -1;
	for (size_t k = 0; k < p.nw; k++) {
		spawn(&p, &p.w[k]);
		hand_out(&p, &p.w[k]);
	}
	bool tty = isatty(2), shown = false;
	double start = now_seconds(), last = start;
	while (any_alive(&p)) {
		poll_workers(&p);
		double t = now_seconds();
		/* A live line on a terminal, a plain line every 5 s in logs. */
		if (!quiet && jobs->n > 1 && p.done < jobs->n &&
		    (tty ? t - last >= 0.25 : t - last >= 5.0)) {
			print_progress(p.done, jobs->n, start, tty);
			last = t;
			shown = true;
		}
	}
	if (shown && tty)
		fputs("\r\033[K", stderr);
	for (size_t i = 0; i < jobs->n; i++)
		p.outcomes[i].result.file = xstrdup(jobs->v[i].file);
	free(p.w);
	*internal = p.internal;
	return p.outcomes;
}

void crash_handler_install(const char *what)
{
	crash_what_set(what);
	crash_handler_set();
	/* The main thread's alternate stack lives as long as the process. */
	static char stack[64 * 1024];
	stack_t ss = {.ss_sp = stack, .ss_size = sizeof(stack)};
	sigaltstack(&ss, NULL);
}
