/*
 * remote-network.c: the remote driver's network operations, each an RPC
 * call (see remote.h).  Definitions and creations without flags go out
 * as libvirt's calls without flags, as in remote-domain.c.
 */
#include <string.h>

#include "drivers/remote/remote.h"
#include "util/xalloc.h"

static struct hv_network *
network_of(struct hv_conn *conn, const remote_nonnull_network *n)
{
	return hv_network_new(conn, n->name, (const unsigned char *)n->uuid);
}

static void
network_to(remote_nonnull_network *n, const struct hv_network *net)
{
	n->name = net->name;
	memcpy(n->uuid, net->uuid, sizeof(n->uuid));
}

/* A procedure whose arguments are remote_network_only. */
static int
call_net(struct hv_network *net, int proc, void *ret)
{
	remote_network_only args;

	network_to(&args.net, net);
	return remote_call(net->conn, proc, &args, ret);
}

/* A procedure whose answer is a network. */
static struct hv_network *
call_for_net(struct hv_conn *conn, int proc, const void *args)
{
	remote_one_network ret;
	struct hv_network *net;

	if (remote_call(conn, proc, args, &ret) < 0)
		return NULL;
	net = network_of(conn, &ret.net);
	REMOTE_FREE_RET(remote_one_network, &ret);
	return net;
}

/* A procedure of remote_network_only whose answer is remote_one_int. */
static int
call_net_int(struct hv_network *net, int proc)
{
	remote_network_only args;

	network_to(&args.net, net);
	return remote_call_int(net->conn, proc, &args);
}

static int
remote_list_all(struct hv_conn *conn, struct hv_network ***nets,
    unsigned int flags)
{
	struct remote_connect_list_all_networks_args args = { 1, flags };
	struct remote_connect_list_all_networks_ret ret;
	struct hv_network **list;
	unsigned int n;

	if (remote_call(conn, REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS, &args,
	    &ret) < 0)
		return -1;
	n = ret.nets.nets_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = network_of(conn, &ret.nets.nets_val[i]);
	REMOTE_FREE_RET(remote_connect_list_all_networks_ret, &ret);
	*nets = list;
	return (int)n;
}

static struct hv_network *
remote_lookup_by_name(struct hv_conn *conn, const char *name)
{
	remote_name_only args = { (char *)name };

	return call_for_net(conn, REMOTE_PROC_NETWORK_LOOKUP_BY_NAME, &args);
}

static struct hv_network *
remote_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct remote_network_lookup_by_uuid_args args;

	memcpy(args.uuid, uuid, sizeof(args.uuid));
	return call_for_net(conn, REMOTE_PROC_NETWORK_LOOKUP_BY_UUID, &args);
}

static struct hv_network *
remote_define_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct remote_network_define_xml_flags_args args = { (char *)xml,
	    flags };

	if (flags == 0)
		return call_for_net(conn, REMOTE_PROC_NETWORK_DEFINE_XML,
		    &args);
	return call_for_net(conn, REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS,
	    &args);
}

static struct hv_network *
remote_create_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct remote_network_create_xml_flags_args args = { (char *)xml,
	    flags };

	if (flags == 0)
		return call_for_net(conn, REMOTE_PROC_NETWORK_CREATE_XML,
		    &args);
	return call_for_net(conn, REMOTE_PROC_NETWORK_CREATE_XML_FLAGS,
	    &args);
}

static int
remote_undefine(struct hv_network *net)
{
	return call_net(net, REMOTE_PROC_NETWORK_UNDEFINE, NULL);
}

static int
remote_create(struct hv_network *net)
{
	return call_net(net, REMOTE_PROC_NETWORK_CREATE, NULL);
}

static int
remote_destroy(struct hv_network *net)
{
	return call_net(net, REMOTE_PROC_NETWORK_DESTROY, NULL);
}

static char *
remote_get_xml_desc(struct hv_network *net, unsigned int flags)
{
	struct remote_network_get_xml_desc_args args;

	network_to(&args.net, net);
	args.flags = flags;
	return remote_call_string(net->conn, REMOTE_PROC_NETWORK_GET_XML_DESC,
	    &args);
}

static char *
remote_get_bridge_name(struct hv_network *net)
{
	remote_network_only args;

	network_to(&args.net, net);
	return remote_call_string(net->conn,
	    REMOTE_PROC_NETWORK_GET_BRIDGE_NAME, &args);
}

static int
remote_is_active(struct hv_network *net)
{
	return call_net_int(net, REMOTE_PROC_NETWORK_IS_ACTIVE);
}

static int
remote_is_persistent(struct hv_network *net)
{
	return call_net_int(net, REMOTE_PROC_NETWORK_IS_PERSISTENT);
}

static int
remote_get_autostart(struct hv_network *net, int *autostart)
{
	int v = call_net_int(net, REMOTE_PROC_NETWORK_GET_AUTOSTART);

	if (v == -1)
		return -1;
	*autostart = v;
	return 0;
}

static int
remote_set_autostart(struct hv_network *net, int autostart)
{
	struct remote_network_set_autostart_args args;

	network_to(&args.net, net);
	args.autostart = autostart;
	return remote_call(net->conn, REMOTE_PROC_NETWORK_SET_AUTOSTART, &args,
	    NULL);
}

const struct hv_network_driver remote_network_driver = {
	.list_all = remote_list_all,
	.lookup_by_name = remote_lookup_by_name,
	.lookup_by_uuid = remote_lookup_by_uuid,
	.define_xml = remote_define_xml,
	.create_xml = remote_create_xml,
	.undefine = remote_undefine,
	.create = remote_create,
	.destroy = remote_destroy,
	.get_xml_desc = remote_get_xml_desc,
	.get_bridge_name = remote_get_bridge_name,
	.is_active = remote_is_active,
	.is_persistent = remote_is_persistent,
	.get_autostart = remote_get_autostart,
	.set_autostart = remote_set_autostart,
};
