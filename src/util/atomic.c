#include "util/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/xalloc.h"

/* As many links as the kernel follows before it says ELOOP. */
#define LINKS_MAX 40
/* Room for the '.', the suffix and a long target name under NAME_MAX. */
#define TEMP_BASE_MAX 200

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The directory part of path ("." for none); caller frees. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/*
 * The path that links at path lead to, which need not exist (a link to
 * a file not yet written); NULL with errno set after too many links.
 * Caller frees.
 */
static char *
follow_links(const char *path)
{
	char *cur = xstrdup(path), *target, *dir, *next;
	struct stat st;
	ssize_t n;
	int i;

	for (i = 0; i < LINKS_MAX; i++) {
		if (lstat(cur, &st) < 0 || !S_ISLNK(st.st_mode))
			return cur;
		target = xmalloc((size_t)st.st_size + 2);
		n = readlink(cur, target, (size_t)st.st_size + 1);
		if (n < 0 || n > st.st_size) {
			/* Changed under us or unreadable: stop here. */
			free(target);
			return cur;
		}
		target[n] = '\0';
		if (target[0] == '/') {
			next = target;
		} else {
			dir = dir_of(cur);
			next = xasprintf("%s/%s", dir, target);
			free(dir);
			free(target);
		}
		free(cur);
		cur = next;
	}
	free(cur);
	errno = ELOOP;
	return NULL;
}

/*
 * A device or FIFO takes the data as it is: no new file, no rename.
 * trunc is O_TRUNC for a regular file that we may not replace.
 */
static int
write_in_place(const char *path, const void *data, size_t len, int trunc)
{
	int fd, flags, err;

	fd = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC | trunc);
	if (fd < 0)
		return HV_WRITE_ERR_OPEN;
	/* O_NONBLOCK only kept a FIFO without a reader from hanging us. */
	if ((flags = fcntl(fd, F_GETFL)) >= 0)
		fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
	if (write_all(fd, data, len) < 0) {
		err = errno;
		close(fd);
		errno = err;
		return HV_WRITE_ERR_WRITE;
	}
	if (close(fd) < 0 && errno != EINTR)
		return HV_WRITE_ERR_WRITE;
	return 0;
}

/* Makes the rename itself survive a crash; a failure loses nothing. */
static void
sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		return;
	fsync(fd);
	close(fd);
}

int
hv_file_write_atomic(const char *path, const void *data, size_t len,
    mode_t mode, unsigned int flags)
{
	char *target, *dir = NULL, *tmp = NULL;
	const char *base;
	struct stat st;
	int fd = -1, ret = HV_WRITE_ERR_OPEN, err;

	if (flags & HV_WRITE_FOLLOW) {
		if ((target = follow_links(path)) == NULL)
			return HV_WRITE_ERR_OPEN;
	} else {
		target = xstrdup(path);
	}
	base = strrchr(target, '/');
	base = base != NULL ? base + 1 : target;
	if (*base == '\0') {
		errno = EISDIR;
		goto cleanup;
	}
	if (lstat(target, &st) == 0 && !S_ISLNK(st.st_mode) &&
	    !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode)) {
			errno = EISDIR;
			goto cleanup;
		}
		ret = write_in_place(target, data, len, 0);
		goto cleanup;
	}

	dir = dir_of(target);
	tmp = xasprintf("%s/.%.*s.XXXXXX", dir, TEMP_BASE_MAX, base);
	if ((fd = mkostemp(tmp, O_CLOEXEC)) < 0) {
		free(tmp);
		tmp = NULL;
		err = errno;
		if ((flags & HV_WRITE_IN_PLACE) && err == EACCES &&
		    lstat(target, &st) == 0 && S_ISREG(st.st_mode))
			ret = write_in_place(target, data, len, O_TRUNC);
		else
			errno = err;
		goto cleanup;
	}
	ret = HV_WRITE_ERR_WRITE;
	if (fchmod(fd, mode) < 0 || write_all(fd, data, len) < 0 ||
	    fsync(fd) < 0)
		goto cleanup;
	err = close(fd);
	fd = -1;
	if (err < 0 && errno != EINTR)
		goto cleanup;
	if (rename(tmp, target) < 0)
		goto cleanup;
	free(tmp);
	tmp = NULL;
	sync_dir(dir);
	ret = 0;

cleanup:
	err = errno;
	if (fd >= 0)
		close(fd);
	if (tmp != NULL)
		unlink(tmp);
	free(tmp);
	free(dir);
	free(target);
	errno = err;
	return ret;
}
