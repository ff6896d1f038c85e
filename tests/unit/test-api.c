/*
 * test-api: every call of the public API against its row in
 * src/api-list.h.  Each call is made with a NULL object, with each of
 * its required arguments NULL in turn, and, when it changes state,
 * through a read-only connection; each must fail cleanly with
 * libvirt's text naming the row's API.  The public headers are read to
 * check that every function they declare has a row.
 */
#include <limits.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "hv-iface.h"
#include "hv-network.h"
#include "hv-nodedev.h"
#include "hv-storage.h"
#include "hv.h"
#include "libhv.h"
#include "unit.h"

/* What a call is made with: objects, and its required arguments. */
struct objs {
	struct hv_conn *conn;
	struct hv_domain *dom;
	struct hv_network *net;
	struct hv_pool *pool;
	struct hv_vol *vol;
	struct hv_iface *iface;
	struct hv_nodedev *dev;
	void *arg[3];		/* in the order of the row's ARGS */
	const char *fn;		/* the function the call went to */
};

/* Room for any argument a call writes into; "x" as a string. */
static alignas(max_align_t) char scratch[3][4096] = { "x", "x", "x" };

#define CALL(f, ...) (o->fn = #f, (void)f(__VA_ARGS__))
#define A0 (o->arg[0])
#define A1 (o->arg[1])

/*
 * Make call id.  A switch without default: a row without its case here
 * does not compile (-Wswitch).
 */
static void
call(enum hv_api id, struct objs *o)
{
	struct hv_mem_stat stats[1];

	switch (id) {
	case HV_API_CONNECT_GET_URI:
		CALL(hv_conn_get_uri, o->conn);
		break;
	case HV_API_CONNECT_GET_TYPE:
		CALL(hv_conn_get_type, o->conn);
		break;
	case HV_API_CONNECT_GET_VERSION:
		CALL(hv_conn_get_version, o->conn, A0);
		break;
	case HV_API_CONNECT_GET_LIB_VERSION:
		CALL(hv_conn_get_lib_version, o->conn, A0);
		break;
	case HV_API_CONNECT_GET_HOSTNAME:
		CALL(hv_conn_get_hostname, o->conn);
		break;
	case HV_API_CONNECT_GET_SYSINFO:
		CALL(hv_conn_get_sysinfo, o->conn, 0);
		break;
	case HV_API_CONNECT_GET_CAPABILITIES:
		CALL(hv_conn_get_capabilities, o->conn);
		break;
	case HV_API_CONNECT_GET_MAX_VCPUS:
		CALL(hv_conn_get_max_vcpus, o->conn, NULL);
		break;
	case HV_API_NODE_GET_INFO:
		CALL(hv_node_get_info, o->conn, A0);
		break;
	case HV_API_NODE_GET_CELLS_FREE_MEMORY:
		CALL(hv_node_get_cells_free_memory, o->conn, A0, 0, 1);
		break;
	case HV_API_NODE_GET_FREE_MEMORY:
		CALL(hv_node_get_free_memory, o->conn, A0);
		break;
	case HV_API_NODE_GET_SECURITY_MODEL:
		CALL(hv_node_get_security_model, o->conn, A0);
		break;
	case HV_API_CONNECT_SET_KEEPALIVE:
		CALL(hv_conn_set_keepalive, o->conn, 5, 6);
		break;

	case HV_API_CONNECT_LIST_ALL_DOMAINS:
		CALL(hv_conn_list_all_domains, o->conn, NULL, 0);
		break;
	case HV_API_DOMAIN_LOOKUP_BY_ID:
		CALL(hv_domain_lookup_by_id, o->conn, 1);
		break;
	case HV_API_DOMAIN_LOOKUP_BY_NAME:
		CALL(hv_domain_lookup_by_name, o->conn, A0);
		break;
	case HV_API_DOMAIN_LOOKUP_BY_UUID:
		CALL(hv_domain_lookup_by_uuid, o->conn, A0);
		break;
	case HV_API_DOMAIN_LOOKUP_BY_UUID_STRING:
		CALL(hv_domain_lookup_by_uuid_string, o->conn, A0);
		break;
	case HV_API_DOMAIN_DEFINE_XML:
		CALL(hv_domain_define_xml, o->conn, A0, 0);
		break;
	case HV_API_DOMAIN_DEFINE_XML_FLAGS:
		CALL(hv_domain_define_xml, o->conn, A0,
		    HV_DOMAIN_DEFINE_VALIDATE);
		break;
	case HV_API_DOMAIN_CREATE_XML:
		CALL(hv_domain_create_xml, o->conn, A0, 0);
		break;
	case HV_API_DOMAIN_RESTORE:
		CALL(hv_domain_restore, o->conn, A0, NULL, 0);
		break;
	case HV_API_DOMAIN_RESTORE_FLAGS:
		/* a replacement definition alone makes it the Flags API */
		CALL(hv_domain_restore, o->conn, A0, "<domain/>", 0);
		break;
	case HV_API_DOMAIN_UNDEFINE_FLAGS:
		CALL(hv_domain_undefine, o->dom, 0);
		break;
	case HV_API_DOMAIN_CREATE:
		CALL(hv_domain_create, o->dom, 0);
		break;
	case HV_API_DOMAIN_CREATE_WITH_FLAGS:
		CALL(hv_domain_create, o->dom, 1);
		break;
	case HV_API_DOMAIN_DESTROY:
		CALL(hv_domain_destroy, o->dom, 0);
		break;
	case HV_API_DOMAIN_DESTROY_FLAGS:
		CALL(hv_domain_destroy, o->dom, 1);
		break;
	case HV_API_DOMAIN_SHUTDOWN:
		CALL(hv_domain_shutdown, o->dom, 0);
		break;
	case HV_API_DOMAIN_SHUTDOWN_FLAGS:
		CALL(hv_domain_shutdown, o->dom, 1);
		break;
	case HV_API_DOMAIN_REBOOT:
		CALL(hv_domain_reboot, o->dom, 0);
		break;
	case HV_API_DOMAIN_RESET:
		CALL(hv_domain_reset, o->dom, 0);
		break;
	case HV_API_DOMAIN_SUSPEND:
		CALL(hv_domain_suspend, o->dom);
		break;
	case HV_API_DOMAIN_RESUME:
		CALL(hv_domain_resume, o->dom);
		break;
	case HV_API_DOMAIN_SAVE:
		CALL(hv_domain_save, o->dom, A0, NULL, 0);
		break;
	case HV_API_DOMAIN_SAVE_FLAGS:
		CALL(hv_domain_save, o->dom, A0, "<domain/>", 0);
		break;
	case HV_API_DOMAIN_MANAGED_SAVE:
		CALL(hv_domain_managed_save, o->dom, 0);
		break;
	case HV_API_DOMAIN_MANAGED_SAVE_REMOVE:
		CALL(hv_domain_managed_save_remove, o->dom, 0);
		break;
	case HV_API_DOMAIN_HAS_MANAGED_SAVE_IMAGE:
		CALL(hv_domain_has_managed_save, o->dom, 0);
		break;
	case HV_API_DOMAIN_GET_INFO:
		CALL(hv_domain_get_info, o->dom, A0);
		break;
	case HV_API_DOMAIN_GET_STATE:
		CALL(hv_domain_get_state, o->dom, A0, NULL, 0);
		break;
	case HV_API_DOMAIN_GET_XML_DESC:
		CALL(hv_domain_get_xml_desc, o->dom, 0);
		break;
	case HV_API_DOMAIN_GET_OS_TYPE:
		CALL(hv_domain_get_os_type, o->dom);
		break;
	case HV_API_DOMAIN_GET_HOSTNAME:
		CALL(hv_domain_get_hostname, o->dom, 0);
		break;
	case HV_API_DOMAIN_IS_ACTIVE:
		CALL(hv_domain_is_active, o->dom);
		break;
	case HV_API_DOMAIN_IS_PERSISTENT:
		CALL(hv_domain_is_persistent, o->dom);
		break;
	case HV_API_DOMAIN_GET_AUTOSTART:
		CALL(hv_domain_get_autostart, o->dom, A0);
		break;
	case HV_API_DOMAIN_SET_AUTOSTART:
		CALL(hv_domain_set_autostart, o->dom, 1);
		break;
	case HV_API_DOMAIN_SET_MEMORY_FLAGS:
		CALL(hv_domain_set_memory, o->dom, 1024, 0);
		break;
	case HV_API_DOMAIN_SET_VCPUS:
		CALL(hv_domain_set_vcpus, o->dom, 1);
		break;
	case HV_API_DOMAIN_SET_VCPUS_FLAGS:
		CALL(hv_domain_set_vcpus_flags, o->dom, 1, 0);
		break;
	case HV_API_DOMAIN_GET_VCPUS_FLAGS:
		CALL(hv_domain_get_vcpus, o->dom, 0);
		break;
	case HV_API_DOMAIN_GET_SECURITY_LABEL:
		CALL(hv_domain_get_security_label, o->dom, A0);
		break;
	case HV_API_DOMAIN_SET_MEMORY_STATS_PERIOD:
		CALL(hv_domain_set_memory_stats_period, o->dom, 1, 0);
		break;
	case HV_API_DOMAIN_MEMORY_STATS:
		CALL(hv_domain_memory_stats, o->dom, stats, 1, 0);
		break;
	case HV_API_DOMAIN_GET_BLOCK_INFO:
		CALL(hv_domain_get_block_info, o->dom, A0, A1, 0);
		break;
	case HV_API_DOMAIN_GET_MESSAGES:
		CALL(hv_domain_get_messages, o->dom, A0, 0);
		break;
	case HV_API_DOMAIN_GET_METADATA:
		CALL(hv_domain_get_metadata, o->dom,
		    HV_DOMAIN_METADATA_DESCRIPTION, NULL, 0);
		break;
	case HV_API_DOMAIN_SET_METADATA:
		CALL(hv_domain_set_metadata, o->dom,
		    HV_DOMAIN_METADATA_DESCRIPTION, "x", NULL, NULL, 0);
		break;

	case HV_API_CONNECT_LIST_ALL_NETWORKS:
		CALL(hv_conn_list_all_networks, o->conn, NULL, 0);
		break;
	case HV_API_NETWORK_LOOKUP_BY_NAME:
		CALL(hv_network_lookup_by_name, o->conn, A0);
		break;
	case HV_API_NETWORK_LOOKUP_BY_UUID:
		CALL(hv_network_lookup_by_uuid, o->conn, A0);
		break;
	case HV_API_NETWORK_LOOKUP_BY_UUID_STRING:
		CALL(hv_network_lookup_by_uuid_string, o->conn, A0);
		break;
	case HV_API_NETWORK_DEFINE_XML:
		CALL(hv_network_define_xml, o->conn, A0, 0);
		break;
	case HV_API_NETWORK_DEFINE_XML_FLAGS:
		CALL(hv_network_define_xml, o->conn, A0, 1);
		break;
	case HV_API_NETWORK_CREATE_XML:
		CALL(hv_network_create_xml, o->conn, A0, 0);
		break;
	case HV_API_NETWORK_CREATE_XML_FLAGS:
		CALL(hv_network_create_xml, o->conn, A0, 1);
		break;
	case HV_API_NETWORK_UNDEFINE:
		CALL(hv_network_undefine, o->net);
		break;
	case HV_API_NETWORK_CREATE:
		CALL(hv_network_create, o->net);
		break;
	case HV_API_NETWORK_DESTROY:
		CALL(hv_network_destroy, o->net);
		break;
	case HV_API_NETWORK_GET_XML_DESC:
		CALL(hv_network_get_xml_desc, o->net, 0);
		break;
	case HV_API_NETWORK_GET_BRIDGE_NAME:
		CALL(hv_network_get_bridge_name, o->net);
		break;
	case HV_API_NETWORK_IS_ACTIVE:
		CALL(hv_network_is_active, o->net);
		break;
	case HV_API_NETWORK_IS_PERSISTENT:
		CALL(hv_network_is_persistent, o->net);
		break;
	case HV_API_NETWORK_GET_AUTOSTART:
		CALL(hv_network_get_autostart, o->net, A0);
		break;
	case HV_API_NETWORK_SET_AUTOSTART:
		CALL(hv_network_set_autostart, o->net, 1);
		break;

	case HV_API_CONNECT_LIST_ALL_STORAGE_POOLS:
		CALL(hv_conn_list_all_storage_pools, o->conn, NULL, 0);
		break;
	case HV_API_STORAGE_POOL_LOOKUP_BY_NAME:
		CALL(hv_pool_lookup_by_name, o->conn, A0);
		break;
	case HV_API_STORAGE_POOL_LOOKUP_BY_UUID:
		CALL(hv_pool_lookup_by_uuid, o->conn, A0);
		break;
	case HV_API_STORAGE_POOL_LOOKUP_BY_UUID_STRING:
		CALL(hv_pool_lookup_by_uuid_string, o->conn, A0);
		break;
	case HV_API_STORAGE_POOL_LOOKUP_BY_VOLUME:
		CALL(hv_pool_lookup_by_volume, o->vol);
		break;
	case HV_API_STORAGE_POOL_DEFINE_XML:
		CALL(hv_pool_define_xml, o->conn, A0, 0);
		break;
	case HV_API_STORAGE_POOL_CREATE_XML:
		CALL(hv_pool_create_xml, o->conn, A0, 0);
		break;
	case HV_API_STORAGE_POOL_UNDEFINE:
		CALL(hv_pool_undefine, o->pool);
		break;
	case HV_API_STORAGE_POOL_CREATE:
		CALL(hv_pool_create, o->pool, 0);
		break;
	case HV_API_STORAGE_POOL_BUILD:
		CALL(hv_pool_build, o->pool, 0);
		break;
	case HV_API_STORAGE_POOL_DESTROY:
		CALL(hv_pool_destroy, o->pool);
		break;
	case HV_API_STORAGE_POOL_REFRESH:
		CALL(hv_pool_refresh, o->pool, 0);
		break;
	case HV_API_STORAGE_POOL_GET_INFO:
		CALL(hv_pool_get_info, o->pool, A0);
		break;
	case HV_API_STORAGE_POOL_GET_XML_DESC:
		CALL(hv_pool_get_xml_desc, o->pool, 0);
		break;
	case HV_API_STORAGE_POOL_GET_AUTOSTART:
		CALL(hv_pool_get_autostart, o->pool, A0);
		break;
	case HV_API_STORAGE_POOL_SET_AUTOSTART:
		CALL(hv_pool_set_autostart, o->pool, 1);
		break;
	case HV_API_STORAGE_POOL_IS_ACTIVE:
		CALL(hv_pool_is_active, o->pool);
		break;
	case HV_API_STORAGE_POOL_IS_PERSISTENT:
		CALL(hv_pool_is_persistent, o->pool);
		break;
	case HV_API_STORAGE_POOL_LIST_ALL_VOLUMES:
		CALL(hv_pool_list_all_volumes, o->pool, NULL, 0);
		break;
	case HV_API_STORAGE_VOL_LOOKUP_BY_NAME:
		CALL(hv_vol_lookup_by_name, o->pool, A0);
		break;
	case HV_API_STORAGE_VOL_LOOKUP_BY_KEY:
		CALL(hv_vol_lookup_by_key, o->conn, A0);
		break;
	case HV_API_STORAGE_VOL_LOOKUP_BY_PATH:
		CALL(hv_vol_lookup_by_path, o->conn, A0);
		break;
	case HV_API_STORAGE_VOL_CREATE_XML:
		CALL(hv_vol_create_xml, o->pool, A0, 0);
		break;
	case HV_API_STORAGE_VOL_DELETE:
		CALL(hv_vol_delete, o->vol, 0);
		break;
	case HV_API_STORAGE_VOL_WIPE:
		CALL(hv_vol_wipe, o->vol, 0);
		break;
	case HV_API_STORAGE_VOL_GET_INFO:
		CALL(hv_vol_get_info, o->vol, A0, 0);
		break;
	case HV_API_STORAGE_VOL_GET_INFO_FLAGS:
		CALL(hv_vol_get_info, o->vol, A0, 1);
		break;
	case HV_API_STORAGE_VOL_GET_XML_DESC:
		CALL(hv_vol_get_xml_desc, o->vol, 0);
		break;
	case HV_API_STORAGE_VOL_GET_PATH:
		CALL(hv_vol_get_path, o->vol);
		break;

	case HV_API_CONNECT_LIST_ALL_INTERFACES:
		CALL(hv_conn_list_all_ifaces, o->conn, NULL, 0);
		break;
	case HV_API_INTERFACE_LOOKUP_BY_NAME:
		CALL(hv_iface_lookup_by_name, o->conn, A0);
		break;
	case HV_API_INTERFACE_LOOKUP_BY_MAC_STRING:
		CALL(hv_iface_lookup_by_mac_string, o->conn, A0);
		break;
	case HV_API_INTERFACE_GET_XML_DESC:
		CALL(hv_iface_get_xml_desc, o->iface, 0);
		break;
	case HV_API_INTERFACE_IS_ACTIVE:
		CALL(hv_iface_is_active, o->iface);
		break;

	case HV_API_CONNECT_LIST_ALL_NODE_DEVICES:
		CALL(hv_conn_list_all_nodedevs, o->conn, NULL, 0);
		break;
	case HV_API_NODE_DEVICE_LOOKUP_BY_NAME:
		CALL(hv_nodedev_lookup_by_name, o->conn, A0);
		break;
	case HV_API_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN:
		CALL(hv_nodedev_lookup_scsi_host_by_wwn, o->conn, A0, A1, 0);
		break;
	case HV_API_NODE_DEVICE_GET_XML_DESC:
		CALL(hv_nodedev_get_xml_desc, o->dev, 0);
		break;
	case HV_API_NODE_DEVICE_GET_PARENT:
		CALL(hv_nodedev_get_parent, o->dev);
		break;
	case HV_API_NODE_DEVICE_IS_ACTIVE:
		CALL(hv_nodedev_is_active, o->dev);
		break;
	case HV_API_NODE_DEVICE_IS_PERSISTENT:
		CALL(hv_nodedev_is_persistent, o->dev);
		break;
	case HV_API_NODE_DEVICE_GET_AUTOSTART:
		CALL(hv_nodedev_get_autostart, o->dev, A0);
		break;

	case HV_API_LAST:
		break;
	}
}

static const char *
errmsg(void)
{
	const struct hv_error *e = hv_error_last();

	return e ? e->message : NULL;
}

static int
errcode(void)
{
	const struct hv_error *e = hv_error_last();

	return e ? e->code : 0;
}

static int
errdomain(void)
{
	const struct hv_error *e = hv_error_last();

	return e ? e->domain : -1;
}

/* The error must be want, code in domain from; a failure names the row. */
static void
expect_from(enum hv_api id, const char *what, int code, int from,
    const char *want)
{
	int ok = CHECK_STR(errmsg(), want) & CHECK_INT(errcode(), code) &
	    CHECK_INT(errdomain(), from);

	if (!ok)
		fprintf(stderr, "  (%s, %s)\n", hv_apis[id].name, what);
}

/* The same in the row's own error domain. */
static void
expect(enum hv_api id, const char *what, int code, const char *want)
{
	expect_from(id, what, code, hv_apis[id].from, want);
}

/* The objects of conn: real ones from test:///default where it has them. */
static void
objs_init(struct objs *o, struct hv_conn *conn)
{
	struct hv_iface **ifaces = NULL;
	struct hv_nodedev **devs = NULL;
	int ni, nd;

	memset(o, 0, sizeof(*o));
	o->conn = conn;
	o->dom = hv_domain_lookup_by_name(conn, "test");
	o->net = hv_network_lookup_by_name(conn, "default");
	o->pool = hv_pool_lookup_by_name(conn, "default-pool");
	o->vol = hv_vol_new(conn, "default-pool", "v", "/k");
	ni = hv_conn_list_all_ifaces(conn, &ifaces, 0);
	nd = hv_conn_list_all_nodedevs(conn, &devs, 0);
	o->iface = ni > 0 ? ifaces[0] : hv_iface_new(conn, "eth9", NULL);
	o->dev = nd > 0 ? devs[0] : hv_nodedev_new(conn, "computer");
	for (int i = 1; i < ni; i++)
		hv_iface_free(ifaces[i]);
	for (int i = 1; i < nd; i++)
		hv_nodedev_free(devs[i]);
	free(ifaces);
	free(devs);
	CHECK(o->dom && o->net && o->pool);
}

static void
objs_release(struct objs *o)
{
	hv_domain_free(o->dom);
	hv_network_free(o->net);
	hv_pool_free(o->pool);
	hv_vol_free(o->vol);
	hv_iface_free(o->iface);
	hv_nodedev_free(o->dev);
}

static void
set_args(struct objs *o, int null_at)
{
	for (int i = 0; i < 3; i++)
		o->arg[i] = i == null_at ? NULL : scratch[i];
}

/* The names of the row's required arguments; returns how many. */
static int
arg_names(enum hv_api id, char names[][32])
{
	const char *s = hv_apis[id].args;
	int n = 0;

	while (*s && n < 3) {
		size_t len;

		s += strspn(s, " ");
		len = strcspn(s, " ");
		if (len == 0)
			break;
		snprintf(names[n++], 32, "%.*s", (int)len, s);
		s += len;
	}
	return n;
}

static const struct {
	int code;
	const char *what;
} null_obj[] = {
	[HV_API_OBJ_CONN] = { HV_ERR_INVALID_CONN, "connection" },
	[HV_API_OBJ_DOMAIN] = { HV_ERR_INVALID_DOMAIN, "domain" },
	[HV_API_OBJ_NETWORK] = { HV_ERR_INVALID_NETWORK, "network" },
	[HV_API_OBJ_POOL] = { HV_ERR_INVALID_STORAGE_POOL, "storage pool" },
	[HV_API_OBJ_VOL] = { HV_ERR_INVALID_STORAGE_VOL, "storage volume" },
	[HV_API_OBJ_IFACE] = { HV_ERR_INVALID_INTERFACE, "interface" },
	[HV_API_OBJ_NODEDEV] = { HV_ERR_INVALID_NODE_DEVICE, "node device" },
};

/* Every row, its first argument NULL; each row's case calls its FN. */
static void
test_null_objects(void)
{
	struct objs o;
	char want[256];

	for (int id = 0; id < HV_API_LAST; id++) {
		memset(&o, 0, sizeof(o));
		set_args(&o, -1);
		call(id, &o);
		if (!CHECK_STR(o.fn, hv_apis[id].fn))
			fprintf(stderr, "  (%s)\n", hv_apis[id].name);
		snprintf(want, sizeof(want), "invalid %s pointer in %s",
		    null_obj[hv_apis[id].obj].what, hv_apis[id].name);
		/* libvirt's check of a domain pointer has its own domain */
		expect_from(id, "NULL object", null_obj[hv_apis[id].obj].code,
		    hv_apis[id].obj == HV_API_OBJ_DOMAIN ? HV_FROM_DOM :
		    hv_apis[id].from, want);
	}
}

/* Every required argument of every row NULL in turn. */
static void
test_null_args(struct hv_conn *conn)
{
	struct objs o;
	char names[3][32], want[256];
	int rows = 0;

	objs_init(&o, conn);
	for (int id = 0; id < HV_API_LAST; id++) {
		int n = arg_names(id, names);

		for (int k = 0; k < n; k++) {
			set_args(&o, k);
			call(id, &o);
			snprintf(want, sizeof(want),
			    "%s in %s must not be NULL", names[k],
			    hv_apis[id].name);
			expect(id, names[k], HV_ERR_INVALID_ARG, want);
		}
		rows += n > 0;
	}
	CHECK(rows > 40);
	/* libvirt 9.0: no room for statistics is none, and no error */
	CHECK_INT(hv_domain_memory_stats(o.dom, NULL, 0, 0), 0);
	CHECK_STR(errmsg(), NULL);
	objs_release(&o);
}

/* Every mutating row refused through a read-only connection. */
static void
test_read_only(void)
{
	struct hv_conn *ro = hv_conn_open("test:///default", HV_CONNECT_RO);
	struct objs o;
	char want[256];
	int rows = 0;

	if (!CHECK(ro != NULL))
		return;
	objs_init(&o, ro);
	set_args(&o, -1);
	for (int id = 0; id < HV_API_LAST; id++) {
		if (!(hv_apis[id].flags & HV_API_MUT))
			continue;
		call(id, &o);
		snprintf(want, sizeof(want),
		    "operation forbidden: read only access prevents %s",
		    hv_apis[id].name);
		expect(id, "read-only", HV_ERR_OPERATION_DENIED, want);
		rows++;
	}
	CHECK(rows > 30);
	objs_release(&o);
	hv_conn_close(ro);
}

/*
 * Texts read from libvirt 9.0 itself (the same calls through
 * libvirt.so), so that the table's names and argument names are held
 * against something outside it.
 */
static void
test_libvirt_texts(struct hv_conn *rw)
{
	static const struct {
		enum hv_api id;
		int null_at;	/* -1: NULL object; -2: read-only */
		const char *msg;
	} cases[] = {
		{ HV_API_NETWORK_UNDEFINE, -1,
		  "invalid network pointer in virNetworkUndefine" },
		{ HV_API_STORAGE_POOL_LOOKUP_BY_NAME, 0,
		  "name in virStoragePoolLookupByName must not be NULL" },
		{ HV_API_STORAGE_POOL_LOOKUP_BY_NAME, -1,
		  "invalid connection pointer in virStoragePoolLookupByName" },
		{ HV_API_DOMAIN_LOOKUP_BY_NAME, 0,
		  "name in virDomainLookupByName must not be NULL" },
		{ HV_API_INTERFACE_LOOKUP_BY_MAC_STRING, 0,
		  "macstr in virInterfaceLookupByMACString must not be NULL" },
		{ HV_API_STORAGE_VOL_LOOKUP_BY_NAME, -1,
		  "invalid storage pool pointer in virStorageVolLookupByName" },
		{ HV_API_STORAGE_VOL_LOOKUP_BY_KEY, 0,
		  "key in virStorageVolLookupByKey must not be NULL" },
		{ HV_API_STORAGE_VOL_LOOKUP_BY_PATH, 0,
		  "path in virStorageVolLookupByPath must not be NULL" },
		{ HV_API_STORAGE_VOL_GET_INFO, -1,
		  "invalid storage volume pointer in virStorageVolGetInfo" },
		{ HV_API_STORAGE_POOL_LOOKUP_BY_VOLUME, -1,
		  "invalid storage volume pointer in "
		  "virStoragePoolLookupByVolume" },
		{ HV_API_INTERFACE_GET_XML_DESC, -1,
		  "invalid interface pointer in virInterfaceGetXMLDesc" },
		{ HV_API_NODE_DEVICE_GET_AUTOSTART, -1,
		  "invalid node device pointer in virNodeDeviceGetAutostart" },
		{ HV_API_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN, 1,
		  "wwpn in virNodeDeviceLookupSCSIHostByWWN must not be NULL" },
		{ HV_API_DOMAIN_CREATE_XML, 0,
		  "xmlDesc in virDomainCreateXML must not be NULL" },
		{ HV_API_DOMAIN_GET_BLOCK_INFO, 1,
		  "info in virDomainGetBlockInfo must not be NULL" },
		{ HV_API_DOMAIN_GET_SECURITY_LABEL, 0,
		  "seclabel in virDomainGetSecurityLabel must not be NULL" },
		{ HV_API_NETWORK_CREATE_XML, 0,
		  "xmlDesc in virNetworkCreateXML must not be NULL" },
		{ HV_API_STORAGE_POOL_DEFINE_XML, 0,
		  "xml in virStoragePoolDefineXML must not be NULL" },
		{ HV_API_CONNECT_GET_VERSION, 0,
		  "hvVer in virConnectGetVersion must not be NULL" },
		{ HV_API_CONNECT_GET_LIB_VERSION, 0,
		  "libVer in virConnectGetLibVersion must not be NULL" },
		{ HV_API_NODE_GET_SECURITY_MODEL, 0,
		  "secmodel in virNodeGetSecurityModel must not be NULL" },
		{ HV_API_CONNECT_LIST_ALL_NETWORKS, -1,
		  "invalid connection pointer in virConnectListAllNetworks" },
		{ HV_API_DOMAIN_GET_HOSTNAME, -2, "operation forbidden: read "
		  "only access prevents virDomainGetHostname" },
		{ HV_API_NETWORK_DEFINE_XML, -2, "operation forbidden: read "
		  "only access prevents virNetworkDefineXML" },
		{ HV_API_STORAGE_POOL_DEFINE_XML, -2, "operation forbidden: "
		  "read only access prevents virStoragePoolDefineXML" },
	};
	struct hv_conn *ro = hv_conn_open("test:///default", HV_CONNECT_RO);
	struct objs w, r, none;

	objs_init(&w, rw);
	objs_init(&r, ro);
	memset(&none, 0, sizeof(none));
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct objs *o = cases[i].null_at == -1 ? &none :
		    cases[i].null_at == -2 ? &r : &w;

		set_args(o, cases[i].null_at);
		call(cases[i].id, o);
		if (!CHECK_STR(errmsg(), cases[i].msg))
			fprintf(stderr, "  (%s)\n", hv_apis[cases[i].id].name);
	}
	objs_release(&w);
	objs_release(&r);
	hv_conn_close(ro);
}

/*
 * The calls virsh 9.0 refuses through "virsh -r" (one per mutating
 * command, options making it name the Flags variant): each has a row
 * that says so.
 */
static void
test_virsh_refusals(void)
{
	static const char *const names[] = {
		"virDomainDestroy", "virDomainDestroyFlags",
		"virDomainUndefineFlags", "virDomainShutdown",
		"virDomainShutdownFlags", "virDomainReboot", "virDomainReset",
		"virDomainSuspend", "virDomainResume", "virDomainSave",
		"virDomainSaveFlags", "virDomainRestore",
		"virDomainRestoreFlags", "virDomainManagedSave",
		"virDomainSetAutostart", "virDomainSetMemoryFlags",
		"virDomainSetVcpus", "virDomainSetVcpusFlags",
		"virDomainDefineXML", "virDomainDefineXMLFlags",
		"virDomainCreateXML", "virDomainGetHostname",
		"virDomainSetMetadata", "virDomainSetMemoryStatsPeriod",
		"virNetworkDestroy", "virNetworkCreate", "virNetworkUndefine",
		"virNetworkSetAutostart", "virNetworkDefineXML",
		"virNetworkDefineXMLFlags", "virNetworkCreateXML",
		"virStoragePoolDestroy", "virStoragePoolCreate",
		"virStoragePoolUndefine", "virStoragePoolBuild",
		"virStoragePoolRefresh", "virStoragePoolSetAutostart",
		"virStoragePoolDefineXML", "virStoragePoolCreateXML",
		"virStorageVolCreateXML",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		int id;

		for (id = 0; id < HV_API_LAST; id++)
			if (strcmp(hv_apis[id].name, names[i]) == 0)
				break;
		if (!CHECK(id < HV_API_LAST &&
		    (hv_apis[id].flags & HV_API_MUT)))
			fprintf(stderr, "  (%s)\n", names[i]);
	}
}

/*
 * Remote procedure numbers: one row each, and none missing but where
 * the call is made through another (the UUID string lookups) or by the
 * client alone (keepalive).
 */
static void
test_procedures(void)
{
	for (int id = 0; id < HV_API_LAST; id++) {
		const char *name = hv_apis[id].name;
		size_t n = strlen(name);
		int client = (n > 10 && strcmp(name + n - 10, "UUIDString") ==
		    0) || strcmp(name, "virConnectSetKeepAlive") == 0;

		if (!CHECK((hv_apis[id].proc == 0) == client))
			fprintf(stderr, "  (%s: procedure %d)\n", name,
			    hv_apis[id].proc);
		int twin = id + 1;

		while (twin < HV_API_LAST && (hv_apis[id].proc == 0 ||
		    hv_apis[twin].proc != hv_apis[id].proc))
			twin++;
		if (!CHECK(twin == HV_API_LAST))
			fprintf(stderr, "  (%s and %s: procedure %d)\n", name,
			    hv_apis[twin].name, hv_apis[id].proc);
	}
}

/*
 * Error codes and domains as libvirt 9.0 sets them for the same calls:
 * the host's calls report in the domain family, a NULL domain pointer
 * in a domain of its own.
 */
static void
test_libvirt_domains(struct hv_conn *rw)
{
	static const struct {
		enum hv_api id;
		int null_at;	/* -1: NULL object; -2: read-only */
		int code, from;
	} cases[] = {
		{ HV_API_CONNECT_GET_MAX_VCPUS, -1, 6, 20 },
		{ HV_API_CONNECT_GET_VERSION, 0, 8, 20 },
		{ HV_API_NODE_GET_INFO, 0, 8, 20 },
		{ HV_API_CONNECT_GET_URI, -1, 6, 20 },
		{ HV_API_DOMAIN_CREATE, -1, 7, 6 },
		{ HV_API_DOMAIN_LOOKUP_BY_NAME, -1, 6, 20 },
		{ HV_API_DOMAIN_LOOKUP_BY_NAME, 0, 8, 20 },
		{ HV_API_DOMAIN_SUSPEND, -2, 29, 20 },
		{ HV_API_NETWORK_UNDEFINE, -1, 36, 19 },
		{ HV_API_NETWORK_LOOKUP_BY_NAME, -1, 6, 19 },
		{ HV_API_NETWORK_CREATE, -2, 29, 19 },
		{ HV_API_STORAGE_POOL_CREATE, -1, 46, 18 },
		{ HV_API_STORAGE_POOL_CREATE, -2, 29, 18 },
		{ HV_API_STORAGE_POOL_LOOKUP_BY_NAME, -1, 6, 18 },
		{ HV_API_NODE_DEVICE_LOOKUP_BY_NAME, -1, 6, 22 },
		{ HV_API_NODE_DEVICE_LOOKUP_BY_NAME, 0, 8, 22 },
		{ HV_API_INTERFACE_IS_ACTIVE, -1, 58, 26 },
		{ HV_API_STORAGE_VOL_DELETE, -1, 47, 18 },
		{ HV_API_STORAGE_VOL_WIPE, -2, 29, 18 },
		/* no NULL argument: the test driver's answer */
		{ HV_API_STORAGE_VOL_WIPE, 3, 3, 18 },
		{ HV_API_STORAGE_VOL_GET_INFO_FLAGS, 3, 3, 18 },
		{ HV_API_CONNECT_SET_KEEPALIVE, -1, 6, 20 },
		{ HV_API_CONNECT_SET_KEEPALIVE, 3, 3, 20 },
	};
	struct hv_conn *ro = hv_conn_open("test:///default", HV_CONNECT_RO);
	struct objs w, r, none;

	objs_init(&w, rw);
	objs_init(&r, ro);
	memset(&none, 0, sizeof(none));
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct objs *o = cases[i].null_at == -1 ? &none :
		    cases[i].null_at == -2 ? &r : &w;

		set_args(o, cases[i].null_at);
		call(cases[i].id, o);
		if (!(CHECK_INT(errcode(), cases[i].code) &
		    CHECK_INT(errdomain(), cases[i].from)))
			fprintf(stderr, "  (%s)\n", hv_apis[cases[i].id].name);
	}
	objs_release(&w);
	objs_release(&r);
	hv_conn_close(ro);
}

/* The functions of the public headers that are no call into a driver. */
static const char *const plain[] = {
	"hv_conn_open", "hv_conn_close", "hv_conn_is_readonly",
	"hv_lib_version", "hv_pool_type_list_flag", "hv_auth_set",
	"hv_domain_prefetch", "hv_conn_close_at_exit",
};
static int plain_seen[sizeof(plain) / sizeof(plain[0])];

/* Those and the handles' own: without a driver, NULL is no object. */
static void
test_plain_null(void)
{
	CHECK(!hv_conn_is_readonly(NULL));
	CHECK(hv_pool_type_list_flag(-1) == 0);
	hv_conn_close(NULL);
	hv_domain_free(NULL);
	hv_domain_prefetch(NULL, HV_PREFETCH_DOMINFO);
	hv_domain_list_free(NULL, 2);
	hv_network_free(NULL);
	hv_network_list_free(NULL, 2);
	hv_pool_free(NULL);
	hv_pool_list_free(NULL, 2);
	hv_vol_free(NULL);
	hv_vol_list_free(NULL, 2);
	hv_iface_free(NULL);
	hv_iface_list_free(NULL, 2);
	hv_nodedev_free(NULL);
	hv_nodedev_list_free(NULL, 2);
	CHECK(hv_conn_open("bogus:///", 0) == NULL);
}

static int
not_a_call(const char *fn)
{
	size_t n = strlen(fn);

	/* handles are built and released without the driver */
	if ((n > 4 && strcmp(fn + n - 4, "_new") == 0) ||
	    (n > 5 && strcmp(fn + n - 5, "_free") == 0))
		return 1;
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (strcmp(fn, plain[i]) == 0)
			return plain_seen[i] = 1;
	return 0;
}

static int
has_row(const char *fn)
{
	for (int id = 0; id < HV_API_LAST; id++)
		if (strcmp(hv_apis[id].fn, fn) == 0)
			return 1;
	return 0;
}

/*
 * The header at rel from the top of the tree, else relative to the
 * binary (O/tests/test-api), so that the test runs from anywhere.
 */
static char *
read_header(const char *rel)
{
	char path[PATH_MAX + 64], exe[PATH_MAX], *slash, *text = NULL;
	size_t len;
	FILE *f = fopen(rel, "r");
	ssize_t n;

	if (f == NULL) {
		n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
		if (n <= 0)
			return NULL;
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		snprintf(path, sizeof(path), "%s/../../%s", exe, rel);
		if ((f = fopen(path, "r")) == NULL)
			return NULL;
	}
	text = calloc(1, 1 << 20);
	len = fread(text, 1, (1 << 20) - 1, f);
	text[len] = '\0';
	fclose(f);
	return text;
}

/* Every hv_*() the public headers declare has a row, or is no call. */
static void
test_headers_covered(void)
{
	static const char *const headers[] = {
		"src/hv.h", "src/hv-network.h", "src/hv-storage.h",
		"src/hv-iface.h", "src/hv-nodedev.h",
	};
	int found = 0;

	for (size_t h = 0; h < sizeof(headers) / sizeof(headers[0]); h++) {
		char *text = read_header(headers[h]);
		char *p, *q;

		if (!CHECK(text != NULL))
			continue;
		/* comments name functions too: blank them out */
		for (p = text; (p = strstr(p, "/*")) != NULL; p = q + 2) {
			if ((q = strstr(p + 2, "*/")) == NULL)
				q = p + strlen(p) - 2;
			memset(p, ' ', (size_t)(q + 2 - p));
		}
		for (p = text; (p = strstr(p, "hv_")) != NULL; p = q) {
			char fn[128];
			size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz"
			    "0123456789_");

			q = p + n;
			if ((p > text && (p[-1] == '_' ||
			    (p[-1] >= 'a' && p[-1] <= 'z'))) ||
			    q[strspn(q, " \t")] != '(' || n >= sizeof(fn))
				continue;
			snprintf(fn, sizeof(fn), "%.*s", (int)n, p);
			found++;
			if (!CHECK(not_a_call(fn) || has_row(fn)))
				fprintf(stderr, "  (%s has no row in "
				    "src/api-list.h)\n", fn);
		}
		free(text);
	}
	CHECK(found > 100);
	/* and the list of exceptions names only what the headers declare */
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (!CHECK(plain_seen[i]))
			fprintf(stderr, "  (%s is in no header)\n", plain[i]);
}

int
main(void)
{
	struct hv_conn *rw = hv_conn_open("test:///default", 0);

	if (!CHECK(rw != NULL))
		return unit_done();
	test_null_objects();
	test_null_args(rw);
	test_read_only();
	test_libvirt_texts(rw);
	test_libvirt_domains(rw);
	test_virsh_refusals();
	test_procedures();
	test_headers_covered();
	test_plain_null();
	hv_conn_close(rw);
	return unit_done();
}
