/* Allocation that never returns NULL: on failure the process aborts. */
#ifndef HV_XALLOC_H
#define HV_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/*
 * The one way arrays grow: make an array of *cap elements of size sz hold
 * at least need, doubling (from 8) so that n appends cost O(n) copies.
 */
void *xgrow(void *p, size_t *cap, size_t need, size_t sz);
/*
 * xgrow() for an array that keeps only its count n: its capacity is
 * implied by n (a power of two, at least 8), so it must only ever have
 * been grown through this call.  need is the count it must hold.
 */
void *xgrow_count(void *p, size_t n, size_t need, size_t sz);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* xstrdup() that passes NULL through. */
char *xstrdup_null(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap)
	__attribute__((format(printf, 1, 0)));

#endif
