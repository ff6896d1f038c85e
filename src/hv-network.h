/*
 * Virtual networks: the core's public API for them (included by hv.h).
 * Same conventions as hv.h: every call resets the thread's error,
 * failures return -1/NULL with it set, flags use libvirt's values.
 */
#ifndef HV_NETWORK_H
#define HV_NETWORK_H

#include "hv.h"

struct hv_network {
	struct hv_conn *conn;
	char *name;
	unsigned char uuid[HV_UUID_BUFLEN];
};

/* virConnectListAllNetworksFlags */
enum {
	HV_LIST_NETWORKS_INACTIVE = 1 << 0,
	HV_LIST_NETWORKS_ACTIVE = 1 << 1,
	HV_LIST_NETWORKS_PERSISTENT = 1 << 2,
	HV_LIST_NETWORKS_TRANSIENT = 1 << 3,
	HV_LIST_NETWORKS_AUTOSTART = 1 << 4,
	HV_LIST_NETWORKS_NO_AUTOSTART = 1 << 5,
};

/* virNetworkXMLFlags */
enum { HV_NETWORK_XML_INACTIVE = 1 << 0 };
/* virNetworkDefineFlags, virNetworkCreateFlags */
enum { HV_NETWORK_DEFINE_VALIDATE = 1 << 0 };
enum { HV_NETWORK_CREATE_VALIDATE = 1 << 0 };

/*
 * All networks matching flags, sorted by name; *nets gets an array of
 * handles (free with hv_network_list_free()).  Returns the count.
 */
int hv_conn_list_all_networks(struct hv_conn *conn, struct hv_network ***nets,
    unsigned int flags);
void hv_network_list_free(struct hv_network **nets, int n);

struct hv_network *hv_network_lookup_by_name(struct hv_conn *conn,
    const char *name);
struct hv_network *hv_network_lookup_by_uuid(struct hv_conn *conn,
    const unsigned char *uuid);
/* "no network with matching uuid 'S'" also when s is not a UUID. */
struct hv_network *hv_network_lookup_by_uuid_string(struct hv_conn *conn,
    const char *s);
/* A persistent, inactive network (or a new definition for one). */
struct hv_network *hv_network_define_xml(struct hv_conn *conn,
    const char *xml, unsigned int flags);
/* A transient, running network. */
struct hv_network *hv_network_create_xml(struct hv_conn *conn,
    const char *xml, unsigned int flags);

/* A new handle; the core and drivers make them, callers free them. */
struct hv_network *hv_network_new(struct hv_conn *conn, const char *name,
    const unsigned char *uuid);
void hv_network_free(struct hv_network *net);

int hv_network_undefine(struct hv_network *net);
int hv_network_create(struct hv_network *net);
int hv_network_destroy(struct hv_network *net);
/* Caller frees the strings below. */
char *hv_network_get_xml_desc(struct hv_network *net, unsigned int flags);
char *hv_network_get_bridge_name(struct hv_network *net);
/* 1 yes, 0 no, -1 error */
int hv_network_is_active(struct hv_network *net);
int hv_network_is_persistent(struct hv_network *net);
int hv_network_get_autostart(struct hv_network *net, int *autostart);
int hv_network_set_autostart(struct hv_network *net, int autostart);

#endif
