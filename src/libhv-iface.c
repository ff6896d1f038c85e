/*
 * The public host interface API: reset the error, then hand over to the
 * driver's table.  Nothing here writes, so read-only connections may
 * make every call.
 */
#include "hv-iface.h"

#include <stdlib.h>
#include <string.h>

#include "driver-iface.h"
#include "libhv.h"
#include "util/xalloc.h"

static const struct hv_iface_driver *
ops(struct hv_conn *conn)
{
	return conn && conn->driver ? conn->driver->iface : NULL;
}

struct hv_iface *
hv_iface_new(struct hv_conn *conn, const char *name, const char *mac)
{
	struct hv_iface *i = xcalloc(1, sizeof(*i));

	i->conn = conn;
	i->name = xstrdup(name);
	i->mac = xstrdup(mac ? mac : "");
	return i;
}

void
hv_iface_free(struct hv_iface *iface)
{
	if (iface == NULL)
		return;
	free(iface->name);
	free(iface->mac);
	free(iface);
}

void
hv_iface_list_free(struct hv_iface **ifaces, int n)
{
	if (ifaces == NULL)
		return;
	for (int i = 0; i < n; i++)
		hv_iface_free(ifaces[i]);
	free(ifaces);
}

int
hv_conn_list_all_ifaces(struct hv_conn *conn, struct hv_iface ***ifaces,
    unsigned int flags)
{
	const struct hv_iface_driver *d = ops(conn);

	hv_error_reset();
	*ifaces = NULL;
	if (!hv_api_supported(d ? d->list_all : NULL,
	    "virConnectListAllInterfaces"))
		return -1;
	return d->list_all(conn, ifaces, flags);
}

struct hv_iface *
hv_iface_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_iface_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_name : NULL,
	    "virInterfaceLookupByName"))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_iface *
hv_iface_lookup_by_mac_string(struct hv_conn *conn, const char *mac)
{
	const struct hv_iface_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_mac : NULL,
	    "virInterfaceLookupByMACString"))
		return NULL;
	return d->lookup_by_mac(conn, mac);
}

char *
hv_iface_get_xml_desc(struct hv_iface *iface, unsigned int flags)
{
	const struct hv_iface_driver *d = ops(iface->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_xml_desc : NULL,
	    "virInterfaceGetXMLDesc"))
		return NULL;
	return d->get_xml_desc(iface, flags);
}

int
hv_iface_is_active(struct hv_iface *iface)
{
	const struct hv_iface_driver *d = ops(iface->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_active : NULL, "virInterfaceIsActive"))
		return -1;
	return d->is_active(iface);
}
