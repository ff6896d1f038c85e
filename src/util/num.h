/*
 * Reading numbers the way libvirt does (virStrToLong_*, virScaleInteger):
 * base 10, leading white space and a '+' allowed, nothing after the
 * digits unless the caller takes the rest.
 */
#ifndef HV_NUM_H
#define HV_NUM_H

#include <stdbool.h>

/* A whole string as an int ("-0" is 0); base as strtol() takes it. */
bool hv_num_int(const char *s, int base, int *v);
/* A whole string as an unsigned int; any '-' is refused. */
bool hv_num_uint(const char *s, unsigned int *v);
/*
 * An unsigned int where "-N" is taken modulo 2^32 ("-1" is UINT_MAX),
 * as libvirt's virStrToLong_ui() reads XML values.
 */
bool hv_num_uint_wrap(const char *s, unsigned int *v);
/* A whole string as an unsigned long; any '-' is refused. */
bool hv_num_ulong(const char *s, unsigned long *v);
/*
 * An unsigned long long; any '-' is refused.  end NULL: the whole
 * string; otherwise *end gets where the digits stop.
 */
bool hv_num_ull(const char *s, char **end, unsigned long long *v);
/*
 * Multiply *v by what suffix stands for ("", "b", "byte(s)" 1 unless
 * the empty suffix keeps scale; "k"/"KiB" 1024, "KB" 1000, up to "E",
 * any case), refusing a result above limit.  Returns -1 with the core
 * error set ("unknown suffix 'X'", "value too large: NX").
 */
int hv_num_scale(unsigned long long *v, const char *suffix,
    unsigned long long scale, unsigned long long limit);

#endif
