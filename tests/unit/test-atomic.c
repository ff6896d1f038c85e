/*
 * hv_file_write_atomic() (src/util/atomic.c): new and replaced files,
 * failures that must leave the old file and no temporary behind,
 * symbolic links followed or replaced, devices and FIFOs written in
 * place, a directory we may not write, and readers that never see a
 * partial file while two writers race.  Also the XDG base directories
 * (src/util/xdg.c).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/atomic.h"
#include "util/xalloc.h"
#include "util/xdg.h"
#include "unit.h"

static char tmpdir[] = "/tmp/hvsh-atomic.XXXXXX";

static char *
in_tmp(const char *name)
{
	return xasprintf("%s/%s", tmpdir, name);
}

/* The file's contents (NUL-terminated), or NULL. */
static char *
slurp(const char *path)
{
	char buf[65536];
	ssize_t n;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return NULL;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n < 0)
		return NULL;
	buf[n] = '\0';
	return xstrdup(buf);
}

/* How many entries the directory holds besides . and .. */
static int
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

static void
test_new_and_replace(void)
{
	char *p = in_tmp("file"), *s;
	struct stat st, st2;

	CHECK_INT(hv_file_write_atomic(p, "one\n", 4, 0600, 0), 0);
	s = slurp(p);
	CHECK_STR(s, "one\n");
	free(s);
	CHECK(stat(p, &st) == 0 && (st.st_mode & 07777) == 0600);
	CHECK_INT(hv_file_write_atomic(p, "two\n", 4, 0644, 0), 0);
	s = slurp(p);
	CHECK_STR(s, "two\n");
	free(s);
	/* A new file took the old one's place: never truncated in place. */
	CHECK(stat(p, &st2) == 0 && st2.st_ino != st.st_ino);
	CHECK((st2.st_mode & 07777) == 0644);
	/* Empty contents are a file too. */
	CHECK_INT(hv_file_write_atomic(p, "", 0, 0600, 0), 0);
	CHECK(stat(p, &st) == 0 && st.st_size == 0);
	CHECK_INT(count_entries(tmpdir), 1);
	unlink(p);
	free(p);

	/* No directory part: the current directory. */
	CHECK(chdir(tmpdir) == 0);
	CHECK_INT(hv_file_write_atomic("here", "x", 1, 0600, 0), 0);
	s = slurp("here");
	CHECK_STR(s, "x");
	free(s);
	unlink("here");
	CHECK(chdir("/") == 0);
}

static void
test_failures(void)
{
	char *p = in_tmp("nodir/file"), *f = in_tmp("keep"), *s;
	char *d = in_tmp("adir");
	struct rlimit old, small;
	char big[8192];

	errno = 0;
	CHECK_INT(hv_file_write_atomic(p, "x", 1, 0600, 0),
	    HV_WRITE_ERR_OPEN);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(count_entries(tmpdir), 0);
	free(p);

	CHECK(mkdir(d, 0700) == 0);
	errno = 0;
	CHECK_INT(hv_file_write_atomic(d, "x", 1, 0600, 0),
	    HV_WRITE_ERR_OPEN);
	CHECK_INT(errno, EISDIR);
	p = xasprintf("%s/", d);
	CHECK_INT(hv_file_write_atomic(p, "x", 1, 0600, 0),
	    HV_WRITE_ERR_OPEN);
	free(p);
	CHECK_INT(count_entries(d), 0);
	rmdir(d);
	free(d);

	/*
	 * A write that fails half-way (the file size limit stands for a
	 * full disk): the old contents stay, the temporary goes.
	 */
	put(f, "old contents\n");
	memset(big, 'n', sizeof(big));
	signal(SIGXFSZ, SIG_IGN);
	getrlimit(RLIMIT_FSIZE, &old);
	small = old;
	small.rlim_cur = 4096;
	CHECK(setrlimit(RLIMIT_FSIZE, &small) == 0);
	errno = 0;
	CHECK_INT(hv_file_write_atomic(f, big, sizeof(big), 0600, 0),
	    HV_WRITE_ERR_WRITE);
	CHECK_INT(errno, EFBIG);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, SIG_DFL);
	s = slurp(f);
	CHECK_STR(s, "old contents\n");
	free(s);
	CHECK_INT(count_entries(tmpdir), 1);
	unlink(f);
	free(f);
}

static void
test_links(void)
{
	char *target = in_tmp("target"), *link = in_tmp("link");
	char *dangling = in_tmp("dangling"), *made = in_tmp("made");
	char *loop1 = in_tmp("loop1"), *loop2 = in_tmp("loop2"), *s;
	struct stat st;

	/* Not followed: the link is replaced, its target left alone. */
	put(target, "precious\n");
	CHECK(symlink("target", link) == 0);
	CHECK_INT(hv_file_write_atomic(link, "new\n", 4, 0600, 0), 0);
	CHECK(lstat(link, &st) == 0 && S_ISREG(st.st_mode));
	s = slurp(target);
	CHECK_STR(s, "precious\n");
	free(s);
	s = slurp(link);
	CHECK_STR(s, "new\n");
	free(s);
	unlink(link);

	/* Followed: the target is replaced, the link stays a link. */
	CHECK(symlink("target", link) == 0);
	CHECK_INT(hv_file_write_atomic(link, "new\n", 4, 0600,
	    HV_WRITE_FOLLOW), 0);
	CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	s = slurp(target);
	CHECK_STR(s, "new\n");
	free(s);
	CHECK_INT(count_entries(tmpdir), 2);

	/* A link to a file not there yet creates that file. */
	CHECK(symlink("made", dangling) == 0);
	CHECK_INT(hv_file_write_atomic(dangling, "m", 1, 0600,
	    HV_WRITE_FOLLOW), 0);
	CHECK(lstat(dangling, &st) == 0 && S_ISLNK(st.st_mode));
	s = slurp(made);
	CHECK_STR(s, "m");
	free(s);

	CHECK(symlink("loop2", loop1) == 0 && symlink("loop1", loop2) == 0);
	errno = 0;
	CHECK_INT(hv_file_write_atomic(loop1, "x", 1, 0600, HV_WRITE_FOLLOW),
	    HV_WRITE_ERR_OPEN);
	CHECK_INT(errno, ELOOP);
	CHECK_INT(count_entries(tmpdir), 6);

	unlink(target);
	unlink(link);
	unlink(dangling);
	unlink(made);
	unlink(loop1);
	unlink(loop2);
	free(target);
	free(link);
	free(dangling);
	free(made);
	free(loop1);
	free(loop2);
}

/* A device or FIFO is written in place, never replaced or removed. */
static void
test_special(void)
{
	char *fifo = in_tmp("fifo"), *full = in_tmp("full");
	char buf[16];
	struct stat st;
	ssize_t n;
	int rd;

	CHECK(mkfifo(fifo, 0600) == 0);
	/* Nobody reading: refused at once rather than hanging. */
	errno = 0;
	CHECK_INT(hv_file_write_atomic(fifo, "x", 1, 0600, 0),
	    HV_WRITE_ERR_OPEN);
	CHECK_INT(errno, ENXIO);
	CHECK(lstat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
	rd = open(fifo, O_RDONLY | O_NONBLOCK);
	CHECK(rd >= 0);
	CHECK_INT(hv_file_write_atomic(fifo, "through", 7, 0600, 0), 0);
	n = read(rd, buf, sizeof(buf));
	CHECK_INT(n, 7);
	CHECK(n == 7 && memcmp(buf, "through", 7) == 0);
	close(rd);
	CHECK(lstat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
	CHECK_INT(count_entries(tmpdir), 1);
	unlink(fifo);

	/* A full device of our own (root only: mknod). */
	if (mknod(full, S_IFCHR | 0600, makedev(1, 7)) == 0) {
		errno = 0;
		CHECK_INT(hv_file_write_atomic(full, "x", 1, 0600,
		    HV_WRITE_FOLLOW), HV_WRITE_ERR_WRITE);
		CHECK_INT(errno, ENOSPC);
		CHECK(lstat(full, &st) == 0 && S_ISCHR(st.st_mode));
		CHECK_INT(count_entries(tmpdir), 1);
		unlink(full);
	}
	free(fifo);
	free(full);
}

/*
 * A directory we may not write (as nobody when we are root): no new
 * file can be made there; HV_WRITE_IN_PLACE still writes a file there
 * that we may write.  The child's exit status counts its failures.
 */
static void
test_read_only_dir(void)
{
	char *d = in_tmp("ro"), *f = in_tmp("ro/img"), *s;
	int status = -1, bad;	/* -1: no child was reaped */
	pid_t pid;

	CHECK(mkdir(d, 0755) == 0);
	put(f, "old\n");
	CHECK(chmod(f, 0666) == 0 && chmod(d, 0555) == 0);
	CHECK(chmod(tmpdir, 0755) == 0);
	pid = fork();
	if (pid == 0) {
		bad = 0;
		if (geteuid() == 0 && (setgid(65534) < 0 || setuid(65534) < 0))
			_exit(100);
		errno = 0;
		if (hv_file_write_atomic(f, "x\n", 2, 0600, 0) !=
		    HV_WRITE_ERR_OPEN || errno != EACCES)
			bad++;
		s = slurp(f);
		bad += s == NULL || strcmp(s, "old\n") != 0;
		free(s);
		if (hv_file_write_atomic(f, "new\n", 4, 0600,
		    HV_WRITE_IN_PLACE) != 0)
			bad++;
		/* Nothing to write in place: the error stays EACCES. */
		errno = 0;
		s = in_tmp("ro/none");
		if (hv_file_write_atomic(s, "x", 1, 0600, HV_WRITE_IN_PLACE) !=
		    HV_WRITE_ERR_OPEN || errno != EACCES)
			bad++;
		_exit(bad);
	}
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 0);
	s = slurp(f);
	CHECK_STR(s, "new\n");
	free(s);
	CHECK_INT(count_entries(d), 1);
	chmod(d, 0755);
	chmod(tmpdir, 0700);
	unlink(f);
	rmdir(d);
	free(f);
	free(d);
}

/*
 * Two writers replace the file over and over with contents of their
 * own while the parent reads it: every read finds one whole version.
 */
static void
test_race(void)
{
	char *p = in_tmp("raced"), *s;
	static char a[20000], b[20000];
	pid_t kids[2];
	int i, k, status, bad = 0;

	memset(a, 'a', sizeof(a) - 1);
	memset(b, 'b', sizeof(b) - 1);
	CHECK_INT(hv_file_write_atomic(p, a, sizeof(a) - 1, 0600, 0), 0);
	for (k = 0; k < 2; k++) {
		kids[k] = fork();
		if (kids[k] == 0) {
			for (i = 0; i < 200; i++)
				if (hv_file_write_atomic(p, k ? b : a,
				    sizeof(a) - 1, 0600, 0) < 0)
					_exit(1);
			_exit(0);
		}
	}
	for (i = 0; i < 400; i++) {
		s = slurp(p);
		if (s == NULL || (strcmp(s, a) != 0 && strcmp(s, b) != 0))
			bad++;
		free(s);
	}
	for (k = 0; k < 2; k++) {
		CHECK(waitpid(kids[k], &status, 0) == kids[k]);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	CHECK_INT(bad, 0);
	CHECK_INT(count_entries(tmpdir), 1);
	unlink(p);
	free(p);
}

static void
test_xdg(void)
{
	char *s;

	setenv("HOME", "/home/u//", 1);
	setenv("XDG_CACHE_HOME", "/c/h/", 1);
	s = hv_xdg_cache_home();
	CHECK_STR(s, "/c/h");
	free(s);
	/* Relative: invalid, ignored. */
	setenv("XDG_CACHE_HOME", "relative/dir", 1);
	s = hv_xdg_cache_home();
	CHECK_STR(s, "/home/u/.cache");
	free(s);
	setenv("XDG_CACHE_HOME", "", 1);
	s = hv_xdg_cache_home();
	CHECK_STR(s, "/home/u/.cache");
	free(s);
	unsetenv("XDG_CACHE_HOME");
	setenv("XDG_CONFIG_HOME", "./cfg", 1);
	s = hv_xdg_config_home();
	CHECK_STR(s, "/home/u/.config");
	free(s);
	setenv("XDG_CONFIG_HOME", "/cfg", 1);
	s = hv_xdg_config_home();
	CHECK_STR(s, "/cfg");
	free(s);
}

int
main(void)
{
	if (!CHECK(mkdtemp(tmpdir) != NULL))
		return unit_done();
	test_new_and_replace();
	test_failures();
	test_links();
	test_special();
	test_read_only_dir();
	test_race();
	test_xdg();
	rmdir(tmpdir);
	CHECK(access(tmpdir, F_OK) < 0);
	return unit_done();
}
