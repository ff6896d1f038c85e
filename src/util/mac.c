/*
 * MAC addresses.  By hand rather than strtoul() or sscanf(): a node
 * file with 10,000 domains parses one address per interface, and the
 * digits are all there is to read.
 */
#include "util/mac.h"

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
hv_mac_parse(const char *s, unsigned char mac[HV_MAC_BUFLEN])
{
	for (int i = 0; i < HV_MAC_BUFLEN; i++) {
		int hi = hex_digit(*s), lo;

		if (hi < 0)
			return -1;
		s++;
		if ((lo = hex_digit(*s)) >= 0) {
			hi = hi << 4 | lo;
			s++;
		}
		mac[i] = (unsigned char)hi;
		/* a third digit or a "0x" fails here, as in strtoul() */
		if (i == HV_MAC_BUFLEN - 1)
			return (unsigned char)*s <= ' ' ? 0 : -1;
		if (*s++ != ':')
			return -1;
	}
	return -1;
}

void
hv_mac_format(const unsigned char mac[HV_MAC_BUFLEN],
    char out[HV_MAC_STRLEN])
{
	static const char digits[] = "0123456789abcdef";

	for (int i = 0; i < HV_MAC_BUFLEN; i++) {
		out[i * 3] = digits[mac[i] >> 4];
		out[i * 3 + 1] = digits[mac[i] & 15];
		out[i * 3 + 2] = i < HV_MAC_BUFLEN - 1 ? ':' : '\0';
	}
}
