/*
 * MAC addresses (src/util/mac.c): what libvirt's virMacAddrParse()
 * takes and refuses, and the form they are written back in.
 */
#include <stdio.h>

#include "util/mac.h"
#include "unit.h"

static const struct {
	const char *in;
	const char *out;	/* NULL: refused */
} cases[] = {
	{ "52:54:00:aa:bb:cc", "52:54:00:aa:bb:cc" },
	{ "52:54:00:AA:Bb:cC", "52:54:00:aa:bb:cc" },
	{ "1:2:3:4:5:6", "01:02:03:04:05:06" },
	{ "0:0:0:0:0:0", "00:00:00:00:00:00" },
	{ "ff:ff:ff:ff:ff:ff", "ff:ff:ff:ff:ff:ff" },
	{ "52:54:00:aa:bb:cc ", "52:54:00:aa:bb:cc" },
	{ "52:54:00:aa:bb:cc\tjunk", "52:54:00:aa:bb:cc" },
	{ "52:54:00:aa:bb:cc\n", "52:54:00:aa:bb:cc" },
	{ "", NULL },
	{ "52:54:00:aa:bb", NULL },
	{ "52:54:00:aa:bb:", NULL },
	{ "52:54:00:aa:bb:cc:", NULL },
	{ "52:54:00:aa:bb:cc:dd", NULL },
	{ "052:54:00:aa:bb:cc", NULL },
	{ "52:54:00:aa:bb:ccc", NULL },
	{ "0x5:54:00:aa:bb:cc", NULL },
	{ "52:54:00:aa:bb:0x1", NULL },
	{ " 52:54:00:aa:bb:cc", NULL },
	{ "+52:54:00:aa:bb:cc", NULL },
	{ "52::54:00:aa:bb:cc", NULL },
	{ "52-54-00-aa-bb-cc", NULL },
	{ "g2:54:00:aa:bb:cc", NULL },
	{ "52:54:00:aa:bb:cg", NULL },
};

int
main(void)
{
	unsigned char mac[HV_MAC_BUFLEN];
	char text[HV_MAC_STRLEN];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int rc = hv_mac_parse(cases[i].in, mac);

		if (!CHECK_INT(rc, cases[i].out ? 0 : -1))
			fprintf(stderr, "  input '%s'\n", cases[i].in);
		if (rc == 0 && cases[i].out) {
			hv_mac_format(mac, text);
			CHECK_STR(text, cases[i].out);
		}
	}
	return unit_done();
}
