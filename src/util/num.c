/*
 * Numbers as libvirt reads them.  strtol() and friends skip white space
 * and take a sign; the unsigned forms look for a '-' among what was
 * read, since strtoul() would wrap "-1" silently.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "util/num.h"

bool
hv_num_int(const char *s, int base, int *v)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, base);
	if (errno != 0 || end == s || *end != '\0' || n < INT_MIN ||
	    n > INT_MAX)
		return false;
	*v = (int)n;
	return true;
}

bool
hv_num_uint(const char *s, unsigned int *v)
{
	char *end;
	unsigned long n;

	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' ||
	    memchr(s, '-', (size_t)(end - s)) != NULL || n > UINT_MAX)
		return false;
	*v = (unsigned int)n;
	return true;
}

bool
hv_num_uint_wrap(const char *s, unsigned int *v)
{
	unsigned long long n;
	char *end;

	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0')
		return false;
	if (memchr(s, '-', (size_t)(end - s)) != NULL) {
		if (-n > UINT_MAX)
			return false;
		n &= 0xffffffffULL;
	}
	if (n > UINT_MAX)
		return false;
	*v = (unsigned int)n;
	return true;
}

bool
hv_num_ulong(const char *s, unsigned long *v)
{
	unsigned long long n;

	if (!hv_num_ull(s, NULL, &n) || n > ULONG_MAX)
		return false;
	*v = (unsigned long)n;
	return true;
}

bool
hv_num_ull(const char *s, char **end, unsigned long long *v)
{
	char *e;
	unsigned long long n;

	errno = 0;
	n = strtoull(s, &e, 10);
	if (errno != 0 || e == s || (end == NULL && *e != '\0') ||
	    memchr(s, '-', (size_t)(e - s)) != NULL)
		return false;
	if (end != NULL)
		*end = e;
	*v = n;
	return true;
}

int
hv_num_scale(unsigned long long *v, const char *suffix,
    unsigned long long scale, unsigned long long limit)
{
	static const char powers[] = "kmgtpe";
	unsigned long long base;
	const char *p;

	if (suffix == NULL || *suffix == '\0') {
		suffix = "";
	} else if (strcasecmp(suffix, "b") == 0 ||
	    strcasecmp(suffix, "byte") == 0 ||
	    strcasecmp(suffix, "bytes") == 0) {
		scale = 1;
	} else {
		if (suffix[1] == '\0' || strcasecmp(suffix + 1, "iB") == 0)
			base = 1024;
		else if (tolower((unsigned char)suffix[1]) == 'b' &&
		    suffix[2] == '\0')
			base = 1000;
		else
			goto bad;
		p = strchr(powers, tolower((unsigned char)suffix[0]));
		if (p == NULL || *p == '\0')
			goto bad;
		scale = base;
		for (; p > powers; p--)
			scale *= base;
	}
	if (*v != 0 && *v > limit / scale) {
		hv_error_report(HV_FROM_NONE, HV_ERR_OVERFLOW,
		    "value too large: %llu%s", *v, suffix);
		return -1;
	}
	*v *= scale;
	return 0;
bad:
	hv_error_report(HV_FROM_NONE, HV_ERR_INVALID_ARG,
	    "unknown suffix '%s'", suffix);
	return -1;
}
