/*
 * The <ip> elements of a network definition, checked as libvirt 9.0
 * checks them.
 */
#ifndef HV_CONF_NETWORK_IP_H
#define HV_CONF_NETWORK_IP_H

#include <stddef.h>

#include "util/xml.h"

/*
 * Check ip (an <ip> of network netname) and put its addresses in the
 * form libvirt prints; -1 with libvirt's message set ("Invalid address
 * '999.1.1.1' in network 'n'", "range ... is reversed ", ...).
 */
int hv_network_ip_check(const char *netname, struct hv_xnode *ip);
/* The same for a <route>: its addresses, prefix, metric and family. */
int hv_network_route_check(const char *netname, struct hv_xnode *r);
/*
 * Is the gateway of route r (checked) within the network of one of the
 * ips?  -1 with "unreachable static route gateway" set when not.
 */
int hv_network_route_reachable(const char *netname,
    const struct hv_xnode *r, struct hv_xnode *const *ips, size_t nips);
/* The same for the <nat> of a <forward>: one address range, one port
 * range. */
int hv_network_nat_check(const char *netname, struct hv_xnode *nat);
/* The same for a <dns>: its switches, forwarders and host records. */
int hv_network_dns_check(const char *netname, struct hv_xnode *dns);

#endif
