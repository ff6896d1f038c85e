/*
 * The host interface part of a driver's table (see driver.h): NULL
 * operations are unsupported; the public API has already reset the
 * error and checked arguments.
 */
#ifndef HV_DRIVER_IFACE_H
#define HV_DRIVER_IFACE_H

#include "driver.h"
#include "hv-iface.h"

struct hv_iface_driver {
	int (*list_all)(struct hv_conn *conn, struct hv_iface ***ifaces,
	    unsigned int flags);
	struct hv_iface *(*lookup_by_name)(struct hv_conn *conn,
	    const char *name);
	struct hv_iface *(*lookup_by_mac)(struct hv_conn *conn,
	    const char *mac);
	char *(*get_xml_desc)(struct hv_iface *iface, unsigned int flags);
	int (*is_active)(struct hv_iface *iface);
};

#endif
