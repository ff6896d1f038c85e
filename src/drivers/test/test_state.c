#include "drivers/test/test.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "error.h"
#include "util/strv.h"
#include "util/xalloc.h"

static void
dom_free(void *p)
{
	struct test_dom *d = p;

	if (d == NULL)
		return;
	hv_domain_def_free(d->def);
	hv_domain_def_free(d->newdef);
	hv_strv_free(d->deprecations);
	free(d);
}

struct test_state *
test_state_new(void)
{
	struct test_state *st = xcalloc(1, sizeof(*st));

	pthread_mutex_init(&st->lock, NULL);
	st->refs = 1;
	st->next_id = 1;
	st->by_name = hv_hash_new(dom_free);
	st->by_uuid = hv_hash_new_keyed(HV_UUID_BUFLEN, NULL);
	st->by_id = hv_hash_new_keyed(sizeof(int), NULL);
	st->nets = test_nets_new();
	st->ifs = test_ifaces_new();
	st->storage = test_storage_new();
	st->devs = test_nodedevs_new();
	snprintf(st->node.model, sizeof(st->node.model), "i686");
	st->node.memory = 3145728;
	st->node.cpus = 16;
	st->node.mhz = 1400;
	st->node.nodes = 2;
	st->node.sockets = 2;
	st->node.cores = 2;
	st->node.threads = 2;
	return st;
}

void
test_state_free(struct test_state *st)
{
	if (st == NULL)
		return;
	hv_hash_free(st->by_id);
	hv_hash_free(st->by_uuid);
	hv_hash_free(st->by_name);
	test_nets_free(st->nets);
	test_ifaces_free(st->ifs);
	test_storage_free(st->storage);
	test_nodedevs_free(st->devs);
	pthread_mutex_destroy(&st->lock);
	free(st);
}

int
test_state_load_default(struct test_state *st)
{
	struct hv_domain_def *def;
	struct test_dom *d;

	st->is_default = true;
	st->ncells = 2;
	st->cells[0] = (struct test_cell){ 2097152, 2097152, 4, 8 };
	st->cells[1] = (struct test_cell){ 4194304, 4194304, 8, 8 };
	def = hv_domain_def_parse(test_default_domain_xml);
	if (def == NULL)
		return -1;
	if (test_dom_name_ifaces(def) < 0) {
		hv_domain_def_free(def);
		return -1;
	}
	d = test_dom_add(st, def);
	d->persistent = true;
	test_dom_start(st, d, HV_DOMAIN_RUNNING, HV_DOMAIN_RUNNING_UNKNOWN);
	st->objects_pending = true;
	return 0;
}

/* The built-in network, pool, interface and devices; -1 on error. */
static int
load_default_objects(struct test_state *st)
{
	if (test_nets_load(st->nets, test_default_network_xml) < 0 ||
	    test_storage_load(st->storage, test_default_pool_xml) < 0 ||
	    test_ifaces_load(st->ifs, test_default_iface_xml) < 0)
		return -1;
	for (int i = 0; test_default_nodedev_xml[i]; i++) {
		if (test_nodedevs_load(st->devs,
		    test_default_nodedev_xml[i]) < 0)
			return -1;
	}
	return 0;
}

void
test_state_lock_objects(struct test_state *st)
{
	pthread_mutex_lock(&st->lock);
	if (st->objects_pending) {
		st->objects_pending = false;
		/* built-in text: only a defect makes this fail, and loudly */
		if (load_default_objects(st) < 0)
			abort();
	}
}

struct test_dom *
test_dom_by_name(struct test_state *st, const char *name)
{
	return hv_hash_lookup(st->by_name, name);
}

struct test_dom *
test_dom_by_uuid(struct test_state *st, const unsigned char *uuid)
{
	return hv_hash_lookup(st->by_uuid, (const char *)uuid);
}

struct test_dom *
test_dom_by_id(struct test_state *st, int id)
{
	return hv_hash_lookup(st->by_id, (const char *)&id);
}

struct test_dom *
test_dom_add(struct test_state *st, struct hv_domain_def *def)
{
	struct test_dom *d = xcalloc(1, sizeof(*d));

	d->def = def;
	d->id = -1;
	d->state = HV_DOMAIN_SHUTOFF;
	d->reason = HV_DOMAIN_SHUTOFF_UNKNOWN;
	hv_hash_set(st->by_name, def->name, d);
	hv_hash_set(st->by_uuid, (const char *)def->uuid, d);
	return d;
}

void
test_dom_drop_id(struct test_state *st, struct test_dom *d)
{
	if (d->id < 0)
		return;
	hv_hash_steal(st->by_id, (const char *)&d->id);
	d->id = -1;
}

void
test_dom_remove(struct test_state *st, struct test_dom *d)
{
	test_dom_drop_id(st, d);
	hv_hash_steal(st->by_uuid, (const char *)d->def->uuid);
	hv_hash_remove(st->by_name, d->def->name);
}

void
test_dom_start(struct test_state *st, struct test_dom *d, int state,
    int reason)
{
	d->id = st->next_id++;
	d->state = state;
	d->reason = reason;
	hv_hash_set(st->by_id, (const char *)&d->id, d);
}

void
test_dom_split(struct test_dom *d)
{
	if (d->id >= 0 && d->persistent && d->newdef == NULL)
		d->newdef = hv_domain_def_copy(d->def);
}

bool
test_dom_stop(struct test_state *st, struct test_dom *d, int reason)
{
	/* the config libvirt would have copied at start takes over */
	test_dom_split(d);
	test_dom_drop_id(st, d);
	d->state = HV_DOMAIN_SHUTOFF;
	d->reason = reason;
	if (!d->persistent) {
		test_dom_remove(st, d);
		return false;
	}
	if (d->newdef) {
		hv_domain_def_free(d->def);
		d->def = d->newdef;
		d->newdef = NULL;
	}
	return true;
}

/* The N of a name "testnetN" as the driver prints it, or -1. */
static long
testnet_number(const char *name)
{
	const char *p = name + 7;
	long n = 0;

	if (strncmp(name, "testnet", 7) != 0 || *p == '\0' ||
	    (*p == '0' && p[1] != '\0'))
		return -1;
	for (; *p; p++) {
		if (*p < '0' || *p > '9' || n >= TEST_MAX_IFACES)
			return -1;
		n = n * 10 + (*p - '0');
	}
	return n < TEST_MAX_IFACES ? n : -1;
}

/*
 * libvirt gives each interface without a name the first testnetN, N
 * below 1024, that no interface of the domain has: the names taken are
 * marked once, and the free ones handed out in order.
 */
int
test_dom_name_ifaces(struct hv_domain_def *def)
{
	static const char *const order[] = {
		"mac", "source", "virtualport", "ip", "route", "script",
		"downscript", "backenddomain", "target", NULL
	};
	uint64_t taken[TEST_MAX_IFACES / 64] = { 0 };
	size_t unnamed = 0;
	long next = 0;

	for (size_t i = 0; i < def->devices->nkids; i++) {
		struct hv_xnode *net = def->devices->kids[i];
		const char *dev;
		long n;

		if (net->name[0] != 'i' || strcmp(net->name, "interface") != 0)
			continue;
		dev = hv_xnode_attr(hv_xnode_child(net, "target"), "dev");
		if (dev == NULL)
			unnamed++;
		else if (dev[0] == 't' && (n = testnet_number(dev)) >= 0)
			taken[n / 64] |= 1ULL << (n % 64);
	}
	for (size_t i = 0; unnamed && i < def->devices->nkids; i++) {
		struct hv_xnode *net = def->devices->kids[i], *tgt;
		char name[32];

		if (net->name[0] != 'i' || strcmp(net->name, "interface") != 0)
			continue;
		tgt = hv_xnode_child(net, "target");
		if (hv_xnode_attr(tgt, "dev"))
			continue;
		while (next < TEST_MAX_IFACES &&
		    (taken[next / 64] >> (next % 64) & 1))
			next++;
		if (next == TEST_MAX_IFACES) {
			hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR,
			    "Exceeded max iface limit %d", TEST_MAX_IFACES);
			return -1;
		}
		snprintf(name, sizeof(name), "testnet%ld", next);
		taken[next / 64] |= 1ULL << (next % 64);
		if (tgt == NULL) {
			tgt = hv_xnode_new("target");
			hv_xnode_add(net, tgt);
			/*
			 * The parser left the kids in libvirt's order: only
			 * the new target moves, among the kids printed first.
			 */
			hv_xnode_sort(net, order);
		}
		hv_xnode_set_attr(tgt, "dev", name);
		hv_xnode_move_attr(tgt, "dev", 0);
	}
	return 0;
}

int
test_dom_check_dup(struct test_state *st, const struct hv_domain_def *def,
    struct test_dom **existing)
{
	struct test_dom *byuuid = test_dom_by_uuid(st, def->uuid);
	struct test_dom *byname;
	char uuid[HV_UUID_STRLEN];

	*existing = NULL;
	if (byuuid) {
		if (strcmp(byuuid->def->name, def->name) != 0) {
			hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
			    "domain '%s' is already defined with uuid %s",
			    byuuid->def->name,
			    hv_uuid_format(byuuid->def->uuid, uuid));
			return -1;
		}
		*existing = byuuid;
		return 0;
	}
	byname = test_dom_by_name(st, def->name);
	if (byname) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
		    "domain '%s' already exists with uuid %s", def->name,
		    hv_uuid_format(byname->def->uuid, uuid));
		return -1;
	}
	return 0;
}
