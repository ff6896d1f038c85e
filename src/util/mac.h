/* MAC addresses: the one parser and formatter of "aa:bb:cc:dd:ee:ff". */
#ifndef HV_MAC_H
#define HV_MAC_H

#define HV_MAC_BUFLEN 6
#define HV_MAC_STRLEN 18	/* "aa:bb:cc:dd:ee:ff" and its NUL */

/*
 * Parse s as libvirt does: six bytes of one or two hex digits (any
 * case) joined by ':', then the end of the string or any byte up to
 * ' ' (white space, a control character).  Returns 0, or -1 with mac
 * undefined.
 */
int hv_mac_parse(const char *s, unsigned char mac[HV_MAC_BUFLEN]);
/* Write mac into out in libvirt's form: lower case, two digits a byte. */
void hv_mac_format(const unsigned char mac[HV_MAC_BUFLEN],
    char out[HV_MAC_STRLEN]);

#endif
