/*
 * Numbers as libvirt reads them from XML (its virStrToLong_* family):
 * strtoul()'s leading blanks and sign allowed, nothing after the digits.
 */
#ifndef HV_NUM_H
#define HV_NUM_H

/*
 * An unsigned int where "-N" is taken modulo 2^32 ("-1" is UINT_MAX),
 * libvirt's virStrToLong_ui(); 0, or -1 when s is not one.
 */
int hv_num_uint_wrap(const char *s, unsigned int *v);
/* An unsigned int with no '-' anywhere (virStrToLong_uip); 0 or -1. */
int hv_num_uint(const char *s, unsigned int *v);
/* An unsigned long with no '-' anywhere (virStrToLong_ulp); 0 or -1. */
int hv_num_ulong(const char *s, unsigned long *v);

#endif
