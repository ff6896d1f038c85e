/*
 * remote-nodedev.c: the remote driver's node device operations, each an
 * RPC call (see remote.h).  libvirt's procedures name a device by its
 * bare name (remote_name_only), not by remote_nonnull_node_device.
 */
#include <stdlib.h>

#include "drivers/remote/remote.h"
#include "util/xalloc.h"

/* A procedure of remote_name_only on dev whose answer is remote_one_int. */
static int
call_dev_int(struct hv_nodedev *dev, int proc)
{
	remote_name_only args = { dev->name };

	return remote_call_int(dev->conn, proc, &args);
}

static int
remote_list_all(struct hv_conn *conn, struct hv_nodedev ***devs,
    unsigned int flags)
{
	struct remote_connect_list_all_node_devices_args args = { 1, flags };
	struct remote_connect_list_all_node_devices_ret ret;
	struct hv_nodedev **list;
	unsigned int n;

	if (remote_call(conn, REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES, &args,
	    &ret) < 0)
		return -1;
	n = ret.devices.devices_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = hv_nodedev_new(conn, ret.devices.devices_val[i].name);
	REMOTE_FREE_RET(remote_connect_list_all_node_devices_ret, &ret);
	*devs = list;
	return (int)n;
}

/* A procedure whose answer is a node device. */
static struct hv_nodedev *
call_for_dev(struct hv_conn *conn, int proc, const void *args)
{
	remote_one_node_device ret;
	struct hv_nodedev *dev;

	if (remote_call(conn, proc, args, &ret) < 0)
		return NULL;
	dev = hv_nodedev_new(conn, ret.dev.name);
	REMOTE_FREE_RET(remote_one_node_device, &ret);
	return dev;
}

static struct hv_nodedev *
remote_lookup_by_name(struct hv_conn *conn, const char *name)
{
	remote_name_only args = { (char *)name };

	return call_for_dev(conn, REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME,
	    &args);
}

static struct hv_nodedev *
remote_lookup_scsi_host_by_wwn(struct hv_conn *conn, const char *wwnn,
    const char *wwpn, unsigned int flags)
{
	struct remote_node_device_lookup_scsi_host_by_wwn_args args = {
	    (char *)wwnn, (char *)wwpn, flags };

	return call_for_dev(conn,
	    REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN, &args);
}

static char *
remote_get_xml_desc(struct hv_nodedev *dev, unsigned int flags)
{
	struct remote_node_device_get_xml_desc_args args = { dev->name,
	    flags };

	return remote_call_string(dev->conn,
	    REMOTE_PROC_NODE_DEVICE_GET_XML_DESC, &args);
}

/* NULL with no error set when the daemon answers no parent. */
static char *
remote_get_parent(struct hv_nodedev *dev)
{
	remote_name_only args = { dev->name };
	struct remote_node_device_get_parent_ret ret;
	char *parent;

	if (remote_call(dev->conn, REMOTE_PROC_NODE_DEVICE_GET_PARENT, &args,
	    &ret) < 0)
		return NULL;
	parent = ret.parent ? xstrdup(*ret.parent) : NULL;
	REMOTE_FREE_RET(remote_node_device_get_parent_ret, &ret);
	return parent;
}

static int
remote_is_active(struct hv_nodedev *dev)
{
	return call_dev_int(dev, REMOTE_PROC_NODE_DEVICE_IS_ACTIVE);
}

static int
remote_is_persistent(struct hv_nodedev *dev)
{
	return call_dev_int(dev, REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT);
}

static int
remote_get_autostart(struct hv_nodedev *dev, int *autostart)
{
	int v = call_dev_int(dev, REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART);

	if (v == -1)
		return -1;
	*autostart = v;
	return 0;
}

const struct hv_nodedev_driver remote_nodedev_driver = {
	.list_all = remote_list_all,
	.lookup_by_name = remote_lookup_by_name,
	.lookup_scsi_host_by_wwn = remote_lookup_scsi_host_by_wwn,
	.get_xml_desc = remote_get_xml_desc,
	.get_parent = remote_get_parent,
	.is_active = remote_is_active,
	.is_persistent = remote_is_persistent,
	.get_autostart = remote_get_autostart,
};
