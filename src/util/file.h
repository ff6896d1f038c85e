/*
 * Reading a file the user named: a definition to define or create, a
 * node file and the files it refers to, libvirt.conf, the text an editor
 * leaves behind.  One way for all of them: only what can be read to an
 * end without waiting for ever, and never more than a stated cap.
 */
#ifndef HV_FILE_H
#define HV_FILE_H

#include <stddef.h>

/* What virsh reads of a definition at most (10 MiB). */
#define HV_FILE_MAX_XML (10 * 1024 * 1024)

/* Why hv_file_load() gave nothing. */
enum hv_file_why {
	HV_FILE_EOPEN = 1,	/* open(2) failed: err says why */
	HV_FILE_EREAD,		/* read(2) failed: err says why */
	HV_FILE_EDIR,		/* a directory */
	HV_FILE_EDEVICE,	/* a device but a terminal: no end */
	HV_FILE_ETOOBIG,	/* more than cap bytes */
	HV_FILE_ENOWRITER	/* a FIFO that nobody has open for writing */
};

struct hv_file_error {
	enum hv_file_why why;
	int err;		/* errno, for EOPEN and EREAD */
};

/*
 * The whole of the file at path, NUL-terminated; *len (when not NULL)
 * gets its length without the NUL.  Caller frees.  What is read: a
 * regular file of at most cap bytes, and up to cap bytes of a pipe that
 * a writer holds open (the shell's /dev/stdin, <(...)) or of a terminal;
 * opening never blocks.  Other devices are never read: they need not
 * end.  Anything else gives NULL with *e saying why and no error set,
 * for callers that word it their own way (a node file's errors are
 * libxml2's); hv_file_read() words it as virsh does.  A pipe whose
 * writer leaves without writing may read as empty or as
 * HV_FILE_ENOWRITER, as the writer's timing has it.
 */
char *hv_file_load(const char *path, size_t cap, size_t *len,
    struct hv_file_error *e);

/*
 * Set the error for e as libvirt's virFileReadAll() words it:
 * "Failed to open file 'P': REASON" or "Failed to read file 'P': REASON"
 * (a directory: "Is a directory"; over the cap or a device:
 * "Value too large for defined data type").
 */
void hv_file_report(const char *path, const struct hv_file_error *e);

/* hv_file_load() with the error set by hv_file_report(). */
char *hv_file_read(const char *path, size_t cap, size_t *len);

#endif
