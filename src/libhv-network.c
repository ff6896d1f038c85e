/*
 * The public network API: the checks of the call's row in api-list.h
 * (hv_api_enter), then the driver's table.
 */
#include "hv-network.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "driver-network.h"
#include "libhv.h"
#include "util/xalloc.h"

/* The driver's network table after the checks of call id (libhv.h). */
#define enter(id, obj, args) hv_api_family((id), (obj), (args), \
	offsetof(struct hv_driver, network))
/* The checks of call id, and that the driver has op. */
#define ENTER(d, id, obj, args, op) \
	HV_API_ENTER(d, enter(id, obj, args), id, op)

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
	const struct hv_network_driver *d;
	struct hv_network **tmp = NULL;
	int n;

	if (nets)
		*nets = NULL;
	if (!ENTER(d, HV_API_CONNECT_LIST_ALL_NETWORKS, conn, NULL, list_all))
		return -1;
	if (nets)
		return d->list_all(conn, nets, flags);
	/* no array wanted: only the count */
	n = d->list_all(conn, &tmp, flags);
	hv_network_list_free(tmp, n > 0 ? n : 0);
	return n;
}

struct hv_network *
hv_network_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_LOOKUP_BY_NAME, conn, HV_API_ARGS(name),
	    lookup_by_name))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_network *
hv_network_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_LOOKUP_BY_UUID, conn, HV_API_ARGS(uuid),
	    lookup_by_uuid))
		return NULL;
	return d->lookup_by_uuid(conn, uuid);
}

struct hv_network *
hv_network_lookup_by_uuid_string(struct hv_conn *conn, const char *s)
{
	enum hv_api id = HV_API_NETWORK_LOOKUP_BY_UUID_STRING;
	unsigned char uuid[HV_UUID_BUFLEN];

	if (enter(id, conn, HV_API_ARGS(s)) == NULL)
		return NULL;
	if (hv_uuid_parse(s, uuid) < 0) {
		hv_api_bad_arg(id, "uuidstr", "must be a valid UUID");
		return NULL;
	}
	return hv_network_lookup_by_uuid(conn, uuid);
}

struct hv_network *
hv_network_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, flags ? HV_API_NETWORK_DEFINE_XML_FLAGS :
	    HV_API_NETWORK_DEFINE_XML, conn, HV_API_ARGS(xml), define_xml))
		return NULL;
	return d->define_xml(conn, xml, flags);
}

struct hv_network *
hv_network_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, flags ? HV_API_NETWORK_CREATE_XML_FLAGS :
	    HV_API_NETWORK_CREATE_XML, conn, HV_API_ARGS(xml), create_xml))
		return NULL;
	return d->create_xml(conn, xml, flags);
}

/* ---- one network ------------------------------------------------------ */

int
hv_network_undefine(struct hv_network *net)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_UNDEFINE, net, NULL, undefine))
		return -1;
	return d->undefine(net);
}

int
hv_network_create(struct hv_network *net)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_CREATE, net, NULL, create))
		return -1;
	return d->create(net);
}

int
hv_network_destroy(struct hv_network *net)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_DESTROY, net, NULL, destroy))
		return -1;
	return d->destroy(net);
}

char *
hv_network_get_xml_desc(struct hv_network *net, unsigned int flags)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_GET_XML_DESC, net, NULL, get_xml_desc))
		return NULL;
	return d->get_xml_desc(net, flags);
}

char *
hv_network_get_bridge_name(struct hv_network *net)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_GET_BRIDGE_NAME, net, NULL,
	    get_bridge_name))
		return NULL;
	return d->get_bridge_name(net);
}

int
hv_network_is_active(struct hv_network *net)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_IS_ACTIVE, net, NULL, is_active))
		return -1;
	return d->is_active(net);
}

int
hv_network_is_persistent(struct hv_network *net)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_IS_PERSISTENT, net, NULL,
	    is_persistent))
		return -1;
	return d->is_persistent(net);
}

int
hv_network_get_autostart(struct hv_network *net, int *autostart)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_GET_AUTOSTART, net,
	    HV_API_ARGS(autostart), get_autostart))
		return -1;
	return d->get_autostart(net, autostart);
}

int
hv_network_set_autostart(struct hv_network *net, int autostart)
{
	const struct hv_network_driver *d;

	if (!ENTER(d, HV_API_NETWORK_SET_AUTOSTART, net, NULL, set_autostart))
		return -1;
	return d->set_autostart(net, autostart);
}
