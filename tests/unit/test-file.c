/*
 * Reading a file the user named (src/util/file.c): what is read (files,
 * pipes, terminals), what is refused and why, and the words of each
 * refusal.  Files live in a fresh
 * temporary directory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "error.h"
#include "util/file.h"
#include "unit.h"

static char dir[64];

static const char *
at(const char *name)
{
	static char path[256];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

static void
write_file(const char *name, const char *text, size_t len)
{
	int fd = open(at(name), O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0 || write(fd, text, len) != (ssize_t)len) {
		perror(at(name));
		exit(1);
	}
	close(fd);
}

/* The message hv_file_read() sets for path, or NULL when it reads. */
static const char *
read_error(const char *path, size_t cap)
{
	char *s;

	hv_error_reset();
	if ((s = hv_file_read(path, cap, NULL)) != NULL) {
		free(s);
		return NULL;
	}
	return hv_error_last() ? hv_error_last()->message : "(none)";
}

/* hv_file_load() on path: why it failed, 0 when it read. */
static int
why(const char *path, size_t cap)
{
	struct hv_file_error e;
	size_t len;
	char *s = hv_file_load(path, cap, &len, &e);

	if (s != NULL) {
		free(s);
		return 0;
	}
	return (int)e.why;
}

static void
test_regular(void)
{
	char want[512];
	size_t len = 99;
	char *s;

	write_file("a.xml", "<a/>\n", 5);
	s = hv_file_read(at("a.xml"), 100, &len);
	CHECK_STR(s, "<a/>\n");
	CHECK_INT(len, 5);
	free(s);

	/* NUL bytes are kept: len tells them from the end */
	write_file("nul", "a\0b", 3);
	s = hv_file_read(at("nul"), 100, &len);
	CHECK(s != NULL && len == 3 && memcmp(s, "a\0b", 4) == 0);
	free(s);

	write_file("empty", "", 0);
	s = hv_file_read(at("empty"), 100, &len);
	CHECK_STR(s, "");
	CHECK_INT(len, 0);
	free(s);

	/* the cap itself is allowed, a byte more is not */
	write_file("five", "12345", 5);
	CHECK_INT(why(at("five"), 5), 0);
	CHECK_INT(why(at("five"), 4), HV_FILE_ETOOBIG);
	/* a chunk's worth and more, read to the byte */
	{
		size_t n = 200000;
		char *big = malloc(n);

		memset(big, 'x', n);
		write_file("big", big, n);
		s = hv_file_read(at("big"), n, &len);
		CHECK(s != NULL && len == n && s[n - 1] == 'x' && s[n] == 0);
		free(s);
		CHECK_INT(why(at("big"), n - 1), HV_FILE_ETOOBIG);
		free(big);
	}
	/* a sparse file is refused by its size, before any read */
	CHECK(truncate(at("five"), (off_t)1 << 40) == 0);
	CHECK_INT(why(at("five"), HV_FILE_MAX_XML), HV_FILE_ETOOBIG);
	snprintf(want, sizeof(want), "Failed to read file '%s': Value too "
	    "large for defined data type", at("five"));
	CHECK_STR(read_error(at("five"), HV_FILE_MAX_XML), want);
}

static void
test_refused(void)
{
	char want[512];

	CHECK_INT(why(at("nothere"), 100), HV_FILE_EOPEN);
	snprintf(want, sizeof(want),
	    "Failed to open file '%s': No such file or directory",
	    at("nothere"));
	CHECK_STR(read_error(at("nothere"), 100), want);

	CHECK_INT(why(dir, 100), HV_FILE_EDIR);
	snprintf(want, sizeof(want), "Failed to read file '%s': Is a directory",
	    dir);
	CHECK_STR(read_error(dir, 100), want);

	/* a device is never read: /dev/zero has no end, /dev/null no size */
	CHECK_INT(why("/dev/zero", HV_FILE_MAX_XML), HV_FILE_EDEVICE);
	CHECK_INT(why("/dev/null", HV_FILE_MAX_XML), HV_FILE_EDEVICE);
	CHECK_STR(read_error("/dev/urandom", HV_FILE_MAX_XML),
	    "Failed to read file '/dev/urandom': Value too large for defined "
	    "data type");

	/* a FIFO nobody writes to: refused at once, not waited on */
	CHECK(mkfifo(at("fifo"), 0600) == 0);
	CHECK_INT(why(at("fifo"), 100), HV_FILE_ENOWRITER);
	snprintf(want, sizeof(want), "Failed to read file '%s': nothing has "
	    "the FIFO open for writing", at("fifo"));
	CHECK_STR(read_error(at("fifo"), 100), want);
}

/* A pipe read through /dev/fd, as the shell's /dev/stdin and <(...). */
static void
test_pipes(void)
{
	char path[64], *s;
	int fds[2];
	size_t len;
	pid_t pid;

	/* data left by a writer that is gone */
	CHECK(pipe(fds) == 0);
	CHECK(write(fds[1], "<left/>", 7) == 7);
	close(fds[1]);
	snprintf(path, sizeof(path), "/dev/fd/%d", fds[0]);
	s = hv_file_read(path, 100, &len);
	CHECK_STR(s, "<left/>");
	free(s);
	close(fds[0]);

	/* a writer still at work: read to its end */
	CHECK(pipe(fds) == 0);
	if ((pid = fork()) == 0) {
		close(fds[0]);
		for (int i = 0; i < 1000; i++) {
			if (write(fds[1], "0123456789", 10) != 10)
				_exit(1);
		}
		_exit(0);
	}
	close(fds[1]);
	snprintf(path, sizeof(path), "/dev/fd/%d", fds[0]);
	s = hv_file_read(path, 20000, &len);
	CHECK(s != NULL && len == 10000 && strncmp(s + 9990, "0123456789",
	    10) == 0);
	free(s);
	close(fds[0]);
	waitpid(pid, NULL, 0);

	/* and no more than the cap of it */
	CHECK(pipe(fds) == 0);
	if ((pid = fork()) == 0) {
		close(fds[0]);
		for (int i = 0; i < 1000; i++) {
			if (write(fds[1], "0123456789", 10) != 10)
				_exit(0);
		}
		_exit(0);
	}
	close(fds[1]);
	snprintf(path, sizeof(path), "/dev/fd/%d", fds[0]);
	CHECK_INT(why(path, 5000), HV_FILE_ETOOBIG);
	close(fds[0]);
	waitpid(pid, NULL, 0);
}

/* A terminal is read up to the end of file its user types (^D). */
static void
test_terminal(void)
{
	const char *slave;
	char *s;
	int m, fd;

	m = posix_openpt(O_RDWR | O_NOCTTY);
	if (!CHECK(m >= 0 && grantpt(m) == 0 && unlockpt(m) == 0))
		return;
	slave = ptsname(m);
	fd = open(slave, O_RDWR | O_NOCTTY);
	CHECK(fd >= 0);
	/* a line, then the end of file at the start of the next */
	CHECK(write(m, "<t/>\n\004", 6) == 6);
	s = hv_file_read(slave, 100, NULL);
	CHECK_STR(s, "<t/>\n");
	free(s);
	close(fd);
	close(m);
}

int
main(void)
{
	char cmd[128];

	snprintf(dir, sizeof(dir), "/tmp/hvsh-file.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_regular();
	test_refused();
	test_pipes();
	test_terminal();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return unit_done();
}
