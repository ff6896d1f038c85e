/*
 * Writing a whole file so that no reader, crash or kill ever finds it
 * empty or half-written: the new contents go to a new file beside the
 * target, which is synced and then renamed over it.
 *
 *	if (hv_file_write_atomic(path, b.s, b.len, 0600, 0) < 0)
 *		... errno says why; path is as it was
 */
#ifndef HV_ATOMIC_H
#define HV_ATOMIC_H

#include <stddef.h>
#include <sys/types.h>

enum {
	/*
	 * A symbolic link at path is followed to the file it names, which
	 * is replaced while the link stays (a file the user named).
	 * Without it the link itself is replaced and what it pointed to
	 * is left alone (a file of our own, such as the history).
	 */
	HV_WRITE_FOLLOW = 1 << 0,
	/*
	 * A file that exists in a directory we may not write (no new file
	 * can be made beside it) is written in place, truncated first, as
	 * open(O_TRUNC) would: a file the user named and may write.  Not
	 * atomic, but never removed either.
	 */
	HV_WRITE_IN_PLACE = 1 << 1,
};

/* Which step failed, for messages that name it. */
enum {
	HV_WRITE_ERR_OPEN = -1,		/* creating the new file */
	HV_WRITE_ERR_WRITE = -2,	/* writing, syncing, renaming */
};

/*
 * Replace the file at path with the len bytes at data, with the given
 * permission bits (applied as given).  The new file is created in the
 * same directory with O_EXCL under a unique name starting with '.',
 * written, fsync()ed and renamed onto path: at every moment path holds
 * either its old contents or all of the new ones.
 *
 * Something at path that is neither a regular file nor a directory (a
 * device, a FIFO) cannot be replaced like that and must not be: it is
 * opened without O_CREAT or O_TRUNC and written in place.
 *
 * Returns 0, or HV_WRITE_ERR_OPEN or HV_WRITE_ERR_WRITE with errno set.
 * On failure path is unchanged (but for what is written in place) and
 * the temporary file, the only thing this created, is removed.
 */
int hv_file_write_atomic(const char *path, const void *data, size_t len,
    mode_t mode, unsigned int flags);

#endif
