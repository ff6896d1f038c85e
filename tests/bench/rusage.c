/*
 * rusage: run a command and append "WALL CPU MAXRSS STATUS" (seconds,
 * seconds, KiB, exit status) to OUTFILE.
 *
 * usage: rusage OUTFILE COMMAND [ARG]...
 *
 * The benchmark's programs are run through this small process rather
 * than straight from Python: a child's peak RSS counts the memory of the
 * process it was forked from, which for Python is larger than hvsh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status;
	pid_t pid;
	FILE *out;

	if (argc < 3) {
		fprintf(stderr, "usage: rusage OUTFILE COMMAND [ARG]...\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("rusage: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror("rusage: exec");
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("rusage: wait4");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if ((out = fopen(argv[1], "a")) == NULL) {
		perror(argv[1]);
		return 2;
	}
	fprintf(out, "%.6f %.6f %ld %d\n",
	    (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6,
	    ru.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128);
	fclose(out);
	return 0;
}
