#include "util/uuid.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;	/* ASCII lower case; other bytes stay non-hex */
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int
hv_uuid_parse(const char *s, unsigned char uuid[HV_UUID_BUFLEN])
{
	int i = 0;

	if (s == NULL)
		return -1;
	while (isspace((unsigned char)*s))
		s++;
	while (i < HV_UUID_BUFLEN) {
		int hi, lo;

		if (*s == '-') {
			s++;
			continue;
		}
		hi = hexval((unsigned char)s[0]);
		if (hi < 0)
			return -1;
		lo = hexval((unsigned char)s[1]);
		if (lo < 0)
			return -1;
		uuid[i++] = (unsigned char)(hi << 4 | lo);
		s += 2;
	}
	while (isspace((unsigned char)*s))
		s++;
	return *s ? -1 : 0;
}

char *
hv_uuid_format(const unsigned char u[HV_UUID_BUFLEN], char out[HV_UUID_STRLEN])
{
	/* by hand: lookups format a UUID per call, snprintf costs 10x */
	static const char hex[] = "0123456789abcdef";
	static const unsigned char at[HV_UUID_BUFLEN] = {
		0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34
	};

	for (int i = 0; i < HV_UUID_BUFLEN; i++) {
		out[at[i]] = hex[u[i] >> 4];
		out[at[i] + 1] = hex[u[i] & 15];
	}
	out[8] = out[13] = out[18] = out[23] = '-';
	out[36] = '\0';
	return out;
}

void
hv_uuid_generate(unsigned char uuid[HV_UUID_BUFLEN])
{
	size_t got = 0;

	while (got < HV_UUID_BUFLEN) {
		ssize_t n = getrandom(uuid + got, HV_UUID_BUFLEN - got, 0);

		if (n <= 0) {
			for (; got < HV_UUID_BUFLEN; got++)
				uuid[got] = (unsigned char)random();
			break;
		}
		got += (size_t)n;
	}
	uuid[6] = (unsigned char)((uuid[6] & 0x0f) | 0x40);
	uuid[8] = (unsigned char)((uuid[8] & 0x3f) | 0x80);
}
