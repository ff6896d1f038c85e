/*
 * Virtual network definitions: libvirt's <network> XML, parsed into a
 * struct hv_network_def and formatted back the way libvirt 9.0 does
 * (element order, attribute order, defaults such as stp='on' delay='0').
 *
 * The parts a driver needs (name, uuid, forward mode, bridge) are
 * modelled; the rest of the schema (dns, ip, route, portgroup, ...) is
 * kept as a tree of plain elements (util/xml.h) and written back in
 * libvirt's element order.  Unknown children of <network> are dropped, as
 * libvirt does; inside the plain parts nothing is dropped.
 */
#ifndef HV_CONF_NETWORK_H
#define HV_CONF_NETWORK_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "util/mac.h"
#include "util/uuid.h"
#include "util/xml.h"

/* ---- networks -------------------------------------------------------- */

/* virNetworkForwardType */
enum hv_net_forward {
	HV_NET_FORWARD_NONE = 0,
	HV_NET_FORWARD_NAT,
	HV_NET_FORWARD_ROUTE,
	HV_NET_FORWARD_OPEN,
	HV_NET_FORWARD_BRIDGE,
	HV_NET_FORWARD_PRIVATE,
	HV_NET_FORWARD_VEPA,
	HV_NET_FORWARD_PASSTHROUGH,
	HV_NET_FORWARD_HOSTDEV,
	HV_NET_FORWARD_VDPA,
	HV_NET_FORWARD_LAST
};

struct hv_network_def {
	char *name;
	unsigned char uuid[HV_UUID_BUFLEN];
	bool ipv6;			/* <network ipv6='yes'> */
	int trust_rx;			/* 0 unset, 1 yes, 2 no */
	char **metadata;		/* serialized children of <metadata> */
	size_t nmetadata;

	enum hv_net_forward forward;
	int forward_managed;		/* hostdev: 0 unset, 1 yes, 2 no */
	char *forward_driver;
	struct hv_xnode *forward_nat;
	char *forward_pf;
	char **forward_ifs;		/* <interface dev=...> */
	size_t nforward_ifs;
	struct hv_xnode **forward_addrs;	/* <address type='pci'> */
	size_t nforward_addrs;

	char *bridge;			/* bridge device name */
	char *bridge_zone;
	bool stp;
	unsigned long delay;
	char *mac_table_manager;

	unsigned int mtu;
	bool mac_set;
	char mac[HV_MAC_STRLEN];
	char *domain;
	int domain_local_only;		/* 0 unset, 1 yes, 2 no */

	struct hv_xnode *dns;
	struct hv_xnode *vlan;
	struct hv_xnode *bandwidth;
	struct hv_xnode *port;
	struct hv_xnode *virtualport;
	struct hv_xnode **ips;
	size_t nips;
	struct hv_xnode **routes;
	size_t nroutes;
	struct hv_xnode **portgroups;
	size_t nportgroups;
};

/*
 * Parse a <network> document, first checking it against libvirt's
 * RELAX NG schema when validate.  A missing UUID is generated.  Returns
 * the definition (hv_network_def_free()) or NULL with the error set.
 */
struct hv_network_def *hv_network_def_parse(const char *xml, bool validate);
/* The same from an element already parsed (a test driver node file). */
struct hv_network_def *hv_network_def_parse_node(xmlNodePtr node);
/* The XML text, as libvirt writes it; caller frees. */
char *hv_network_def_format(const struct hv_network_def *def);
void hv_network_def_free(struct hv_network_def *def);

const char *hv_net_forward_name(enum hv_net_forward f);

#endif
