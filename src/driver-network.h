/*
 * The network part of a driver's table (see driver.h): NULL operations
 * are unsupported; the public API has already reset the error, checked
 * read-only access and arguments.
 */
#ifndef HV_DRIVER_NETWORK_H
#define HV_DRIVER_NETWORK_H

#include "driver.h"
#include "hv-network.h"

struct hv_network_driver {
	int (*list_all)(struct hv_conn *conn, struct hv_network ***nets,
	    unsigned int flags);
	struct hv_network *(*lookup_by_name)(struct hv_conn *conn,
	    const char *name);
	struct hv_network *(*lookup_by_uuid)(struct hv_conn *conn,
	    const unsigned char *uuid);
	struct hv_network *(*define_xml)(struct hv_conn *conn,
	    const char *xml, unsigned int flags);
	struct hv_network *(*create_xml)(struct hv_conn *conn,
	    const char *xml, unsigned int flags);
	int (*undefine)(struct hv_network *net);
	int (*create)(struct hv_network *net);
	int (*destroy)(struct hv_network *net);
	char *(*get_xml_desc)(struct hv_network *net, unsigned int flags);
	char *(*get_bridge_name)(struct hv_network *net);
	int (*is_active)(struct hv_network *net);
	int (*is_persistent)(struct hv_network *net);
	int (*get_autostart)(struct hv_network *net, int *autostart);
	int (*set_autostart)(struct hv_network *net, int autostart);
};

#endif
