#include "util/num.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int
hv_num_uint_wrap(const char *s, unsigned int *v)
{
	unsigned long long val;
	char *end;

	errno = 0;
	val = strtoull(s, &end, 10);
	if (errno || end == s || *end)
		return -1;
	if (memchr(s, '-', (size_t)(end - s))) {
		if (-val > UINT_MAX)
			return -1;
		val &= 0xffffffffULL;
	}
	if (val > UINT_MAX)
		return -1;
	*v = (unsigned int)val;
	return 0;
}

int
hv_num_uint(const char *s, unsigned int *v)
{
	unsigned long val;

	if (hv_num_ulong(s, &val) < 0 || val > UINT_MAX)
		return -1;
	*v = (unsigned int)val;
	return 0;
}

int
hv_num_ulong(const char *s, unsigned long *v)
{
	char *end;

	if (strchr(s, '-'))
		return -1;
	errno = 0;
	*v = strtoul(s, &end, 10);
	return errno || end == s || *end ? -1 : 0;
}
