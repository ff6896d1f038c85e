/* UUIDs as 16 raw bytes; text form 8-4-4-4-12 lower-case hex. */
#ifndef HV_UUID_H
#define HV_UUID_H

#define HV_UUID_BUFLEN 16
#define HV_UUID_STRLEN 37	/* with the NUL */

/*
 * Parse a UUID.  Accepts the dashed form and, as libvirt's XML does, the
 * 32-digit form, with any hex case.  Returns 0, or -1 when s is not one.
 */
int hv_uuid_parse(const char *s, unsigned char uuid[HV_UUID_BUFLEN]);
/* Writes 36 characters and a NUL into out; returns out. */
char *hv_uuid_format(const unsigned char uuid[HV_UUID_BUFLEN],
    char out[HV_UUID_STRLEN]);
/* A random version-4 UUID. */
void hv_uuid_generate(unsigned char uuid[HV_UUID_BUFLEN]);

#endif
