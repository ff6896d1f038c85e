/*
 * The public node device API: the checks of the call's row in
 * api-list.h (hv_api_enter), then the driver's table.  Nothing here
 * changes state, so read-only connections may make every call.
 */
#include "hv-nodedev.h"

#include <stddef.h>
#include <stdlib.h>

#include "driver-nodedev.h"
#include "libhv.h"
#include "util/xalloc.h"

/* The driver's node device table after the checks of call id (libhv.h). */
#define enter(id, obj, args) hv_api_family((id), (obj), (args), \
	offsetof(struct hv_driver, nodedev))
/* The checks of call id, and that the driver has op. */
#define ENTER(d, id, obj, args, op) \
	HV_API_ENTER(d, enter(id, obj, args), id, op)

struct hv_nodedev *
hv_nodedev_new(struct hv_conn *conn, const char *name)
{
	struct hv_nodedev *d = xcalloc(1, sizeof(*d));

	d->conn = conn;
	d->name = xstrdup(name);
	return d;
}

void
hv_nodedev_free(struct hv_nodedev *dev)
{
	if (!dev)
		return;
	free(dev->name);
	free(dev);
}

void
hv_nodedev_list_free(struct hv_nodedev **devs, int n)
{
	int i;

	if (!devs)
		return;
	for (i = 0; i < n; i++)
		hv_nodedev_free(devs[i]);
	free(devs);
}

int
hv_conn_list_all_nodedevs(struct hv_conn *conn, struct hv_nodedev ***devs,
    unsigned int flags)
{
	const struct hv_nodedev_driver *d;
	struct hv_nodedev **tmp = NULL;
	int n;

	if (devs)
		*devs = NULL;
	if (!ENTER(d, HV_API_CONNECT_LIST_ALL_NODE_DEVICES, conn, NULL,
	    list_all))
		return -1;
	if (devs)
		return d->list_all(conn, devs, flags);
	/* no array wanted: only the count */
	n = d->list_all(conn, &tmp, flags);
	hv_nodedev_list_free(tmp, n > 0 ? n : 0);
	return n;
}

struct hv_nodedev *
hv_nodedev_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_LOOKUP_BY_NAME, conn,
	    HV_API_ARGS(name), lookup_by_name))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_nodedev *
hv_nodedev_lookup_scsi_host_by_wwn(struct hv_conn *conn, const char *wwnn,
    const char *wwpn, unsigned int flags)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN, conn,
	    HV_API_ARGS(wwnn, wwpn), lookup_scsi_host_by_wwn))
		return NULL;
	return d->lookup_scsi_host_by_wwn(conn, wwnn, wwpn, flags);
}

char *
hv_nodedev_get_xml_desc(struct hv_nodedev *dev, unsigned int flags)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_GET_XML_DESC, dev, NULL, get_xml_desc))
		return NULL;
	return d->get_xml_desc(dev, flags);
}

char *
hv_nodedev_get_parent(struct hv_nodedev *dev)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_GET_PARENT, dev, NULL, get_parent))
		return NULL;
	return d->get_parent(dev);
}

int
hv_nodedev_is_active(struct hv_nodedev *dev)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_IS_ACTIVE, dev, NULL, is_active))
		return -1;
	return d->is_active(dev);
}

int
hv_nodedev_is_persistent(struct hv_nodedev *dev)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_IS_PERSISTENT, dev,
	    NULL, is_persistent))
		return -1;
	return d->is_persistent(dev);
}

int
hv_nodedev_get_autostart(struct hv_nodedev *dev, int *autostart)
{
	const struct hv_nodedev_driver *d;

	if (!ENTER(d, HV_API_NODE_DEVICE_GET_AUTOSTART, dev,
	    HV_API_ARGS(autostart), get_autostart))
		return -1;
	return d->get_autostart(dev, autostart);
}
