/*
 * The test driver's virtual networks: kept per state in two hash tables
 * (name, UUID), with libvirt's test-driver rules: define gives a
 * persistent inactive network (or a next-boot definition for a running
 * one), create a transient running one, destroy always succeeds and
 * drops a transient network, undefine is refused while running.
 */
#include "drivers/test/test.h"

#include <stdlib.h>
#include <string.h>

#include "conf/network.h"
#include "driver-network.h"
#include "error.h"
#include "util/xalloc.h"

struct test_net {
	struct hv_network_def *def;
	struct hv_network_def *newdef;	/* defined while running; libvirt's
					   test driver never shows it */
	bool active;
	bool persistent;
	bool autostart;
};

struct test_nets {
	struct hv_hash *by_name;	/* owns the struct test_net */
	struct hv_hash *by_uuid;	/* 16 UUID bytes -> struct test_net */
};

static void
net_free(void *p)
{
	struct test_net *n = p;

	if (n == NULL)
		return;
	hv_network_def_free(n->def);
	hv_network_def_free(n->newdef);
	free(n);
}

struct test_nets *
test_nets_new(void)
{
	struct test_nets *nets = xcalloc(1, sizeof(*nets));

	nets->by_name = hv_hash_new(net_free);
	nets->by_uuid = hv_hash_new_keyed(HV_UUID_BUFLEN, NULL);
	return nets;
}

void
test_nets_free(struct test_nets *nets)
{
	if (nets == NULL)
		return;
	hv_hash_free(nets->by_uuid);
	hv_hash_free(nets->by_name);
	free(nets);
}

static struct test_net *
find_uuid(struct test_nets *nets, const unsigned char *uuid)
{
	return hv_hash_lookup(nets->by_uuid, (const char *)uuid);
}

static struct test_net *
add(struct test_nets *nets, struct hv_network_def *def)
{
	struct test_net *n = xcalloc(1, sizeof(*n));

	n->def = def;
	hv_hash_set(nets->by_name, def->name, n);
	hv_hash_set(nets->by_uuid, (const char *)def->uuid, n);
	return n;
}

static void
drop(struct test_nets *nets, struct test_net *n)
{
	hv_hash_steal(nets->by_uuid, (const char *)n->def->uuid);
	hv_hash_remove(nets->by_name, n->def->name);
}

/*
 * Where def goes, as libvirt's network object list decides: the network
 * with its UUID (names must agree), or none when the name is new too.
 * live: refuse a running match (create).  -1 with the error set.
 */
static int
match(struct test_nets *nets, const struct hv_network_def *def, bool live,
    struct test_net **found)
{
	struct test_net *n = find_uuid(nets, def->uuid);
	char uuid[HV_UUID_STRLEN];

	*found = NULL;
	if (n) {
		if (strcmp(n->def->name, def->name) != 0) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_OPERATION_FAILED,
			    "network '%s' is already defined with uuid %s",
			    n->def->name, hv_uuid_format(n->def->uuid, uuid));
			return -1;
		}
		if (live && n->active) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_OPERATION_INVALID,
			    "network is already active as '%s'", n->def->name);
			return -1;
		}
		*found = n;
		return 0;
	}
	if ((n = hv_hash_lookup(nets->by_name, def->name)) != NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_OPERATION_FAILED,
		    "network '%s' already exists with uuid %s", def->name,
		    hv_uuid_format(n->def->uuid, uuid));
		return -1;
	}
	return 0;
}

/* Add a running, persistent network from a parsed definition (taken). */
static int
load_def(struct test_nets *nets, struct hv_network_def *def)
{
	struct test_net *n;

	if (def == NULL)
		return -1;
	if (match(nets, def, true, &n) < 0) {
		hv_network_def_free(def);
		return -1;
	}
	if (n) {
		hv_network_def_free(n->def);
		n->def = def;
	} else {
		n = add(nets, def);
	}
	n->active = true;
	n->persistent = true;
	return 0;
}

int
test_nets_load(struct test_nets *nets, const char *xml)
{
	return load_def(nets, hv_network_def_parse(xml, false));
}

int
test_nets_load_node(struct test_nets *nets, xmlNodePtr node)
{
	return load_def(nets, hv_network_def_parse_node(node));
}

/* ---- the driver table ------------------------------------------------- */

static struct test_nets *
lock_nets(struct hv_conn *conn)
{
	struct test_state *st = test_conn_state(conn);

	test_state_lock_objects(st);
	return st->nets;
}

static void
unlock_nets(struct hv_conn *conn)
{
	pthread_mutex_unlock(&test_conn_state(conn)->lock);
}

/* The network behind a handle, or NULL with libvirt's error set. */
static struct test_net *
by_handle(struct test_nets *nets, struct hv_network *net)
{
	struct test_net *n = hv_hash_lookup(nets->by_name, net->name);

	if (n == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_NETWORK,
		    "no network with matching name '%s'", net->name);
	return n;
}

static struct hv_network *
handle(struct hv_conn *conn, const struct test_net *n)
{
	return hv_network_new(conn, n->def->name, n->def->uuid);
}

struct collect {
	struct hv_conn *conn;
	unsigned int flags;
	struct hv_network **v;
	size_t n;
};

static bool
wanted(const struct test_net *n, unsigned int flags)
{
	unsigned int f;

	f = flags & (HV_LIST_NETWORKS_ACTIVE | HV_LIST_NETWORKS_INACTIVE);
	if (f && !((f & HV_LIST_NETWORKS_ACTIVE && n->active) ||
	    (f & HV_LIST_NETWORKS_INACTIVE && !n->active)))
		return false;
	f = flags & (HV_LIST_NETWORKS_PERSISTENT |
	    HV_LIST_NETWORKS_TRANSIENT);
	if (f && !((f & HV_LIST_NETWORKS_PERSISTENT && n->persistent) ||
	    (f & HV_LIST_NETWORKS_TRANSIENT && !n->persistent)))
		return false;
	f = flags & (HV_LIST_NETWORKS_AUTOSTART |
	    HV_LIST_NETWORKS_NO_AUTOSTART);
	if (f && !((f & HV_LIST_NETWORKS_AUTOSTART && n->autostart) ||
	    (f & HV_LIST_NETWORKS_NO_AUTOSTART && !n->autostart)))
		return false;
	return true;
}

static void
collect_one(const char *key, void *value, void *opaque)
{
	struct collect *c = opaque;
	struct test_net *n = value;

	if (!wanted(n, c->flags))
		return;
	c->v = xgrow_count(c->v, c->n, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = handle(c->conn, n);
}

static int
cmp_name(const void *x, const void *y)
{
	const struct hv_network *const *p = x, *const *q = y;

	return strcmp((*p)->name, (*q)->name);
}

static int
list_all(struct hv_conn *conn, struct hv_network ***nets,
    unsigned int flags)
{
	struct collect c = { conn, flags, NULL, 0 };
	struct test_nets *all;

	if (hv_check_flags(HV_FROM_TEST, flags, 0x3f,
	    "testConnectListAllNetworks") < 0)
		return -1;
	all = lock_nets(conn);
	hv_hash_foreach(all->by_name, collect_one, &c);
	unlock_nets(conn);
	if (c.n > 1)
		qsort(c.v, c.n, sizeof(*c.v), cmp_name);
	*nets = c.v;
	return (int)c.n;
}

static struct hv_network *
lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct test_nets *nets = lock_nets(conn);
	struct test_net *n = hv_hash_lookup(nets->by_name, name);
	struct hv_network *ret = NULL;

	if (n)
		ret = handle(conn, n);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_NETWORK,
		    "no network with matching name '%s'", name);
	unlock_nets(conn);
	return ret;
}

static struct hv_network *
lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct test_nets *nets = lock_nets(conn);
	struct test_net *n = find_uuid(nets, uuid);
	struct hv_network *ret = NULL;
	char s[HV_UUID_STRLEN];

	if (n)
		ret = handle(conn, n);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_NETWORK,
		    "no network with matching uuid '%s'",
		    hv_uuid_format(uuid, s));
	unlock_nets(conn);
	return ret;
}

static struct hv_network *
define_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct hv_network_def *def;
	struct hv_network *ret = NULL;
	struct test_nets *nets;
	struct test_net *n;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_NETWORK_DEFINE_VALIDATE,
	    "testNetworkDefineXMLFlags") < 0)
		return NULL;
	def = hv_network_def_parse(xml, flags & HV_NETWORK_DEFINE_VALIDATE);
	if (def == NULL)
		return NULL;
	nets = lock_nets(conn);
	if (match(nets, def, false, &n) < 0) {
		hv_network_def_free(def);
		goto out;
	}
	if (n == NULL) {
		n = add(nets, def);
	} else if (n->active) {
		hv_network_def_free(n->newdef);
		n->newdef = def;
	} else {
		hv_network_def_free(n->def);
		n->def = def;
	}
	n->persistent = true;
	ret = handle(conn, n);
out:
	unlock_nets(conn);
	return ret;
}

static struct hv_network *
create_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct hv_network_def *def;
	struct hv_network *ret = NULL;
	struct test_nets *nets;
	struct test_net *n;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_NETWORK_CREATE_VALIDATE,
	    "testNetworkCreateXMLFlags") < 0)
		return NULL;
	def = hv_network_def_parse(xml, flags & HV_NETWORK_CREATE_VALIDATE);
	if (def == NULL)
		return NULL;
	nets = lock_nets(conn);
	if (match(nets, def, true, &n) < 0) {
		hv_network_def_free(def);
		goto out;
	}
	if (n == NULL) {
		n = add(nets, def);
	} else {
		hv_network_def_free(n->def);
		n->def = def;
	}
	n->active = true;
	ret = handle(conn, n);
out:
	unlock_nets(conn);
	return ret;
}

static int
undefine(struct hv_network *net)
{
	struct test_nets *nets = lock_nets(net->conn);
	struct test_net *n = by_handle(nets, net);
	int ret = -1;

	if (n == NULL)
		goto out;
	if (n->active) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
		    "Network '%s' is still running", net->name);
		goto out;
	}
	drop(nets, n);
	ret = 0;
out:
	unlock_nets(net->conn);
	return ret;
}

static int
create(struct hv_network *net)
{
	struct test_nets *nets = lock_nets(net->conn);
	struct test_net *n = by_handle(nets, net);
	int ret = -1;

	if (n == NULL)
		goto out;
	if (n->active) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
		    "Network '%s' is already running", net->name);
		goto out;
	}
	n->active = true;
	ret = 0;
out:
	unlock_nets(net->conn);
	return ret;
}

static int
destroy(struct hv_network *net)
{
	struct test_nets *nets = lock_nets(net->conn);
	struct test_net *n = by_handle(nets, net);
	int ret = -1;

	if (n == NULL)
		goto out;
	/* like libvirt's test driver: no check that it was running */
	n->active = false;
	if (!n->persistent)
		drop(nets, n);
	ret = 0;
out:
	unlock_nets(net->conn);
	return ret;
}

static char *
get_xml_desc(struct hv_network *net, unsigned int flags)
{
	struct test_nets *nets;
	struct test_net *n;
	char *xml = NULL;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testNetworkGetXMLDesc") < 0)
		return NULL;
	nets = lock_nets(net->conn);
	if ((n = by_handle(nets, net)) != NULL)
		xml = hv_network_def_format(n->def);
	unlock_nets(net->conn);
	return xml;
}

static char *
get_bridge_name(struct hv_network *net)
{
	struct test_nets *nets = lock_nets(net->conn);
	struct test_net *n = by_handle(nets, net);
	char *br = NULL;

	if (n && n->def->bridge)
		br = xstrdup(n->def->bridge);
	else if (n)
		hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR,
		    "network '%s' does not have a bridge name.",
		    n->def->name);
	unlock_nets(net->conn);
	return br;
}

enum { Q_ACTIVE, Q_PERSISTENT, Q_AUTOSTART };

static int
query(struct hv_network *net, int what)
{
	struct test_nets *nets = lock_nets(net->conn);
	struct test_net *n = by_handle(nets, net);
	int r = -1;

	if (n)
		r = what == Q_ACTIVE ? n->active :
		    what == Q_PERSISTENT ? n->persistent : n->autostart;
	unlock_nets(net->conn);
	return r;
}

static int
is_active(struct hv_network *net)
{
	return query(net, Q_ACTIVE);
}

static int
is_persistent(struct hv_network *net)
{
	return query(net, Q_PERSISTENT);
}

static int
get_autostart(struct hv_network *net, int *autostart)
{
	int r = query(net, Q_AUTOSTART);

	if (r < 0)
		return -1;
	*autostart = r;
	return 0;
}

static int
set_autostart(struct hv_network *net, int autostart)
{
	struct test_nets *nets = lock_nets(net->conn);
	struct test_net *n = by_handle(nets, net);

	if (n)
		n->autostart = autostart != 0;
	unlock_nets(net->conn);
	return n ? 0 : -1;
}

const struct hv_network_driver test_network_driver = {
	.list_all = list_all,
	.lookup_by_name = lookup_by_name,
	.lookup_by_uuid = lookup_by_uuid,
	.define_xml = define_xml,
	.create_xml = create_xml,
	.undefine = undefine,
	.create = create,
	.destroy = destroy,
	.get_xml_desc = get_xml_desc,
	.get_bridge_name = get_bridge_name,
	.is_active = is_active,
	.is_persistent = is_persistent,
	.get_autostart = get_autostart,
	.set_autostart = set_autostart,
};
