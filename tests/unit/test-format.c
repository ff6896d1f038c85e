/*
 * The info commands' formatting helpers (cmd/hvsh/table.c) against the
 * printf formats they stand in for.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "unit.h"

/* xorshift64: the same sequence on every run. */
static unsigned long long
next(unsigned long long *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static int
same_as_printf(unsigned long long ns)
{
	char got[32], want[64];
	const char *s = format_cpu_time(ns, got);

	snprintf(want, sizeof(want), "%.1lfs", (double)ns / 1000000000.0);
	if (strcmp(s, want) == 0)
		return 1;
	fprintf(stderr, "format_cpu_time(%llu): '%s', printf '%s'\n", ns, s,
	    want);
	return 0;
}

int
main(void)
{
	static const unsigned long long fixed[] = {
		1, 49999999, 50000000, 50000001, 99999999, 100000000,
		150000000, 250000000, 1000000000, 9007199254740993ULL,
		1795603122500000000ULL, 18446744073709551615ULL,
	};
	unsigned long long seed = 88172645463325252ULL, ns;
	int bad = 0;

	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		CHECK(same_as_printf(fixed[i]));
	/* Whole range, seconds, near ties, and today's wall clock. */
	for (int i = 0; i < 400000 && bad < 5; i++) {
		unsigned long long r = next(&seed);

		switch (i % 4) {
		case 0: ns = r; break;
		case 1: ns = r % 100000000000ULL; break;
		case 2: ns = (r % 40000000000ULL) * 50000000ULL +
		    (r >> 40) % 6000 - 3000; break;
		default: ns = 1700000000000000000ULL + r % 1000000000000ULL;
		}
		if (ns != 0 && !same_as_printf(ns))
			bad++;
	}
	CHECK_INT(bad, 0);
	return unit_done();
}
