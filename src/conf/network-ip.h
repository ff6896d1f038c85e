/*
 * The <ip> elements of a network definition, checked as libvirt 9.0
 * checks them.
 */
#ifndef HV_CONF_NETWORK_IP_H
#define HV_CONF_NETWORK_IP_H

#include "util/xml.h"

/*
 * Check ip (an <ip> of network netname) and put its addresses in the
 * form libvirt prints; -1 with libvirt's message set ("Invalid address
 * '999.1.1.1' in network 'n'", "range ... is reversed ", ...).
 */
int hv_network_ip_check(const char *netname, struct hv_xnode *ip);

#endif
