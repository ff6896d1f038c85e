/*
 * Host interfaces: the core's public API for them (included by hv.h).
 * Same conventions as hv.h: every call resets the thread's error,
 * failures return -1/NULL with it set, flags use libvirt's values.
 */
#ifndef HV_IFACE_H
#define HV_IFACE_H

#include "hv.h"

struct hv_iface {
	struct hv_conn *conn;
	char *name;
	char *mac;			/* as defined; "" when none */
};

/* virConnectListAllInterfacesFlags */
enum {
	HV_LIST_IFACES_INACTIVE = 1 << 0,
	HV_LIST_IFACES_ACTIVE = 1 << 1,
};

/* virInterfaceXMLFlags */
enum { HV_IFACE_XML_INACTIVE = 1 << 0 };

/*
 * All interfaces matching flags, sorted by name; *ifaces gets an array of
 * handles (free with hv_iface_list_free()).  Returns the count.
 */
int hv_conn_list_all_ifaces(struct hv_conn *conn, struct hv_iface ***ifaces,
    unsigned int flags);
void hv_iface_list_free(struct hv_iface **ifaces, int n);

struct hv_iface *hv_iface_lookup_by_name(struct hv_conn *conn,
    const char *name);
/* Case-insensitive; more than one match is an error, as in libvirt. */
struct hv_iface *hv_iface_lookup_by_mac_string(struct hv_conn *conn,
    const char *mac);

/* A new handle (mac NULL is kept as ""); callers free them. */
struct hv_iface *hv_iface_new(struct hv_conn *conn, const char *name,
    const char *mac);
void hv_iface_free(struct hv_iface *iface);

/* Caller frees. */
char *hv_iface_get_xml_desc(struct hv_iface *iface, unsigned int flags);
/* 1 yes, 0 no, -1 error */
int hv_iface_is_active(struct hv_iface *iface);

#endif
