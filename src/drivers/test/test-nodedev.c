/*
 * The test driver's node devices: a fixed set, indexed by name.  Every
 * device is active and persistent.  Unlike libvirt 9.0's test driver,
 * listing accepts the state filter bits virsh sends, so nodedev-list
 * works (see cmd-nodedev.c).
 */
#include "drivers/test/test.h"

#include <stdlib.h>
#include <string.h>

#include "conf/nodedev.h"
#include "driver-nodedev.h"
#include "error.h"
#include "util/xalloc.h"
#include "util/xml.h"

struct test_nodedevs {
	struct hv_hash *by_name;	/* owns the struct hv_nodedev_def */
};

static void
def_free(void *p)
{
	hv_nodedev_def_free(p);
}

struct test_nodedevs *
test_nodedevs_new(void)
{
	struct test_nodedevs *d = xcalloc(1, sizeof(*d));

	d->by_name = hv_hash_new(def_free);
	return d;
}

void
test_nodedevs_free(struct test_nodedevs *d)
{
	if (d == NULL)
		return;
	hv_hash_free(d->by_name);
	free(d);
}

int
test_nodedevs_load_node(struct test_nodedevs *d, xmlNodePtr node)
{
	struct hv_nodedev_def *def;

	def = hv_nodedev_def_parse_node(node->doc, node);

	if (def == NULL)
		return -1;
	if (hv_hash_lookup(d->by_name, def->name)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
		    "node device '%s' already exists", def->name);
		hv_nodedev_def_free(def);
		return -1;
	}
	hv_hash_set(d->by_name, def->name, def);
	return 0;
}

int
test_nodedevs_load(struct test_nodedevs *d, const char *xml)
{
	xmlDocPtr doc = hv_xml_parse(xml, "(node_device_definition)");
	xmlNodePtr root;
	int ret = -1;

	if (doc == NULL)
		return -1;
	if ((root = hv_xml_root(doc, "device")) != NULL)
		ret = test_nodedevs_load_node(d, root);
	xmlFreeDoc(doc);
	return ret;
}

/* Lock the state and find dev's definition; unlocked again on failure. */
static struct hv_nodedev_def *
lock_dev(struct hv_nodedev *dev, struct test_state **stp)
{
	struct test_state *st = test_conn_state(dev->conn);
	struct hv_nodedev_def *def;

	test_state_lock_objects(st);
	def = hv_hash_lookup(st->devs->by_name, dev->name);
	if (def == NULL) {
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_NODE_DEVICE,
		    "no node device with matching name '%s'", dev->name);
		pthread_mutex_unlock(&st->lock);
		return NULL;
	}
	*stp = st;
	return def;
}

struct collect {
	struct hv_conn *conn;
	unsigned int flags;
	struct hv_nodedev **v;
	size_t n, cap;
};

static bool
matches(const struct hv_nodedev_def *def, unsigned int flags)
{
	unsigned int caps = flags & HV_LIST_NODEDEVS_CAPS;
	int t;

	/* every device here is active and persistent */
	if ((flags & (HV_LIST_NODEDEVS_ACTIVE | HV_LIST_NODEDEVS_INACTIVE)) &&
	    !(flags & HV_LIST_NODEDEVS_ACTIVE))
		return false;
	if ((flags & (HV_LIST_NODEDEVS_PERSISTENT |
	    HV_LIST_NODEDEVS_TRANSIENT)) &&
	    !(flags & HV_LIST_NODEDEVS_PERSISTENT))
		return false;
	if (caps == 0)
		return true;
	for (t = 0; t < HV_NODEDEV_CAP_LAST; t++)
		if ((caps & (1u << t)) && hv_nodedev_def_has_cap(def, t))
			return true;
	return false;
}

static void
collect_dev(const char *key, void *value, void *opaque)
{
	struct collect *c = opaque;
	const struct hv_nodedev_def *def = value;

	(void)key;
	if (!matches(def, c->flags))
		return;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = hv_nodedev_new(c->conn, def->name);
}

static int
cmp_dev(const void *x, const void *y)
{
	const struct hv_nodedev *const *p = x, *const *q = y;

	return strcmp((*p)->name, (*q)->name);
}

static int
list_all(struct hv_conn *conn, struct hv_nodedev ***devs,
    unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct collect c = { conn, flags, NULL, 0, 0 };

	if (hv_check_flags(HV_FROM_TEST, flags, HV_LIST_NODEDEVS_CAPS |
	    HV_LIST_NODEDEVS_PERSISTENT | HV_LIST_NODEDEVS_TRANSIENT |
	    HV_LIST_NODEDEVS_INACTIVE | HV_LIST_NODEDEVS_ACTIVE,
	    "testConnectListAllNodeDevices") < 0)
		return -1;
	test_state_lock_objects(st);
	hv_hash_foreach(st->devs->by_name, collect_dev, &c);
	pthread_mutex_unlock(&st->lock);
	if (c.n)
		qsort(c.v, c.n, sizeof(*c.v), cmp_dev);
	*devs = c.v;
	return (int)c.n;
}

static struct hv_nodedev *
lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_nodedev *dev = NULL;

	test_state_lock_objects(st);
	if (hv_hash_lookup(st->devs->by_name, name))
		dev = hv_nodedev_new(conn, name);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_NODE_DEVICE,
		    "no node device with matching name '%s'", name);
	pthread_mutex_unlock(&st->lock);
	return dev;
}

static char *
get_xml_desc(struct hv_nodedev *dev, unsigned int flags)
{
	struct hv_nodedev_def *def;
	struct test_state *st;
	char *xml;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testNodeDeviceGetXMLDesc") < 0)
		return NULL;
	if ((def = lock_dev(dev, &st)) == NULL)
		return NULL;
	xml = hv_nodedev_def_format(def);
	pthread_mutex_unlock(&st->lock);
	return xml;
}

static char *
get_parent(struct hv_nodedev *dev)
{
	struct hv_nodedev_def *def;
	struct test_state *st;
	char *parent;

	if ((def = lock_dev(dev, &st)) == NULL)
		return NULL;
	parent = xstrdup_null(def->parent);
	pthread_mutex_unlock(&st->lock);
	return parent;
}

const struct hv_nodedev_driver test_nodedev_driver = {
	.list_all = list_all,
	.lookup_by_name = lookup_by_name,
	.get_xml_desc = get_xml_desc,
	.get_parent = get_parent,
};
