/*
 * The public host interface API: the checks of the call's row in
 * api-list.h (hv_api_enter), then the driver's table.  Nothing here
 * writes, so read-only connections may make every call.
 */
#include "hv-iface.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "driver-iface.h"
#include "libhv.h"
#include "util/xalloc.h"

/* The driver's iface table after the checks of call id (libhv.h). */
#define enter(id, obj, args) hv_api_family((id), (obj), (args), \
	offsetof(struct hv_driver, iface))
/* The checks of call id, and that the driver has op. */
#define ENTER(d, id, obj, args, op) \
	HV_API_ENTER(d, enter(id, obj, args), id, op)

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
	const struct hv_iface_driver *d;
	struct hv_iface **tmp = NULL;
	int n;

	if (ifaces)
		*ifaces = NULL;
	if (!ENTER(d, HV_API_CONNECT_LIST_ALL_INTERFACES, conn, NULL,
	    list_all))
		return -1;
	if (ifaces)
		return d->list_all(conn, ifaces, flags);
	/* no array wanted: only the count */
	n = d->list_all(conn, &tmp, flags);
	hv_iface_list_free(tmp, n > 0 ? n : 0);
	return n;
}

struct hv_iface *
hv_iface_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_iface_driver *d;

	if (!ENTER(d, HV_API_INTERFACE_LOOKUP_BY_NAME, conn,
	    HV_API_ARGS(name), lookup_by_name))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_iface *
hv_iface_lookup_by_mac_string(struct hv_conn *conn, const char *mac)
{
	const struct hv_iface_driver *d;

	if (!ENTER(d, HV_API_INTERFACE_LOOKUP_BY_MAC_STRING, conn,
	    HV_API_ARGS(mac), lookup_by_mac))
		return NULL;
	return d->lookup_by_mac(conn, mac);
}

char *
hv_iface_get_xml_desc(struct hv_iface *iface, unsigned int flags)
{
	const struct hv_iface_driver *d;

	if (!ENTER(d, HV_API_INTERFACE_GET_XML_DESC, iface, NULL, get_xml_desc))
		return NULL;
	return d->get_xml_desc(iface, flags);
}

int
hv_iface_is_active(struct hv_iface *iface)
{
	const struct hv_iface_driver *d;

	if (!ENTER(d, HV_API_INTERFACE_IS_ACTIVE, iface, NULL, is_active))
		return -1;
	return d->is_active(iface);
}
