/*
 * remote-iface.c: the remote driver's host interface operations, each
 * an RPC call (see remote.h).
 */
#include "drivers/remote/remote.h"
#include "util/xalloc.h"

static struct hv_iface *
iface_of(struct hv_conn *conn, const remote_nonnull_interface *i)
{
	return hv_iface_new(conn, i->name, i->mac);
}

static void
iface_to(remote_nonnull_interface *i, const struct hv_iface *iface)
{
	i->name = iface->name;
	i->mac = iface->mac;
}

/* A look-up by a string, whose answer is an interface. */
static struct hv_iface *
call_for_iface(struct hv_conn *conn, int proc, const char *key)
{
	remote_name_only args = { (char *)key };
	remote_one_interface ret;
	struct hv_iface *iface;

	if (remote_call(conn, proc, &args, &ret) < 0)
		return NULL;
	iface = iface_of(conn, &ret.iface);
	REMOTE_FREE_RET(remote_one_interface, &ret);
	return iface;
}

static int
remote_list_all(struct hv_conn *conn, struct hv_iface ***ifaces,
    unsigned int flags)
{
	struct remote_connect_list_all_interfaces_args args = { 1, flags };
	struct remote_connect_list_all_interfaces_ret ret;
	struct hv_iface **list;
	unsigned int n;

	if (remote_call(conn, REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES, &args,
	    &ret) < 0)
		return -1;
	n = ret.ifaces.ifaces_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = iface_of(conn, &ret.ifaces.ifaces_val[i]);
	REMOTE_FREE_RET(remote_connect_list_all_interfaces_ret, &ret);
	*ifaces = list;
	return (int)n;
}

static struct hv_iface *
remote_lookup_by_name(struct hv_conn *conn, const char *name)
{
	return call_for_iface(conn, REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME,
	    name);
}

static struct hv_iface *
remote_lookup_by_mac(struct hv_conn *conn, const char *mac)
{
	return call_for_iface(conn, REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING,
	    mac);
}

static char *
remote_get_xml_desc(struct hv_iface *iface, unsigned int flags)
{
	struct remote_interface_get_xml_desc_args args;

	iface_to(&args.iface, iface);
	args.flags = flags;
	return remote_call_string(iface->conn,
	    REMOTE_PROC_INTERFACE_GET_XML_DESC, &args);
}

static int
remote_is_active(struct hv_iface *iface)
{
	struct remote_interface_is_active_args args;

	iface_to(&args.iface, iface);
	return remote_call_int(iface->conn, REMOTE_PROC_INTERFACE_IS_ACTIVE,
	    &args);
}

const struct hv_iface_driver remote_iface_driver = {
	.list_all = remote_list_all,
	.lookup_by_name = remote_lookup_by_name,
	.lookup_by_mac = remote_lookup_by_mac,
	.get_xml_desc = remote_get_xml_desc,
	.is_active = remote_is_active,
};
