/* Numbers as libvirt reads them (src/util/num.c). */
#include <limits.h>
#include <stdlib.h>

#include "error.h"
#include "unit.h"
#include "util/num.h"

static const struct {
	const char *s;
	int ok;
	int v;
} ints[] = {
	{ "5", 1, 5 }, { "-5", 1, -5 }, { "-0", 1, 0 }, { "+5", 1, 5 },
	{ " \t5", 1, 5 }, { "010", 1, 10 }, { "2147483647", 1, INT_MAX },
	{ "-2147483648", 1, INT_MIN }, { "2147483648", 0, 0 },
	{ "-2147483649", 0, 0 }, { "0x10", 0, 0 }, { "1e3", 0, 0 },
	{ "", 0, 0 }, { " ", 0, 0 }, { "5 ", 0, 0 }, { "5x", 0, 0 },
	{ "-", 0, 0 },
};

static const struct {
	const char *s;
	int ok;
	unsigned int v;
} uints[] = {
	{ "5", 1, 5 }, { "+5", 1, 5 }, { " 5", 1, 5 }, { "010", 1, 10 },
	{ "4294967295", 1, UINT_MAX }, { "4294967296", 0, 0 },
	{ "-1", 0, 0 }, { "-0", 0, 0 }, { " -0", 0, 0 }, { "0x10", 0, 0 },
	{ "", 0, 0 }, { "1.5", 0, 0 },
};

static const struct {
	const char *s;
	int ok;
	unsigned long long v;
	const char *rest;	/* with an end pointer */
} ulls[] = {
	{ "18446744073709551615", 1, ULLONG_MAX, "" },
	{ "18446744073709551616", 0, 0, NULL }, { "-1", 0, 0, NULL },
	{ "-0", 0, 0, NULL }, { " +7k", 1, 7, "k" }, { "", 0, 0, NULL },
	{ "k", 0, 0, NULL },
};

static const struct {
	unsigned long long in;
	const char *suffix;
	unsigned long long scale, limit, out;
	const char *err;
} scales[] = {
	{ 5, NULL, 1, ULLONG_MAX, 5, NULL },
	{ 5, "", 1024, ULLONG_MAX, 5120, NULL },
	{ 5, "b", 1024, ULLONG_MAX, 5, NULL },
	{ 5, "Bytes", 1024, ULLONG_MAX, 5, NULL },
	{ 1, "k", 1, ULLONG_MAX, 1024, NULL },
	{ 1, "KiB", 1, ULLONG_MAX, 1024, NULL },
	{ 1, "kb", 1, ULLONG_MAX, 1000, NULL },
	{ 1, "MB", 1, ULLONG_MAX, 1000000, NULL },
	{ 2, "G", 1, ULLONG_MAX, 2147483648ULL, NULL },
	{ 1, "e", 1, ULLONG_MAX, 1152921504606846976ULL, NULL },
	{ 15, "E", 1, ULLONG_MAX, 15ULL << 60, NULL },
	{ 0, "E", 1, 0, 0, NULL },
	{ 16, "EiB", 1, ULLONG_MAX, 0,
	    "numerical overflow: value too large: 16EiB" },
	{ 8, "E", 1, LLONG_MAX, 0, "numerical overflow: value too large: 8E" },
	{ 18014398509481984ULL, "", 1024, ULLONG_MAX, 0,
	    "numerical overflow: value too large: 18014398509481984" },
	{ 1, "Q", 1, ULLONG_MAX, 0, "invalid argument: unknown suffix 'Q'" },
	{ 1, "KiBx", 1, ULLONG_MAX, 0,
	    "invalid argument: unknown suffix 'KiBx'" },
	{ 1, "bit", 1, ULLONG_MAX, 0, "invalid argument: unknown suffix 'bit'" },
	{ 1, " k", 1, ULLONG_MAX, 0, "invalid argument: unknown suffix ' k'" },
};

int
main(void)
{
	unsigned long long ull;
	unsigned int ui;
	char *end;
	size_t i;
	int iv;

	for (i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		iv = 0;
		if (!CHECK_INT(hv_num_int(ints[i].s, 10, &iv), ints[i].ok))
			fprintf(stderr, "  '%s'\n", ints[i].s);
		if (ints[i].ok)
			CHECK_INT(iv, ints[i].v);
	}
	for (i = 0; i < sizeof(uints) / sizeof(uints[0]); i++) {
		ui = 0;
		if (!CHECK_INT(hv_num_uint(uints[i].s, &ui), uints[i].ok))
			fprintf(stderr, "  '%s'\n", uints[i].s);
		if (uints[i].ok)
			CHECK_INT(ui, uints[i].v);
	}
	for (i = 0; i < sizeof(ulls) / sizeof(ulls[0]); i++) {
		ull = 0;
		if (!CHECK_INT(hv_num_ull(ulls[i].s, &end, &ull), ulls[i].ok))
			fprintf(stderr, "  '%s'\n", ulls[i].s);
		if (ulls[i].ok) {
			CHECK(ull == ulls[i].v);
			CHECK_STR(end, ulls[i].rest);
		}
	}
	CHECK(!hv_num_ull(" +7k", NULL, &ull));
	CHECK(hv_num_int("0x10", 0, &iv) && iv == 16);
	CHECK(hv_num_int("010", 0, &iv) && iv == 8);
	for (i = 0; i < sizeof(scales) / sizeof(scales[0]); i++) {
		const struct hv_error *e;

		ull = scales[i].in;
		hv_error_reset();
		CHECK_INT(hv_num_scale(&ull, scales[i].suffix, scales[i].scale,
		    scales[i].limit), scales[i].err ? -1 : 0);
		e = hv_error_last();
		CHECK_STR(e && e->code != HV_ERR_OK ? e->message : NULL,
		    scales[i].err);
		if (scales[i].err == NULL)
			CHECK(ull == scales[i].out);
	}
	hv_error_reset();
	return unit_done();
}
