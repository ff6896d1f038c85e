/*
 * Host interface definitions: libvirt's <interface> XML (the netcf
 * schema: ethernet, bridge, bond, vlan), parsed into a struct
 * hv_iface_def and formatted back as libvirt 9.0 does.
 */
#ifndef HV_CONF_INTERFACE_H
#define HV_CONF_INTERFACE_H

#include <stddef.h>

#include <libxml/tree.h>

/* virInterfaceType */
enum hv_iface_type {
	HV_IFACE_ETHERNET = 0,
	HV_IFACE_BRIDGE,
	HV_IFACE_BOND,
	HV_IFACE_VLAN,
	HV_IFACE_TYPE_LAST
};

struct hv_iface_ip {
	char *address;
	int prefix;			/* 0: not given */
};

struct hv_iface_proto {
	char *family;			/* "ipv4", "ipv6" */
	int autoconf;
	int dhcp;
	int peerdns;			/* 0 unset, 1 yes, 2 no */
	struct hv_iface_ip *ips;
	size_t nips;
	char *gateway;
};

struct hv_iface_def {
	enum hv_iface_type type;
	char *name;
	int startmode;			/* 0 unset, 1 none, 2 onboot,
					   3 hotplug */
	unsigned int mtu;
	struct hv_iface_proto *protos;
	size_t nprotos;

	char *mac;			/* as written: libvirt keeps the case */
	unsigned int link_speed;	/* 0: not given */
	char *link_state;

	int stp;			/* bridge: -1 unset, 0 off, 1 on */
	char *delay;

	int bond_mode;			/* 0 unset, 1.. balance-rr .. */
	int monitor;			/* 0 none, 1 miimon, 2 arpmon */
	int freq, downdelay, updelay;
	int carrier;			/* 0 unset, 1 ioctl, 2 netif */
	int interval;
	char *target;
	int validate;			/* 0 unset, 1 none .. 4 all */

	char *vlan_tag;
	char *vlan_dev;

	struct hv_iface_def **kids;	/* bridge and bond members */
	size_t nkids;
};

/* Parse an <interface> document; NULL with the error set. */
struct hv_iface_def *hv_iface_def_parse(const char *xml);
/* The same from an element already parsed (a test driver node file). */
struct hv_iface_def *hv_iface_def_parse_node(xmlNodePtr node);
/* The XML text, as libvirt writes it; caller frees. */
char *hv_iface_def_format(const struct hv_iface_def *def);
void hv_iface_def_free(struct hv_iface_def *def);

#endif
