/*
 * unit.h: the few checks every C unit test shares.
 *
 *	int
 *	main(void)
 *	{
 *		CHECK(1 + 1 == 2);
 *		CHECK_INT(strlen("abc"), 3);
 *		CHECK_STR(hv_uri_get_scheme(u), "test");
 *		return unit_done();
 *	}
 *
 * A failing check prints "file:line: FAIL ..." to stderr and the test
 * goes on, so one run shows every failure.  unit_done() prints the
 * final line "N passed, N failed" and returns the exit status: 0 when
 * nothing failed, 1 otherwise.
 */
#ifndef HV_UNIT_H
#define HV_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed;
static int unit_failed;

static inline int
unit_check(int ok, const char *file, int line, const char *expr)
{
	if (ok) {
		unit_passed++;
		return 1;
	}
	unit_failed++;
	fprintf(stderr, "%s:%d: FAIL %s\n", file, line, expr);
	return 0;
}

static inline int
unit_check_int(long long got, long long want, const char *file, int line,
    const char *expr)
{
	if (got == want) {
		unit_passed++;
		return 1;
	}
	unit_failed++;
	fprintf(stderr, "%s:%d: FAIL %s: got %lld, want %lld\n", file, line,
	    expr, got, want);
	return 0;
}

/* NULL on either side compares equal only to NULL. */
static inline int
unit_check_str(const char *got, const char *want, const char *file,
    int line, const char *expr)
{
	int ok;

	if (got == NULL || want == NULL)
		ok = got == want;
	else
		ok = strcmp(got, want) == 0;
	if (ok) {
		unit_passed++;
		return 1;
	}
	unit_failed++;
	fprintf(stderr, "%s:%d: FAIL %s: got %s%s%s, want %s%s%s\n", file,
	    line, expr, got ? "\"" : "", got ? got : "NULL", got ? "\"" : "",
	    want ? "\"" : "", want ? want : "NULL", want ? "\"" : "");
	return 0;
}

static inline int
unit_done(void)
{
	printf("%d passed, %d failed\n", unit_passed, unit_failed);
	fflush(stdout);
	return unit_failed ? 1 : 0;
}

/* Each evaluates to 1 when the check passed, 0 when it failed. */
#define CHECK(expr) \
	unit_check(!!(expr), __FILE__, __LINE__, #expr)
#define CHECK_INT(got, want) \
	unit_check_int((long long)(got), (long long)(want), __FILE__, \
	    __LINE__, #got " == " #want)
#define CHECK_STR(got, want) \
	unit_check_str((got), (want), __FILE__, __LINE__, \
	    #got " == " #want)

#endif /* HV_UNIT_H */
