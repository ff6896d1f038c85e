/*
 * A growable string.  Always NUL-terminated once anything was added;
 * buf.s is NULL for an empty, untouched buffer (use hv_buf_str()).
 *
 *	struct hv_buf b = HV_BUF_INIT;
 *	hv_buf_addf(&b, "%d", n);
 *	s = hv_buf_detach(&b);		// caller frees s
 */
#ifndef HV_BUF_H
#define HV_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct hv_buf {
	char *s;
	size_t len;
	size_t cap;
};

#define HV_BUF_INIT { NULL, 0, 0 }

void hv_buf_init(struct hv_buf *b);
/* Free the contents; the buffer may be reused afterwards. */
void hv_buf_release(struct hv_buf *b);
/* Empty the buffer but keep its memory. */
void hv_buf_reset(struct hv_buf *b);
/* Cut the contents to their first len bytes (no-op when shorter). */
void hv_buf_truncate(struct hv_buf *b, size_t len);
void hv_buf_add(struct hv_buf *b, const char *s);
void hv_buf_addn(struct hv_buf *b, const char *s, size_t n);
void hv_buf_addc(struct hv_buf *b, char c);
/*
 * s as one word of /bin/sh: as it is when nothing in it is special to
 * the shell, else in single quotes ('' when empty).
 */
void hv_buf_add_shell_quoted(struct hv_buf *b, const char *s);
void hv_buf_addf(struct hv_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void hv_buf_vaddf(struct hv_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Add n spaces. */
void hv_buf_indent(struct hv_buf *b, int n);
/* Add s with XML escaping of < > & ' " (attribute-safe). */
void hv_buf_add_xml(struct hv_buf *b, const char *s);
/* The contents, "" when empty; owned by the buffer. */
const char *hv_buf_str(const struct hv_buf *b);
/* Hand the contents to the caller (never NULL; "" when empty). */
char *hv_buf_detach(struct hv_buf *b);

#endif
