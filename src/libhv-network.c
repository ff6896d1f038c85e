/*
 * The public network API: reset the error, refuse what a read-only
 * connection may not do, then hand over to the driver's table.
 */
#include "hv-network.h"

#include <stdlib.h>
#include <string.h>

#include "driver-network.h"
#include "libhv.h"
#include "util/xalloc.h"

static const struct hv_network_driver *
ops(struct hv_conn *conn)
{
	return conn && conn->driver ? conn->driver->network : NULL;
}

/* ---- handles -------------------------------------------------------- */

struct hv_network *
hv_network_new(struct hv_conn *conn, const char *name,
    const unsigned char *uuid)
{
	struct hv_network *n = xcalloc(1, sizeof(*n));

	n->conn = conn;
	n->name = xstrdup(name);
	memcpy(n->uuid, uuid, HV_UUID_BUFLEN);
	return n;
}

void
hv_network_free(struct hv_network *net)
{
	if (net == NULL)
		return;
	free(net->name);
	free(net);
}

void
hv_network_list_free(struct hv_network **nets, int n)
{
	if (nets == NULL)
		return;
	for (int i = 0; i < n; i++)
		hv_network_free(nets[i]);
	free(nets);
}

/* ---- the connection's networks -------------------------------------- */

int
hv_conn_list_all_networks(struct hv_conn *conn, struct hv_network ***nets,
    unsigned int flags)
{
	const struct hv_network_driver *d = ops(conn);

	hv_error_reset();
	*nets = NULL;
	if (!hv_api_supported(d ? d->list_all : NULL,
	    "virConnectListAllNetworks"))
		return -1;
	return d->list_all(conn, nets, flags);
}

struct hv_network *
hv_network_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_network_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_name : NULL,
	    "virNetworkLookupByName"))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_network *
hv_network_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	const struct hv_network_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_uuid : NULL,
	    "virNetworkLookupByUUID"))
		return NULL;
	return d->lookup_by_uuid(conn, uuid);
}

struct hv_network *
hv_network_lookup_by_uuid_string(struct hv_conn *conn, const char *s)
{
	unsigned char uuid[HV_UUID_BUFLEN];

	hv_error_reset();
	if (hv_uuid_parse(s, uuid) < 0) {
		/* libvirt's text has no "invalid argument: " prefix */
		hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_NETWORK,
		    "uuidstr in virNetworkLookupByUUIDString must be a "
		    "valid UUID");
		return NULL;
	}
	return hv_network_lookup_by_uuid(conn, uuid);
}

struct hv_network *
hv_network_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_network_driver *d = ops(conn);
	const char *func = flags ? "virNetworkDefineXMLFlags" :
	    "virNetworkDefineXML";

	hv_error_reset();
	if (!hv_api_writable(conn, HV_FROM_NETWORK, func) ||
	    !hv_api_supported(d ? d->define_xml : NULL, func))
		return NULL;
	return d->define_xml(conn, xml, flags);
}

struct hv_network *
hv_network_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_network_driver *d = ops(conn);
	const char *func = flags ? "virNetworkCreateXMLFlags" :
	    "virNetworkCreateXML";

	hv_error_reset();
	if (!hv_api_writable(conn, HV_FROM_NETWORK, func) ||
	    !hv_api_supported(d ? d->create_xml : NULL, func))
		return NULL;
	return d->create_xml(conn, xml, flags);
}

/* ---- one network ------------------------------------------------------ */

int
hv_network_undefine(struct hv_network *net)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_writable(net->conn, HV_FROM_NETWORK,
	    "virNetworkUndefine") ||
	    !hv_api_supported(d ? d->undefine : NULL, "virNetworkUndefine"))
		return -1;
	return d->undefine(net);
}

int
hv_network_create(struct hv_network *net)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_writable(net->conn, HV_FROM_NETWORK, "virNetworkCreate") ||
	    !hv_api_supported(d ? d->create : NULL, "virNetworkCreate"))
		return -1;
	return d->create(net);
}

int
hv_network_destroy(struct hv_network *net)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_writable(net->conn, HV_FROM_NETWORK, "virNetworkDestroy") ||
	    !hv_api_supported(d ? d->destroy : NULL, "virNetworkDestroy"))
		return -1;
	return d->destroy(net);
}

char *
hv_network_get_xml_desc(struct hv_network *net, unsigned int flags)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_xml_desc : NULL,
	    "virNetworkGetXMLDesc"))
		return NULL;
	return d->get_xml_desc(net, flags);
}

char *
hv_network_get_bridge_name(struct hv_network *net)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_bridge_name : NULL,
	    "virNetworkGetBridgeName"))
		return NULL;
	return d->get_bridge_name(net);
}

int
hv_network_is_active(struct hv_network *net)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_active : NULL, "virNetworkIsActive"))
		return -1;
	return d->is_active(net);
}

int
hv_network_is_persistent(struct hv_network *net)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_persistent : NULL,
	    "virNetworkIsPersistent"))
		return -1;
	return d->is_persistent(net);
}

int
hv_network_get_autostart(struct hv_network *net, int *autostart)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_autostart : NULL,
	    "virNetworkGetAutostart"))
		return -1;
	return d->get_autostart(net, autostart);
}

int
hv_network_set_autostart(struct hv_network *net, int autostart)
{
	const struct hv_network_driver *d = ops(net->conn);

	hv_error_reset();
	if (!hv_api_writable(net->conn, HV_FROM_NETWORK,
	    "virNetworkSetAutostart") ||
	    !hv_api_supported(d ? d->set_autostart : NULL,
	    "virNetworkSetAutostart"))
		return -1;
	return d->set_autostart(net, autostart);
}
