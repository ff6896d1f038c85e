/*
 * The public node device API: reset the error, then the driver's table.
 * Nothing here changes state, so there is no read-only check.
 */
#include "hv-nodedev.h"

#include <stdlib.h>

#include "driver-nodedev.h"
#include "libhv.h"
#include "util/xalloc.h"

static const struct hv_nodedev_driver *
ops(struct hv_conn *conn)
{
	return conn && conn->driver ? conn->driver->nodedev : NULL;
}

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
	const struct hv_nodedev_driver *d = ops(conn);

	hv_error_reset();
	*devs = NULL;
	if (!hv_api_supported(d ? d->list_all : NULL,
	    "virConnectListAllNodeDevices"))
		return -1;
	return d->list_all(conn, devs, flags);
}

struct hv_nodedev *
hv_nodedev_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_nodedev_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_name : NULL,
	    "virNodeDeviceLookupByName"))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_nodedev *
hv_nodedev_lookup_scsi_host_by_wwn(struct hv_conn *conn, const char *wwnn,
    const char *wwpn, unsigned int flags)
{
	const struct hv_nodedev_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_scsi_host_by_wwn : NULL,
	    "virNodeDeviceLookupSCSIHostByWWN"))
		return NULL;
	return d->lookup_scsi_host_by_wwn(conn, wwnn, wwpn, flags);
}

char *
hv_nodedev_get_xml_desc(struct hv_nodedev *dev, unsigned int flags)
{
	const struct hv_nodedev_driver *d = ops(dev->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_xml_desc : NULL,
	    "virNodeDeviceGetXMLDesc"))
		return NULL;
	return d->get_xml_desc(dev, flags);
}

char *
hv_nodedev_get_parent(struct hv_nodedev *dev)
{
	const struct hv_nodedev_driver *d = ops(dev->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_parent : NULL,
	    "virNodeDeviceGetParent"))
		return NULL;
	return d->get_parent(dev);
}

int
hv_nodedev_is_active(struct hv_nodedev *dev)
{
	const struct hv_nodedev_driver *d = ops(dev->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_active : NULL, "virNodeDeviceIsActive"))
		return -1;
	return d->is_active(dev);
}

int
hv_nodedev_is_persistent(struct hv_nodedev *dev)
{
	const struct hv_nodedev_driver *d = ops(dev->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_persistent : NULL,
	    "virNodeDeviceIsPersistent"))
		return -1;
	return d->is_persistent(dev);
}

int
hv_nodedev_get_autostart(struct hv_nodedev *dev, int *autostart)
{
	const struct hv_nodedev_driver *d = ops(dev->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_autostart : NULL,
	    "virNodeDeviceGetAutostart"))
		return -1;
	return d->get_autostart(dev, autostart);
}
