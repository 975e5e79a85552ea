/* rusage: run a command and report its wall time and peak RSS, so bench/run
 * measures xlatcheck, bare-parse and clang-19 the same way without needing
 * GNU time (not on a fresh machine).
 *
 *   rusage OUTFILE CMD [ARG...]
 *
 * Appends "WALL_S MAXRSS_KB EXIT CPU_S" as one line to OUTFILE (CPU_S: user
 * plus system time of the command and the children it waited for, which
 * says more than the wall time on a loaded machine); the command's own
 * output is left alone.  Exits with the command's status. */
#define _DEFAULT_SOURCE

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: rusage OUTFILE CMD [ARG...]\n", stderr);
		return 2;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("wait4");
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	FILE *out = fopen(argv[1], "a");
	if (!out) {
		perror(argv[1]);
		return 1;
	}
	double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	             (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
	fprintf(out, "%.3f %ld %d %.3f\n",
	        (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
	        ru.ru_maxrss, code, cpu);
	fclose(out);
	return code;
}
