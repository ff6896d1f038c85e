#include "util/file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "util/xalloc.h"

/* How much to ask read(2) for when the size is not known beforehand. */
#define CHUNK 65536

static char *
fail(struct hv_file_error *e, enum hv_file_why why, int err)
{
	e->why = why;
	e->err = err;
	return NULL;
}

/* Read fd to its end into *buf (of *size bytes, *got used), up to cap. */
static int
read_all(int fd, size_t cap, char **buf, size_t *size, size_t *got,
    struct hv_file_error *e)
{
	size_t want, over;
	ssize_t n;

	for (;;) {
		/* room for a chunk and the NUL */
		if (*size < *got + 2)
			*buf = xgrow(*buf, size, *got + CHUNK + 1, 1);
		want = *size - *got - 1;
		/* one byte beyond the cap tells a file over it */
		over = cap - (*got < cap ? *got : cap) + 1;
		if (want > over)
			want = over;
		n = read(fd, *buf + *got, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			fail(e, HV_FILE_EREAD, errno);
			return -1;
		}
		if (n == 0)
			return 0;
		*got += (size_t)n;
		if (*got > cap) {
			fail(e, HV_FILE_ETOOBIG, 0);
			return -1;
		}
	}
}

/*
 * A FIFO opened without blocking: data or EAGAIN means a writer holds
 * it, and the rest is read blocking; an end of file at once means none
 * does, where a blocking read would wait for one for ever.
 */
static int
first_read(int fd, char **buf, size_t *size, size_t *got,
    struct hv_file_error *e)
{
	ssize_t n;

	*buf = xgrow(*buf, size, CHUNK + 1, 1);
	do {
		n = read(fd, *buf, CHUNK);
	} while (n < 0 && errno == EINTR);
	if (n == 0) {
		fail(e, HV_FILE_ENOWRITER, 0);
		return -1;
	}
	if (n < 0 && errno != EAGAIN) {
		fail(e, HV_FILE_EREAD, errno);
		return -1;
	}
	*got = n > 0 ? (size_t)n : 0;
	return 0;
}

char *
hv_file_load(const char *path, size_t cap, size_t *len,
    struct hv_file_error *e)
{
	char *buf = NULL;
	size_t size = 0, got = 0;
	struct stat sb;
	int fd, flags;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return fail(e, HV_FILE_EOPEN, errno);
	if (fstat(fd, &sb) < 0) {
		fail(e, HV_FILE_EREAD, errno);
		goto error;
	}
	if (S_ISDIR(sb.st_mode)) {
		fail(e, HV_FILE_EDIR, EISDIR);
		goto error;
	}
	if (S_ISREG(sb.st_mode)) {
		if ((unsigned long long)sb.st_size > cap) {
			fail(e, HV_FILE_ETOOBIG, 0);
			goto error;
		}
		/* the size as it stands, and a byte to see it grown */
		buf = xgrow(buf, &size, (size_t)sb.st_size + 2, 1);
	} else if (S_ISFIFO(sb.st_mode)) {
		if (first_read(fd, &buf, &size, &got, e) < 0)
			goto error;
		if (got > cap) {
			fail(e, HV_FILE_ETOOBIG, 0);
			goto error;
		}
	} else if (!isatty(fd)) {
		/* a terminal ends where its user types the end of file */
		fail(e, HV_FILE_EDEVICE, 0);
		goto error;
	}
	flags = fcntl(fd, F_GETFL);
	if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
		fail(e, HV_FILE_EREAD, errno);
		goto error;
	}
	if (read_all(fd, cap, &buf, &size, &got, e) < 0)
		goto error;
	close(fd);
	buf[got] = '\0';
	if (len != NULL)
		*len = got;
	return buf;

error:
	free(buf);
	close(fd);
	return NULL;
}

void
hv_file_report(const char *path, const struct hv_file_error *e)
{
	switch (e->why) {
	case HV_FILE_EOPEN:
		hv_error_system(e->err, "Failed to open file '%s'", path);
		break;
	case HV_FILE_EREAD:
		hv_error_system(e->err, "Failed to read file '%s'", path);
		break;
	case HV_FILE_EDIR:
		hv_error_system(EISDIR, "Failed to read file '%s'", path);
		break;
	case HV_FILE_EDEVICE:
	case HV_FILE_ETOOBIG:
		hv_error_system(EOVERFLOW, "Failed to read file '%s'", path);
		break;
	case HV_FILE_ENOWRITER:
		hv_error_report(HV_FROM_NONE, HV_ERR_SYSTEM_ERROR,
		    "Failed to read file '%s': nothing has the FIFO open "
		    "for writing", path);
		break;
	}
}

char *
hv_file_read(const char *path, size_t cap, size_t *len)
{
	struct hv_file_error e;
	char *s = hv_file_load(path, cap, len, &e);

	if (s == NULL)
		hv_file_report(path, &e);
	return s;
}
