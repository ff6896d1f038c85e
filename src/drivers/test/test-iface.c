/*
 * The test driver's host interfaces: loaded running from the default
 * host or a node file, indexed by name and by lower-cased MAC address.
 *
 * libvirt 9.0's test driver compares MACs with g_ascii_strcasecmp(),
 * which answers "equal" for an interface that has no MAC at all; so such
 * interfaces match every MAC look-up, and two matches make the look-up
 * fail with "multiple matching interfaces found".  We keep that.
 */
#include "drivers/test/test.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "conf/interface.h"
#include "driver-iface.h"
#include "error.h"
#include "util/xalloc.h"

struct test_iface {
	struct hv_iface_def *def;
	bool active;
};

struct mac_entry {
	char *name;			/* the first interface with the MAC */
	int count;
};

struct test_ifaces {
	struct hv_hash *by_name;	/* owns the struct test_iface */
	struct hv_hash *by_mac;		/* lower-case MAC -> mac_entry */
	char *no_mac;			/* first interface without a MAC */
	int nno_mac;
};

static void
iface_free(void *p)
{
	struct test_iface *i = p;

	if (i == NULL)
		return;
	hv_iface_def_free(i->def);
	free(i);
}

static void
mac_entry_free(void *p)
{
	struct mac_entry *e = p;

	if (e == NULL)
		return;
	free(e->name);
	free(e);
}

struct test_ifaces *
test_ifaces_new(void)
{
	struct test_ifaces *ifs = xcalloc(1, sizeof(*ifs));

	ifs->by_name = hv_hash_new(iface_free);
	ifs->by_mac = hv_hash_new(mac_entry_free);
	return ifs;
}

void
test_ifaces_free(struct test_ifaces *ifs)
{
	if (ifs == NULL)
		return;
	hv_hash_free(ifs->by_mac);
	hv_hash_free(ifs->by_name);
	free(ifs->no_mac);
	free(ifs);
}

static char *
lower(const char *s)
{
	char *l = xstrdup(s);

	for (char *p = l; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return l;
}

static int
load_def(struct test_ifaces *ifs, struct hv_iface_def *def)
{
	struct test_iface *i;
	struct mac_entry *e;
	char *key;

	if (def == NULL)
		return -1;
	if (hv_hash_lookup(ifs->by_name, def->name)) {
		hv_error_report(HV_FROM_INTERFACE, HV_ERR_OPERATION_FAILED,
		    "interface '%s' already exists", def->name);
		hv_iface_def_free(def);
		return -1;
	}
	i = xcalloc(1, sizeof(*i));
	i->def = def;
	i->active = true;
	hv_hash_set(ifs->by_name, def->name, i);
	if (def->mac == NULL) {
		if (ifs->nno_mac++ == 0)
			ifs->no_mac = xstrdup(def->name);
		return 0;
	}
	key = lower(def->mac);
	if ((e = hv_hash_lookup(ifs->by_mac, key)) == NULL) {
		e = xcalloc(1, sizeof(*e));
		e->name = xstrdup(def->name);
		hv_hash_set(ifs->by_mac, key, e);
	}
	e->count++;
	free(key);
	return 0;
}

int
test_ifaces_load(struct test_ifaces *ifs, const char *xml)
{
	return load_def(ifs, hv_iface_def_parse(xml));
}

int
test_ifaces_load_node(struct test_ifaces *ifs, xmlNodePtr node)
{
	return load_def(ifs, hv_iface_def_parse_node(node));
}

/* ---- the driver table ------------------------------------------------- */

static struct test_ifaces *
lock_ifaces(struct hv_conn *conn)
{
	struct test_state *st = test_conn_state(conn);

	test_state_lock_objects(st);
	return st->ifs;
}

static void
unlock_ifaces(struct hv_conn *conn)
{
	pthread_mutex_unlock(&test_conn_state(conn)->lock);
}

static struct hv_iface *
handle(struct hv_conn *conn, const struct test_iface *i)
{
	return hv_iface_new(conn, i->def->name, i->def->mac);
}

static struct test_iface *
by_handle(struct test_ifaces *ifs, struct hv_iface *iface)
{
	struct test_iface *i = hv_hash_lookup(ifs->by_name, iface->name);

	if (i == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_INTERFACE,
		    "no interface with matching name '%s'", iface->name);
	return i;
}

struct collect {
	struct hv_conn *conn;
	unsigned int flags;
	struct hv_iface **v;
	size_t n;
};

static void
collect_one(const char *key, void *value, void *opaque)
{
	struct collect *c = opaque;
	struct test_iface *i = value;
	unsigned int f = c->flags &
	    (HV_LIST_IFACES_ACTIVE | HV_LIST_IFACES_INACTIVE);

	if (f && !((f & HV_LIST_IFACES_ACTIVE && i->active) ||
	    (f & HV_LIST_IFACES_INACTIVE && !i->active)))
		return;
	c->v = xgrow_count(c->v, c->n, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = handle(c->conn, i);
}

static int
cmp_name(const void *x, const void *y)
{
	const struct hv_iface *const *p = x, *const *q = y;

	return strcmp((*p)->name, (*q)->name);
}

static int
list_all(struct hv_conn *conn, struct hv_iface ***ifaces,
    unsigned int flags)
{
	struct collect c = { conn, flags, NULL, 0 };
	struct test_ifaces *ifs;

	if (hv_check_flags(HV_FROM_TEST, flags,
	    HV_LIST_IFACES_ACTIVE | HV_LIST_IFACES_INACTIVE,
	    "testConnectListAllInterfaces") < 0)
		return -1;
	ifs = lock_ifaces(conn);
	hv_hash_foreach(ifs->by_name, collect_one, &c);
	unlock_ifaces(conn);
	if (c.n > 1)
		qsort(c.v, c.n, sizeof(*c.v), cmp_name);
	*ifaces = c.v;
	return (int)c.n;
}

static struct hv_iface *
lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct test_ifaces *ifs = lock_ifaces(conn);
	struct test_iface *i = hv_hash_lookup(ifs->by_name, name);
	struct hv_iface *ret = NULL;

	if (i)
		ret = handle(conn, i);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_INTERFACE,
		    "no interface with matching name '%s'", name);
	unlock_ifaces(conn);
	return ret;
}

static struct hv_iface *
lookup_by_mac(struct hv_conn *conn, const char *mac)
{
	struct test_ifaces *ifs = lock_ifaces(conn);
	char *key = lower(mac);
	struct mac_entry *e = hv_hash_lookup(ifs->by_mac, key);
	int count = (e ? e->count : 0) + ifs->nno_mac;
	struct hv_iface *ret = NULL;
	const char *name;

	if (count == 0) {
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_INTERFACE,
		    "no interface with matching mac '%s'", mac);
	} else if (count > 1) {
		hv_error_set(HV_ERR_MULTIPLE_INTERFACES, HV_FROM_TEST,
		    "multiple matching interfaces found");
	} else {
		name = e ? e->name : ifs->no_mac;
		ret = handle(conn, hv_hash_lookup(ifs->by_name, name));
	}
	free(key);
	unlock_ifaces(conn);
	return ret;
}

static char *
get_xml_desc(struct hv_iface *iface, unsigned int flags)
{
	struct test_ifaces *ifs;
	struct test_iface *i;
	char *xml = NULL;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testInterfaceGetXMLDesc") < 0)
		return NULL;
	ifs = lock_ifaces(iface->conn);
	if ((i = by_handle(ifs, iface)) != NULL)
		xml = hv_iface_def_format(i->def);
	unlock_ifaces(iface->conn);
	return xml;
}

static int
is_active(struct hv_iface *iface)
{
	struct test_ifaces *ifs = lock_ifaces(iface->conn);
	struct test_iface *i = by_handle(ifs, iface);
	int r = i ? i->active : -1;

	unlock_ifaces(iface->conn);
	return r;
}

const struct hv_iface_driver test_iface_driver = {
	.list_all = list_all,
	.lookup_by_name = lookup_by_name,
	.lookup_by_mac = lookup_by_mac,
	.get_xml_desc = get_xml_desc,
	.is_active = is_active,
};
