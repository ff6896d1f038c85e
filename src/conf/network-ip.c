/*
 * The <ip> elements of a network, checked and normalised as libvirt's
 * parser does: addresses read by getaddrinfo() as numeric hosts and
 * printed back by getnameinfo() (so "010.0.0.1" becomes "8.0.0.1"),
 * the family, prefix and netmask rules, DHCP ranges within the network
 * and static hosts.
 */
#include "conf/network-ip.h"

#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>

#include "error.h"
#include "util/mac.h"
#include "util/num.h"

/* An address as libvirt keeps it: its family and bytes. */
struct addr {
	int family;			/* AF_INET, AF_INET6 */
	unsigned char b[16];		/* network order; 4 used for IPv4 */
	char text[NI_MAXHOST];		/* as libvirt prints it */
};

/*
 * libvirt's virSocketAddrParse(): a numeric host of any family.  -1
 * with "Cannot parse socket address" set when report is true.
 */
static int
addr_parse(const char *s, struct addr *a, bool report)
{
	struct addrinfo hints = { 0 }, *res = NULL;
	int rc;

	hints.ai_family = AF_UNSPEC;
	hints.ai_flags = AI_NUMERICHOST;
	if ((rc = getaddrinfo(s, NULL, &hints, &res)) != 0 || res == NULL) {
		if (report)
			hv_error_report(HV_FROM_NETWORK, HV_ERR_SYSTEM_ERROR,
			    "Cannot parse socket address '%s': %s", s,
			    gai_strerror(rc));
		if (res)
			freeaddrinfo(res);
		return -1;
	}
	a->family = res->ai_family;
	memset(a->b, 0, sizeof(a->b));
	if (a->family == AF_INET)
		memcpy(a->b, &((struct sockaddr_in *)res->ai_addr)->sin_addr,
		    4);
	else
		memcpy(a->b,
		    &((struct sockaddr_in6 *)res->ai_addr)->sin6_addr, 16);
	if (getnameinfo(res->ai_addr, res->ai_addrlen, a->text,
	    sizeof(a->text), NULL, 0, NI_NUMERICHOST) != 0)
		snprintf(a->text, sizeof(a->text), "%s", s);
	freeaddrinfo(res);
	return 0;
}

static int
addr_len(const struct addr *a)
{
	return a->family == AF_INET ? 4 : 16;
}

/* The number of leading one bits of a contiguous netmask, or -1. */
static int
netmask_bits(const struct addr *m)
{
	int bits = 0, i = 0, n = addr_len(m);

	for (; i < n && m->b[i] == 0xff; i++)
		bits += 8;
	if (i < n) {
		unsigned char c = m->b[i++];

		while (c & 0x80) {
			bits++;
			c = (unsigned char)(c << 1);
		}
		if (c != 0)
			return -1;
	}
	for (; i < n; i++) {
		if (m->b[i] != 0)
			return -1;
	}
	return bits;
}

/*
 * libvirt's virSocketAddrGetIPPrefix(): the prefix given, else the
 * netmask's, else the class of an IPv4 address (-1 for D and E), 64
 * for IPv6.
 */
static int
ip_prefix(const struct addr *a, const struct addr *mask, unsigned int prefix)
{
	if (prefix > 0)
		return (int)prefix;
	if (mask)
		return netmask_bits(mask);
	if (a->family == AF_INET) {
		if ((a->b[0] & 0x80) == 0)
			return 8;
		if ((a->b[0] & 0xc0) == 0x80)
			return 16;
		if ((a->b[0] & 0xe0) == 0xc0)
			return 24;
		return -1;
	}
	return 64;
}

/* Are a and b in the network of prefix bits? */
static bool
same_net(const struct addr *a, const struct addr *b, int prefix)
{
	if (a->family != b->family)
		return false;
	for (int i = 0; i < addr_len(a); i++, prefix -= 8) {
		unsigned char m = prefix >= 8 ? 0xff : prefix <= 0 ? 0 :
		    (unsigned char)(0xff << (8 - prefix));

		if ((a->b[i] & m) != (b->b[i] & m))
			return false;
	}
	return true;
}

/* Is a the network (bcast false) or broadcast address of net/prefix? */
static bool
is_edge(const struct addr *a, const struct addr *net, int prefix,
    bool bcast)
{
	for (int i = 0; i < 4; i++, prefix -= 8) {
		unsigned char m = prefix >= 8 ? 0xff : prefix <= 0 ? 0 :
		    (unsigned char)(0xff << (8 - prefix));
		unsigned char want = (unsigned char)(net->b[i] & m);

		if (bcast)
			want |= (unsigned char)~m;
		if (a->b[i] != want)
			return false;
	}
	return true;
}

/*
 * libvirt's virSocketAddrGetRange() checks of a range, within net/prefix
 * when net is not NULL.
 */
static int
check_range(const struct addr *s, const struct addr *e,
    const struct addr *net, int prefix)
{
	const char *st = s->text, *et = e->text;
	long size;

	if (s->family != e->family) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_INTERNAL_ERROR,
		    "mismatch of address family in range %s - %s", st, et);
		return -1;
	}
	if (net == NULL)
		goto size;
	if (prefix < 0 || prefix > (net->family == AF_INET ? 32 : 128)) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_INTERNAL_ERROR,
		    "bad prefix %d for network %s when  checking range "
		    "%s - %s", prefix, net->text, st, et);
		return -1;
	}
	if (!same_net(s, net, prefix) || !same_net(e, net, prefix)) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_INTERNAL_ERROR,
		    "range %s - %s is not entirely within network %s/%d", st,
		    et, net->text, prefix);
		return -1;
	}
	if (s->family == AF_INET) {
		if (is_edge(s, net, prefix, false)) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_INTERNAL_ERROR,
			    "start of range %s - %s in network %s/%d is the "
			    "network address", st, et, net->text, prefix);
			return -1;
		}
		if (is_edge(e, net, prefix, true)) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_INTERNAL_ERROR,
			    "end of range %s - %s in network %s/%d is the "
			    "broadcast address", st, et, net->text, prefix);
			return -1;
		}
	}
size:
	/* all but the last 16 bits must agree */
	if (memcmp(s->b, e->b, (size_t)addr_len(s) - 2) != 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_INTERNAL_ERROR,
		    "range %s - %s is too large (> 65535)", st, et);
		return -1;
	}
	size = (long)(e->b[addr_len(e) - 2] * 256 + e->b[addr_len(e) - 1]) -
	    (long)(s->b[addr_len(s) - 2] * 256 + s->b[addr_len(s) - 1]);
	if (size < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_INTERNAL_ERROR,
		    s->family == AF_INET ? "range %s - %s is reversed " :
		    "range %s - %s start larger than end", st, et);
		return -1;
	}
	return 0;
}

/* An attribute as libvirt's XPath string reads it: empty is absent. */
static const char *
xpath_attr(const struct hv_xnode *n, const char *name)
{
	const char *v = hv_xnode_attr(n, name);

	return v && *v ? v : NULL;
}

/* Parse attribute name of n into a and print it back in its place. */
static int
addr_attr(struct hv_xnode *n, const char *name, struct addr *a)
{
	if (addr_parse(hv_xnode_attr(n, name), a, true) < 0)
		return -1;
	hv_xnode_set_attr(n, name, a->text);
	return 0;
}

static int
check_dhcp_range(const char *netname, struct hv_xnode *r,
    const struct addr *net, int prefix)
{
	struct addr s, e;

	if (hv_xnode_attr(r, "start") == NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Missing 'start' attribute in dhcp range for network "
		    "'%s'", netname);
		return -1;
	}
	if (addr_attr(r, "start", &s) < 0)
		return -1;
	if (hv_xnode_attr(r, "end") == NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Missing 'end' attribute in dhcp range for network '%s'",
		    netname);
		return -1;
	}
	if (addr_attr(r, "end", &e) < 0)
		return -1;
	return check_range(&s, &e, net, prefix);
}

static int
check_dhcp_host(const char *netname, struct hv_xnode *h,
    const struct addr *net)
{
	const char *mac = hv_xnode_attr(h, "mac");
	const char *id = hv_xnode_attr(h, "id");
	const char *name = hv_xnode_attr(h, "name");
	const char *ip = hv_xnode_attr(h, "ip");
	unsigned char m[HV_MAC_BUFLEN];
	struct addr a;

	if (mac) {
		if (net->family == AF_INET6) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Invalid to specify MAC address '%s' in network "
			    "'%s' IPv6 static host definition", mac, netname);
			return -1;
		}
		if (hv_mac_parse(mac, m) < 0) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Cannot parse MAC address '%s' in network '%s'",
			    mac, netname);
			return -1;
		}
		if (m[0] & 1) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "expected unicast mac address, found multicast "
			    "'%s' in network '%s'", mac, netname);
			return -1;
		}
	}
	if (id) {
		const char *c = id + strspn(id, "0123456789abcdefABCDEF:");

		if (*c) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Invalid character '%c' in id '%s' of network "
			    "'%s'", *c, id, netname);
			return -1;
		}
	}
	if (ip) {
		if (addr_parse(ip, &a, false) < 0) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Invalid IP address in static host definition "
			    "for network '%s'", netname);
			return -1;
		}
		hv_xnode_set_attr(h, "ip", a.text);
	}
	if (net->family == AF_INET6 && !id && !name) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Static host definition in IPv6 network '%s' must have "
		    "id or name attribute", netname);
		return -1;
	}
	if (net->family == AF_INET && !mac && !name) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Static host definition in IPv4 network '%s' must have "
		    "mac or name attribute", netname);
		return -1;
	}
	if (ip == NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Missing IP address in static host definition for "
		    "network '%s'", netname);
		return -1;
	}
	return 0;
}

static int
check_dhcp(const char *netname, struct hv_xnode *dhcp,
    const struct addr *net, int prefix)
{
	for (size_t i = 0; i < dhcp->nkids; i++) {
		struct hv_xnode *k = dhcp->kids[i];
		struct addr a;

		if (strcmp(k->name, "range") == 0) {
			if (check_dhcp_range(netname, k, net, prefix) < 0)
				return -1;
		} else if (strcmp(k->name, "host") == 0) {
			if (check_dhcp_host(netname, k, net) < 0)
				return -1;
		} else if (strcmp(k->name, "bootp") == 0 &&
		    net->family == AF_INET && hv_xnode_attr(k, "file") &&
		    hv_xnode_attr(k, "server")) {
			if (addr_attr(k, "server", &a) < 0)
				return -1;
		}
	}
	return 0;
}


/* The address, netmask, prefix and family rules of one <ip>. */
static int
check_family(const char *netname, const char *family, const char *address,
    const struct addr *a, const char *netmask, const struct addr *m,
    unsigned int prefix)
{
	if (family == NULL || strcmp(family, "ipv4") == 0) {
		if (a->family != AF_INET) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "%s family specified for non-IPv4 address '%s' in "
			    "network '%s'", family ? "ipv4" : "no", address,
			    netname);
			return -1;
		}
		if (netmask && m->family != AF_INET) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "Invalid netmask '%s' for address '%s' in network "
			    "'%s' (both must be IPv4)", netmask, address,
			    netname);
			return -1;
		}
		if (netmask && prefix > 0) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "Network '%s' IP address cannot have both a prefix "
			    "and a netmask", netname);
			return -1;
		}
		if (!netmask && prefix > 32) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "Invalid IPv4 prefix '%u' in network '%s'", prefix,
			    netname);
			return -1;
		}
	} else if (strcmp(family, "ipv6") == 0) {
		if (a->family != AF_INET6) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "Family 'ipv6' specified for non-IPv6 address "
			    "'%s' in network '%s'", address, netname);
			return -1;
		}
		if (netmask) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "netmask not allowed for IPv6 address '%s' in "
			    "network '%s'", address, netname);
			return -1;
		}
		if (prefix > 128) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "Invalid IPv6 prefix '%u' in network '%s'", prefix,
			    netname);
			return -1;
		}
	} else {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Unrecognized family '%s' in network '%s'", family,
		    netname);
		return -1;
	}
	return 0;
}

int
hv_network_ip_check(const char *netname, struct hv_xnode *ip)
{
	const char *family = xpath_attr(ip, "family");
	const char *address = xpath_attr(ip, "address");
	const char *netmask = xpath_attr(ip, "netmask");
	const char *s;
	struct hv_xnode *dhcp = hv_xnode_child(ip, "dhcp");
	struct addr a, m;
	unsigned int prefix = 0;

	if (address == NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Missing required address attribute in network '%s'",
		    netname);
		return -1;
	}
	if (addr_parse(address, &a, false) < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid address '%s' in network '%s'", address, netname);
		return -1;
	}
	if (netmask && addr_parse(netmask, &m, false) < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid netmask '%s' in network '%s'", netmask, netname);
		return -1;
	}
	if ((s = hv_xnode_attr(ip, "prefix")) && !hv_num_uint(s, &prefix)) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid value for attribute 'prefix' in element 'ip': "
		    "'%s'. Expected non-negative integer value", s);
		return -1;
	}
	if ((s = hv_xnode_attr(ip, "localPtr")) && strcmp(s, "yes") != 0 &&
	    strcmp(s, "no") != 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid value for attribute 'localPtr' in element 'ip': "
		    "'%s'.", s);
		return -1;
	}
	if (check_family(netname, family, address, &a, netmask, &m,
	    prefix) < 0)
		return -1;
	if (dhcp && check_dhcp(netname, dhcp, &a,
	    ip_prefix(&a, netmask ? &m : NULL, prefix)) < 0)
		return -1;
	if (hv_xnode_child(ip, "tftp") && a.family != AF_INET) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_CONFIG_UNSUPPORTED,
		    "Unsupported <tftp> element in an IPv6 element in network "
		    "'%s'", netname);
		return -1;
	}
	/* what libvirt prints back: the addresses it read, no empties */
	hv_xnode_set_attr(ip, "address", a.text);
	if (netmask)
		hv_xnode_set_attr(ip, "netmask", m.text);
	else
		hv_xnode_set_attr(ip, "netmask", NULL);
	if (family == NULL)
		hv_xnode_set_attr(ip, "family", NULL);
	if (prefix == 0)
		hv_xnode_set_attr(ip, "prefix", NULL);
	else if (hv_xnode_attr(ip, "prefix")) {
		char buf[16];

		snprintf(buf, sizeof(buf), "%u", prefix);
		hv_xnode_set_attr(ip, "prefix", buf);
	}
	if (hv_xnode_child(ip, "tftp") &&
	    hv_xnode_attr(hv_xnode_child(ip, "tftp"), "root") == NULL)
		hv_xnode_remove(ip, "tftp");
	return 0;
}

/* libvirt's virNetDevIPRouteParseXML() and virNetDevIPRouteCreate(). */
int
hv_network_route_check(const char *netname, struct hv_xnode *r)
{
	const char *family = xpath_attr(r, "family");
	const char *address = xpath_attr(r, "address");
	const char *netmask = xpath_attr(r, "netmask");
	const char *gateway = xpath_attr(r, "gateway");
	const char *s;
	struct addr a, m, g;
	unsigned int prefix = 0, metric;
	bool ipv6 = family && strcmp(family, "ipv6") == 0;

	if ((s = hv_xnode_attr(r, "prefix")) && !hv_num_uint(s, &prefix)) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid value for attribute 'prefix' in element 'route': "
		    "'%s'. Expected non-negative integer value", s);
		return -1;
	}
	if ((s = hv_xnode_attr(r, "metric")) && !hv_num_uint(s, &metric)) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid value for attribute 'metric' in element 'route': "
		    "'%s'. Expected non-negative integer value", s);
		return -1;
	}
	if (address == NULL || gateway == NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "%s: Missing required %s attribute in route definition",
		    netname, address ? "gateway" : "address");
		return -1;
	}
	if (addr_parse(address, &a, false) < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "%s: Bad network address '%s' in route definition",
		    netname, address);
		return -1;
	}
	if (addr_parse(gateway, &g, false) < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "%s: Bad gateway address '%s' in route definition",
		    netname, gateway);
		return -1;
	}
	if (ipv6 ? a.family != AF_INET6 : a.family != AF_INET) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    ipv6 ? "%s: ipv6 family specified for non-IPv6 address "
		    "'%s' in route definition" : family ?
		    "%s: IPv4 family specified for non-IPv4 address '%s' in "
		    "route definition" : "%s: No family specified for "
		    "non-IPv4 address '%s' in route definition", netname,
		    address);
		return -1;
	}
	if (netmask && addr_parse(netmask, &m, false) < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "%s: Bad netmask address '%s' in route definition",
		    netname, netmask);
		return -1;
	}
	if (netmask && hv_xnode_attr(r, "prefix")) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "%s: Route definition cannot have both a prefix and a "
		    "netmask", netname);
		return -1;
	}
	hv_xnode_set_attr(r, "address", a.text);
	hv_xnode_set_attr(r, "gateway", g.text);
	if (netmask)
		hv_xnode_set_attr(r, "netmask", m.text);
	return 0;
}

/*
 * The network's own check that each route's gateway is in the network
 * of one of its addresses of that family.
 */
int
hv_network_route_reachable(const char *netname, const struct hv_xnode *r,
    struct hv_xnode *const *ips, size_t nips)
{
	struct addr g;

	if (addr_parse(hv_xnode_attr(r, "gateway"), &g, false) < 0)
		return 0;
	for (size_t i = 0; i < nips; i++) {
		const char *mask = xpath_attr(ips[i], "netmask");
		const char *p = hv_xnode_attr(ips[i], "prefix");
		unsigned int prefix = 0;
		struct addr a, m;

		if (addr_parse(hv_xnode_attr(ips[i], "address"), &a,
		    false) < 0 || a.family != g.family)
			continue;
		if (mask && addr_parse(mask, &m, false) < 0)
			continue;
		if (p)
			hv_num_uint(p, &prefix);
		if (same_net(&g, &a, ip_prefix(&a, mask ? &m : NULL,
		    prefix)))
			return 0;
	}
	hv_error_report(HV_FROM_NETWORK, HV_ERR_CONFIG_UNSUPPORTED,
	    "unreachable static route gateway '%s' specified for network "
	    "'%s'", g.text, netname);
	return -1;
}

int
hv_network_dns_check(const char *netname, struct hv_xnode *dns)
{
	static const char *const tristates[] = { "enable",
	    "forwardPlainNames", NULL };

	for (int i = 0; tristates[i]; i++) {
		const char *v = hv_xnode_attr(dns, tristates[i]);

		if (v && strcmp(v, "yes") != 0 && strcmp(v, "no") != 0) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Invalid value for attribute '%s' in element "
			    "'dns': '%s'.", tristates[i], v);
			return -1;
		}
	}
	for (size_t i = 0; i < dns->nkids; i++) {
		struct hv_xnode *k = dns->kids[i];
		const char *v;
		struct addr a;

		if (strcmp(k->name, "forwarder") == 0 &&
		    (v = hv_xnode_attr(k, "addr")) != NULL) {
			if (addr_parse(v, &a, false) < 0) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR, "Invalid forwarder IP "
				    "address '%s' in network '%s'", v,
				    netname);
				return -1;
			}
			hv_xnode_set_attr(k, "addr", a.text);
		} else if (strcmp(k->name, "host") == 0) {
			v = hv_xnode_attr(k, "ip");
			if (v == NULL || addr_parse(v, &a, false) < 0) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_DETAIL, "%s IP address in "
				    "network '%s' DNS HOST record",
				    v ? "Invalid" : "Missing", netname);
				return -1;
			}
			if (!hv_xnode_child(k, "hostname")) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_DETAIL, "Missing hostname in "
				    "network '%s' DNS HOST record", netname);
				return -1;
			}
			hv_xnode_set_attr(k, "ip", a.text);
		}
	}
	return 0;
}

/* An IPv4 address of <nat>, or -1 with "Bad ipv4 WHICH address". */
static int
nat_addr(const char *netname, struct hv_xnode *a, const char *which,
    struct addr *out)
{
	const char *v = hv_xnode_attr(a, which);

	if (addr_parse(v, out, false) < 0 || out->family != AF_INET) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Bad ipv4 %s address '%s' in <nat> in <forward> in "
		    "network '%s'", which, v, netname);
		return -1;
	}
	hv_xnode_set_attr(a, which, out->text);
	return 0;
}

/* A port of <nat> as libvirt reads it: an unsigned int up to 65535. */
static bool
nat_port(const char *v, unsigned int *port)
{
	return v && hv_num_uint_wrap(v, port) && *port <= 65535;
}

int
hv_network_nat_check(const char *netname, struct hv_xnode *nat)
{
	struct hv_xnode *addr = NULL, *port = NULL;
	struct addr s, e;
	unsigned int ps, pe;

	for (size_t i = 0; i < nat->nkids; i++) {
		struct hv_xnode *k = nat->kids[i];
		bool is_addr = strcmp(k->name, "address") == 0;

		if (!is_addr && strcmp(k->name, "port") != 0)
			continue;
		if (is_addr ? addr != NULL : port != NULL) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Only one <%s> element is allowed in <nat> in "
			    "<forward> in network %s", k->name, netname);
			return -1;
		}
		if (is_addr)
			addr = k;
		else
			port = k;
	}
	if (addr) {
		const char *missing = !hv_xnode_attr(addr, "start") ?
		    "start" : !hv_xnode_attr(addr, "end") ? "end" : NULL;

		if (missing) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "missing '%s' attribute in <address> element in "
			    "<nat> in <forward> in network %s", missing,
			    netname);
			return -1;
		}
		if (nat_addr(netname, addr, "start", &s) < 0 ||
		    nat_addr(netname, addr, "end", &e) < 0 ||
		    check_range(&s, &e, NULL, 0) < 0)
			return -1;
	}
	if (port) {
		if (!nat_port(hv_xnode_attr(port, "start"), &ps)) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_DETAIL,
			    "Missing or invalid 'start' attribute in <port> "
			    "in <nat> in <forward> in network %s", netname);
			return -1;
		}
		if (!nat_port(hv_xnode_attr(port, "end"), &pe) || pe < ps) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_DETAIL,
			    "Missing or invalid 'end' attribute in <port> in "
			    "<nat> in <forward> in network %s", netname);
			return -1;
		}
	}
	return 0;
}
