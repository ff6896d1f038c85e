#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

void
hv_buf_init(struct hv_buf *b)
{
	b->s = NULL;
	b->len = 0;
	b->cap = 0;
}

void
hv_buf_release(struct hv_buf *b)
{
	free(b->s);
	hv_buf_init(b);
}

void
hv_buf_reset(struct hv_buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

static void
reserve(struct hv_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		b->s = xgrow(b->s, &b->cap, b->len + extra + 1, 1);
}

void
hv_buf_addn(struct hv_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
hv_buf_add(struct hv_buf *b, const char *s)
{
	hv_buf_addn(b, s, strlen(s));
}

void
hv_buf_addc(struct hv_buf *b, char c)
{
	reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void
hv_buf_vaddf(struct hv_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
hv_buf_addf(struct hv_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
hv_buf_indent(struct hv_buf *b, int n)
{
	while (n-- > 0)
		hv_buf_addc(b, ' ');
}

void
hv_buf_add_xml(struct hv_buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': hv_buf_add(b, "&lt;"); break;
		case '>': hv_buf_add(b, "&gt;"); break;
		case '&': hv_buf_add(b, "&amp;"); break;
		case '\'': hv_buf_add(b, "&apos;"); break;
		case '"': hv_buf_add(b, "&quot;"); break;
		default: hv_buf_addc(b, *s); break;
		}
	}
}

const char *
hv_buf_str(const struct hv_buf *b)
{
	return b->s ? b->s : "";
}

char *
hv_buf_detach(struct hv_buf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	hv_buf_init(b);
	return s;
}

void
hv_buf_truncate(struct hv_buf *b, size_t len)
{
	if (len >= b->len)
		return;
	b->len = len;
	b->s[len] = '\0';
}

/* Characters that make /bin/sh need the word quoted. */
static const char shell_special[] = "\r\t\n !\"#$&'()*;<>?[\\]^`{|}~";

void
hv_buf_add_shell_quoted(struct hv_buf *b, const char *s)
{
	if (*s != '\0' && strpbrk(s, shell_special) == NULL) {
		hv_buf_add(b, s);
		return;
	}
	hv_buf_addc(b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			hv_buf_add(b, "'\\''");
		else
			hv_buf_addc(b, *s);
	}
	hv_buf_addc(b, '\'');
}
