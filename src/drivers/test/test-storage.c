/*
 * The test driver's storage pools and volumes.
 *
 * Pools are indexed by name and UUID, volumes per pool by name, key and
 * path, so that every lookup is a hash probe (a key or path lookup
 * probes each running pool once).  Sizes follow libvirt's test driver:
 * a pool defined, created or loaded gets 100 GiB of capacity and no
 * allocation; volumes created in it add their allocation.
 */
#include "drivers/test/test.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conf/storage.h"
#include "driver-storage.h"
#include "error.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/xml.h"

#define POOL_CAPACITY (100ULL * 1024 * 1024 * 1024)

struct test_pool {
	struct hv_pool_def *def;
	struct hv_pool_def *newdef;	/* config to apply once stopped */
	bool active;
	bool persistent;
	bool autostart;
	struct hv_hash *vols;		/* owns the struct hv_vol_def */
	struct hv_hash *vol_keys;	/* key -> struct hv_vol_def */
	struct hv_hash *vol_paths;	/* path -> struct hv_vol_def */
};

struct test_storage {
	struct hv_hash *by_name;	/* owns the struct test_pool */
	struct hv_hash *by_uuid;	/* 16 UUID bytes -> struct test_pool */
};

static void
vol_free(void *p)
{
	hv_vol_def_free(p);
}

static void
pool_free(void *p)
{
	struct test_pool *tp = p;

	if (tp == NULL)
		return;
	hv_hash_free(tp->vol_keys);
	hv_hash_free(tp->vol_paths);
	hv_hash_free(tp->vols);
	hv_pool_def_free(tp->def);
	hv_pool_def_free(tp->newdef);
	free(tp);
}

struct test_storage *
test_storage_new(void)
{
	struct test_storage *s = xcalloc(1, sizeof(*s));

	s->by_name = hv_hash_new(pool_free);
	s->by_uuid = hv_hash_new_keyed(HV_UUID_BUFLEN, NULL);
	return s;
}

void
test_storage_free(struct test_storage *s)
{
	if (s == NULL)
		return;
	hv_hash_free(s->by_uuid);
	hv_hash_free(s->by_name);
	free(s);
}

/* ---- bookkeeping (callers hold st->lock) ---------------------------- */

static struct test_pool *
pool_by_uuid(struct test_storage *s, const unsigned char *uuid)
{
	return hv_hash_lookup(s->by_uuid, (const char *)uuid);
}

static void
set_default_sizes(struct hv_pool_def *def)
{
	def->capacity = POOL_CAPACITY;
	def->allocation = 0;
	def->available = POOL_CAPACITY;
}

/* Add a pool for def (taken). */
static struct test_pool *
pool_add(struct test_storage *s, struct hv_pool_def *def)
{
	struct test_pool *tp = xcalloc(1, sizeof(*tp));

	tp->def = def;
	tp->vols = hv_hash_new(vol_free);
	tp->vol_keys = hv_hash_new(NULL);
	tp->vol_paths = hv_hash_new(NULL);
	hv_hash_set(s->by_name, def->name, tp);
	hv_hash_set(s->by_uuid, (const char *)def->uuid, tp);
	return tp;
}

static void
pool_remove(struct test_storage *s, struct test_pool *tp)
{
	hv_hash_steal(s->by_uuid, (const char *)tp->def->uuid);
	hv_hash_remove(s->by_name, tp->def->name);
}

/*
 * What is left of a pool: capacity less allocation, and 0 when its
 * volumes take more than its capacity (libvirt's test driver lets the
 * unsigned difference wrap round to some 16 EiB there).
 */
static void
pool_set_available(struct hv_pool_def *def)
{
	def->available = def->capacity > def->allocation ?
	    def->capacity - def->allocation : 0;
}

/*
 * Add a volume (taken) to a pool, accounting for its allocation;
 * vol_remove() gives back exactly what this took.
 */
static void
vol_add(struct test_pool *tp, struct hv_vol_def *v)
{
	hv_hash_set(tp->vols, v->name, v);
	if (v->key)
		hv_hash_set(tp->vol_keys, v->key, v);
	if (v->path)
		hv_hash_set(tp->vol_paths, v->path, v);
	tp->def->allocation += v->allocation;
	pool_set_available(tp->def);
}

static void
vol_remove(struct test_pool *tp, struct hv_vol_def *v)
{
	tp->def->allocation -= v->allocation;
	pool_set_available(tp->def);
	if (v->key)
		hv_hash_steal(tp->vol_keys, v->key);
	if (v->path)
		hv_hash_steal(tp->vol_paths, v->path);
	hv_hash_remove(tp->vols, v->name);
}

static bool
shares_device(const struct hv_pool_def *a, const struct hv_pool_def *b)
{
	int i, j;

	for (i = 0; i < a->ndevices; i++)
		for (j = 0; j < b->ndevices; j++)
			if (strcmp(a->devices[i], b->devices[j]) == 0)
				return true;
	return false;
}

static bool
device_type(int type)
{
	return type == HV_POOL_FS || type == HV_POOL_LOGICAL ||
	    type == HV_POOL_DISK || type == HV_POOL_ZFS;
}

struct conflict {
	const struct hv_pool_def *def;
	const char *found;
};

static void
find_conflict(const char *key, void *value, void *opaque)
{
	const struct test_pool *tp = value;
	struct conflict *c = opaque;
	const struct hv_pool_def *o = tp->def;

	(void)key;
	if (c->found || memcmp(o->uuid, c->def->uuid, HV_UUID_BUFLEN) == 0)
		return;
	if (o->type == HV_POOL_DIR && c->def->type == HV_POOL_DIR &&
	    o->target_path && c->def->target_path &&
	    strcmp(o->target_path, c->def->target_path) == 0)
		c->found = o->name;
	else if (device_type(o->type) && device_type(c->def->type) &&
	    shares_device(o, c->def))
		c->found = o->name;
}

/*
 * libvirt's checks before adding or replacing a pool: same UUID with
 * another name, same name with another UUID, another pool using the
 * same storage.  *existing gets the pool def replaces, if any.
 */
static int
check_dup(struct test_storage *s, const struct hv_pool_def *def,
    struct test_pool **existing)
{
	struct test_pool *tp;
	struct conflict c = { def, NULL };
	char uuid[HV_UUID_STRLEN];

	*existing = NULL;
	if ((tp = pool_by_uuid(s, def->uuid)) != NULL) {
		if (strcmp(tp->def->name, def->name) != 0) {
			hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
			    "pool '%s' is already defined with uuid %s",
			    tp->def->name,
			    hv_uuid_format(tp->def->uuid, uuid));
			return -1;
		}
		*existing = tp;
	} else if ((tp = hv_hash_lookup(s->by_name, def->name)) != NULL) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
		    "pool '%s' already exists with uuid %s", def->name,
		    hv_uuid_format(tp->def->uuid, uuid));
		return -1;
	}
	hv_hash_foreach(s->by_name, find_conflict, &c);
	if (c.found) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
		    "Storage source conflict with pool: '%s'", c.found);
		return -1;
	}
	return 0;
}

/* ---- loading -------------------------------------------------------- */

/* A volume of a loaded pool: path and key default from the pool. */
static int
load_volume(struct test_pool *tp, void *doc, xmlNodePtr node)
{
	struct hv_vol_def *v;

	v = hv_vol_def_parse_node(doc, node, tp->def->type);
	if (v == NULL)
		return -1;
	if (hv_hash_lookup(tp->vols, v->name)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
		    "%s", "storage vol already exists");
		hv_vol_def_free(v);
		return -1;
	}
	if (v->path == NULL)
		v->path = xasprintf("%s/%s", tp->def->target_path ?
		    tp->def->target_path : "", v->name);
	if (v->key == NULL)
		v->key = xstrdup(v->path);
	vol_add(tp, v);
	return 0;
}

int
test_storage_load_node(struct test_storage *s, xmlNodePtr node)
{
	struct hv_pool_def *def;
	struct test_pool *tp, *old;
	xmlNodePtr c;

	if ((def = hv_pool_def_parse_node(node->doc, node)) == NULL)
		return -1;
	if (check_dup(s, def, &old) < 0 || old != NULL) {
		if (old)
			hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED,
			    "pool '%s' already exists", def->name);
		hv_pool_def_free(def);
		return -1;
	}
	set_default_sizes(def);
	tp = pool_add(s, def);
	tp->active = true;
	tp->persistent = true;
	for (c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)c->name, "volume") != 0)
			continue;
		if (load_volume(tp, node->doc, c) < 0)
			return -1;
	}
	return 0;
}

int
test_storage_load(struct test_storage *s, const char *xml)
{
	xmlDocPtr doc = hv_xml_parse(xml, "(storage_pool_definition)");
	xmlNodePtr root;
	int ret = -1;

	if (doc == NULL)
		return -1;
	if ((root = hv_xml_root(doc, "pool")) != NULL)
		ret = test_storage_load_node(s, root);
	xmlFreeDoc(doc);
	return ret;
}

/* ---- handles and locking -------------------------------------------- */

static struct hv_pool *
pool_handle(struct hv_conn *conn, const struct test_pool *tp)
{
	return hv_pool_new(conn, tp->def->name, tp->def->uuid);
}

static struct hv_vol *
vol_handle(struct hv_conn *conn, const struct test_pool *tp,
    const struct hv_vol_def *v)
{
	return hv_vol_new(conn, tp->def->name, v->name,
	    v->key ? v->key : "");
}

static void
unlock(struct test_state *st)
{
	pthread_mutex_unlock(&st->lock);
}

/*
 * Lock the state and find pool's object; on failure the state is
 * unlocked and the error set.
 */
static struct test_pool *
lock_pool(struct hv_pool *pool, struct test_state **stp)
{
	struct test_state *st = test_conn_state(pool->conn);
	struct test_pool *tp;

	test_state_lock_objects(st);
	tp = hv_hash_lookup(st->storage->by_name, pool->name);
	if (tp == NULL) {
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_POOL,
		    "no storage pool with matching name '%s'", pool->name);
		unlock(st);
		return NULL;
	}
	*stp = st;
	return tp;
}

static bool
need_active(const struct test_pool *tp)
{
	if (tp->active)
		return true;
	hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
	    "storage pool '%s' is not active", tp->def->name);
	return false;
}

static bool
need_inactive(const struct test_pool *tp)
{
	if (!tp->active)
		return true;
	hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
	    "storage pool '%s' is active", tp->def->name);
	return false;
}

/* Lock and find a volume of a running pool. */
static struct hv_vol_def *
lock_vol(struct hv_vol *vol, struct test_state **stp,
    struct test_pool **tpp)
{
	struct test_state *st = test_conn_state(vol->conn);
	struct test_pool *tp;
	struct hv_vol_def *v = NULL;

	test_state_lock_objects(st);
	tp = hv_hash_lookup(st->storage->by_name, vol->pool);
	if (tp == NULL) {
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_POOL,
		    "no storage pool with matching name '%s'", vol->pool);
		goto fail;
	}
	if (!need_active(tp))
		goto fail;
	if ((v = hv_hash_lookup(tp->vols, vol->name)) == NULL) {
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_VOL,
		    "no storage vol with matching name '%s'", vol->name);
		goto fail;
	}
	*stp = st;
	*tpp = tp;
	return v;
fail:
	unlock(st);
	return NULL;
}

/* ---- pool operations ------------------------------------------------ */

struct collect {
	struct hv_conn *conn;
	unsigned int flags;
	struct hv_pool **v;
	size_t n, cap;
};

static bool
pool_matches(const struct test_pool *tp, unsigned int flags)
{
	unsigned int types = 0;
	bool autostart = tp->persistent && tp->autostart;
	int t;

	if ((flags & (HV_LIST_POOLS_ACTIVE | HV_LIST_POOLS_INACTIVE)) &&
	    !((tp->active && (flags & HV_LIST_POOLS_ACTIVE)) ||
	    (!tp->active && (flags & HV_LIST_POOLS_INACTIVE))))
		return false;
	if ((flags & (HV_LIST_POOLS_PERSISTENT | HV_LIST_POOLS_TRANSIENT)) &&
	    !((tp->persistent && (flags & HV_LIST_POOLS_PERSISTENT)) ||
	    (!tp->persistent && (flags & HV_LIST_POOLS_TRANSIENT))))
		return false;
	if ((flags & (HV_LIST_POOLS_AUTOSTART | HV_LIST_POOLS_NO_AUTOSTART)) &&
	    !((autostart && (flags & HV_LIST_POOLS_AUTOSTART)) ||
	    (!autostart && (flags & HV_LIST_POOLS_NO_AUTOSTART))))
		return false;
	for (t = 0; t < HV_POOL_TYPE_LAST; t++)
		types |= hv_pool_type_list_flag(t);
	if ((flags & types) &&
	    !(flags & hv_pool_type_list_flag(tp->def->type)))
		return false;
	return true;
}

static void
collect_pool(const char *key, void *value, void *opaque)
{
	struct collect *c = opaque;
	struct test_pool *tp = value;

	(void)key;
	if (!pool_matches(tp, c->flags))
		return;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = pool_handle(c->conn, tp);
}

static int
cmp_pool(const void *x, const void *y)
{
	const struct hv_pool *const *p = x, *const *q = y;

	return strcmp((*p)->name, (*q)->name);
}

static int
list_all(struct hv_conn *conn, struct hv_pool ***pools, unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct collect c = { conn, flags, NULL, 0, 0 };

	if (hv_check_flags(HV_FROM_TEST, flags, (HV_LIST_POOLS_ISCSI_DIRECT
	    << 1) - 1, "testConnectListAllStoragePools") < 0)
		return -1;
	test_state_lock_objects(st);
	hv_hash_foreach(st->storage->by_name, collect_pool, &c);
	unlock(st);
	if (c.n)
		qsort(c.v, c.n, sizeof(*c.v), cmp_pool);
	*pools = c.v;
	return (int)c.n;
}

static struct hv_pool *
lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct test_state *st = test_conn_state(conn);
	struct test_pool *tp;
	struct hv_pool *p = NULL;

	test_state_lock_objects(st);
	if ((tp = hv_hash_lookup(st->storage->by_name, name)) != NULL)
		p = pool_handle(conn, tp);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_POOL,
		    "no storage pool with matching name '%s'", name);
	unlock(st);
	return p;
}

static struct hv_pool *
lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct test_state *st = test_conn_state(conn);
	char text[HV_UUID_STRLEN];
	struct test_pool *tp;
	struct hv_pool *p = NULL;

	test_state_lock_objects(st);
	if ((tp = pool_by_uuid(st->storage, uuid)) != NULL)
		p = pool_handle(conn, tp);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_POOL,
		    "no storage pool with matching uuid '%s'",
		    hv_uuid_format(uuid, text));
	unlock(st);
	return p;
}

static struct hv_pool *
lookup_by_volume(struct hv_vol *vol)
{
	return lookup_by_name(vol->conn, vol->pool);
}

static struct hv_pool *
define_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_pool_def *def;
	struct test_pool *tp;
	struct hv_pool *p = NULL;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_POOL_DEFINE_VALIDATE,
	    "testStoragePoolDefineXML") < 0)
		return NULL;
	if ((def = hv_pool_def_parse(xml)) == NULL)
		return NULL;
	set_default_sizes(def);
	test_state_lock_objects(st);
	if (check_dup(st->storage, def, &tp) < 0) {
		hv_pool_def_free(def);
		goto out;
	}
	if (tp == NULL) {
		tp = pool_add(st->storage, def);
	} else if (tp->active) {
		/* the running pool keeps its definition until stopped */
		hv_pool_def_free(tp->newdef);
		tp->newdef = def;
	} else {
		def->allocation = tp->def->allocation;
		pool_set_available(def);
		hv_pool_def_free(tp->def);
		tp->def = def;
	}
	tp->persistent = true;
	p = pool_handle(conn, tp);
out:
	unlock(st);
	return p;
}

static struct hv_pool *
create_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_pool_def *def;
	struct test_pool *tp;
	struct hv_pool *p = NULL;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStoragePoolCreateXML") < 0)
		return NULL;
	if ((def = hv_pool_def_parse(xml)) == NULL)
		return NULL;
	set_default_sizes(def);
	test_state_lock_objects(st);
	if (check_dup(st->storage, def, &tp) < 0) {
		hv_pool_def_free(def);
		goto out;
	}
	if (tp && tp->active) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
		    "pool is already active as '%s'", tp->def->name);
		hv_pool_def_free(def);
		goto out;
	}
	if (tp == NULL) {
		tp = pool_add(st->storage, def);
	} else {
		/* a defined pool started with this definition for now */
		hv_pool_def_free(tp->newdef);
		tp->newdef = tp->def;
		tp->def = def;
	}
	tp->active = true;
	p = pool_handle(conn, tp);
out:
	unlock(st);
	return p;
}

static int
undefine(struct hv_pool *pool)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret = -1;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (!need_inactive(tp))
		goto out;
	pool_remove(st->storage, tp);
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
start(struct hv_pool *pool, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStoragePoolCreate") < 0)
		return -1;
	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (need_inactive(tp)) {
		tp->active = true;
		ret = 0;
	}
	unlock(st);
	return ret;
}

static int
build(struct hv_pool *pool, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStoragePoolBuild") < 0)
		return -1;
	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (need_inactive(tp))
		ret = 0;
	unlock(st);
	return ret;
}

static int
destroy(struct hv_pool *pool)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret = -1;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (!need_active(tp))
		goto out;
	tp->active = false;
	if (!tp->persistent) {
		pool_remove(st->storage, tp);
	} else if (tp->newdef) {
		tp->newdef->allocation = tp->def->allocation;
		tp->newdef->available = tp->def->available;
		hv_pool_def_free(tp->def);
		tp->def = tp->newdef;
		tp->newdef = NULL;
	}
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
refresh(struct hv_pool *pool, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStoragePoolRefresh") < 0)
		return -1;
	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (need_active(tp))
		ret = 0;
	unlock(st);
	return ret;
}

static int
get_info(struct hv_pool *pool, struct hv_pool_info *info)
{
	struct test_state *st;
	struct test_pool *tp;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	info->state = tp->active ? HV_POOL_RUNNING : HV_POOL_INACTIVE;
	info->capacity = tp->def->capacity;
	info->allocation = tp->def->allocation;
	info->available = tp->def->available;
	unlock(st);
	return 0;
}

static char *
get_xml_desc(struct hv_pool *pool, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	char *xml;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStoragePoolGetXMLDesc") < 0)
		return NULL;
	if ((tp = lock_pool(pool, &st)) == NULL)
		return NULL;
	xml = hv_pool_def_format(tp->def);
	unlock(st);
	return xml;
}

static int
get_autostart(struct hv_pool *pool, int *autostart)
{
	struct test_state *st;
	struct test_pool *tp;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	*autostart = tp->persistent && tp->autostart;
	unlock(st);
	return 0;
}

static int
set_autostart(struct hv_pool *pool, int autostart)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret = -1;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (!tp->persistent) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG, "%s",
		    "pool has no config file");
	} else {
		tp->autostart = autostart != 0;
		ret = 0;
	}
	unlock(st);
	return ret;
}

static int
is_active(struct hv_pool *pool)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	ret = tp->active;
	unlock(st);
	return ret;
}

static int
is_persistent(struct hv_pool *pool)
{
	struct test_state *st;
	struct test_pool *tp;
	int ret;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	ret = tp->persistent;
	unlock(st);
	return ret;
}

/* ---- volume operations ---------------------------------------------- */

struct vcollect {
	struct hv_conn *conn;
	const struct test_pool *tp;
	struct hv_vol **v;
	size_t n, cap;
};

static void
collect_vol(const char *key, void *value, void *opaque)
{
	struct vcollect *c = opaque;

	(void)key;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = vol_handle(c->conn, c->tp, value);
}

static int
cmp_vol(const void *x, const void *y)
{
	const struct hv_vol *const *p = x, *const *q = y;

	return strcmp((*p)->name, (*q)->name);
}

static int
list_all_volumes(struct hv_pool *pool, struct hv_vol ***vols,
    unsigned int flags)
{
	struct vcollect c = { pool->conn, NULL, NULL, 0, 0 };
	struct test_state *st;
	struct test_pool *tp;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStoragePoolListAllVolumes") < 0)
		return -1;
	if ((tp = lock_pool(pool, &st)) == NULL)
		return -1;
	if (!tp->active) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID, "%s",
		    "storage pool is not active");
		unlock(st);
		return -1;
	}
	c.tp = tp;
	hv_hash_foreach(tp->vols, collect_vol, &c);
	unlock(st);
	if (c.n)
		qsort(c.v, c.n, sizeof(*c.v), cmp_vol);
	*vols = c.v;
	return (int)c.n;
}

static struct hv_vol *
vol_lookup_by_name(struct hv_pool *pool, const char *name)
{
	struct test_state *st;
	struct test_pool *tp;
	struct hv_vol_def *v;
	struct hv_vol *vol = NULL;

	if ((tp = lock_pool(pool, &st)) == NULL)
		return NULL;
	if (!need_active(tp))
		goto out;
	if ((v = hv_hash_lookup(tp->vols, name)) == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_VOL,
		    "no storage vol with matching name '%s'", name);
	else
		vol = vol_handle(pool->conn, tp, v);
out:
	unlock(st);
	return vol;
}

/* Find a volume by key or path among the running pools. */
struct vfind {
	const char *word;
	bool by_path;
	const struct test_pool *tp;
	const struct hv_vol_def *v;
};

static void
find_vol(const char *key, void *value, void *opaque)
{
	const struct test_pool *tp = value;
	struct vfind *f = opaque;
	const struct hv_vol_def *v;

	(void)key;
	if (f->v || !tp->active)
		return;
	v = hv_hash_lookup(f->by_path ? tp->vol_paths : tp->vol_keys,
	    f->word);
	if (v) {
		f->v = v;
		f->tp = tp;
	}
}

static struct hv_vol *
vol_find(struct hv_conn *conn, const char *word, bool by_path)
{
	struct test_state *st = test_conn_state(conn);
	struct vfind f = { word, by_path, NULL, NULL };
	struct hv_vol *vol = NULL;

	test_state_lock_objects(st);
	hv_hash_foreach(st->storage->by_name, find_vol, &f);
	if (f.v)
		vol = vol_handle(conn, f.tp, f.v);
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_STORAGE_VOL,
		    "no storage vol with matching %s '%s'",
		    by_path ? "path" : "key", word);
	unlock(st);
	return vol;
}

static struct hv_vol *
vol_lookup_by_key(struct hv_conn *conn, const char *key)
{
	return vol_find(conn, key, false);
}

static struct hv_vol *
vol_lookup_by_path(struct hv_conn *conn, const char *path)
{
	return vol_find(conn, path, true);
}

static struct hv_vol *
vol_create_xml(struct hv_pool *pool, const char *xml, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	struct hv_vol_def *v = NULL;
	struct hv_vol *vol = NULL;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStorageVolCreateXML") < 0)
		return NULL;
	if ((tp = lock_pool(pool, &st)) == NULL)
		return NULL;
	if (!need_active(tp))
		goto out;
	if ((v = hv_vol_def_parse(xml, tp->def->type)) == NULL)
		goto out;
	if (hv_hash_lookup(tp->vols, v->name)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_FAILED, "%s",
		    "storage vol already exists");
		goto out;
	}
	if (tp->def->allocation + v->allocation > tp->def->capacity) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR,
		    "Not enough free space in pool for volume '%s'", v->name);
		goto out;
	}
	/* the test driver places every new volume under the pool's path */
	free(v->path);
	free(v->key);
	v->path = xasprintf("%s/%s", tp->def->target_path ?
	    tp->def->target_path : "", v->name);
	v->key = xstrdup(v->path);
	vol_add(tp, v);
	vol = vol_handle(pool->conn, tp, v);
	v = NULL;
out:
	hv_vol_def_free(v);
	unlock(st);
	return vol;
}

static int
vol_delete(struct hv_vol *vol, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	struct hv_vol_def *v;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStorageVolDelete") < 0)
		return -1;
	if ((v = lock_vol(vol, &st, &tp)) == NULL)
		return -1;
	vol_remove(tp, v);
	unlock(st);
	return 0;
}

/* libvirt's test driver has only the flag-less call. */
static int
vol_get_info(struct hv_vol *vol, struct hv_vol_info *info)
{
	struct test_state *st;
	struct test_pool *tp;
	struct hv_vol_def *v;

	if ((v = lock_vol(vol, &st, &tp)) == NULL)
		return -1;
	info->type = hv_pool_type_vol_type(tp->def->type);
	info->capacity = v->capacity;
	info->allocation = v->allocation;
	unlock(st);
	return 0;
}

static char *
vol_get_xml_desc(struct hv_vol *vol, unsigned int flags)
{
	struct test_state *st;
	struct test_pool *tp;
	struct hv_vol_def *v;
	char *xml;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testStorageVolGetXMLDesc") < 0)
		return NULL;
	if ((v = lock_vol(vol, &st, &tp)) == NULL)
		return NULL;
	xml = hv_vol_def_format(v, tp->def->type);
	unlock(st);
	return xml;
}

static char *
vol_get_path(struct hv_vol *vol)
{
	struct test_state *st;
	struct test_pool *tp;
	struct hv_vol_def *v;
	char *path;

	if ((v = lock_vol(vol, &st, &tp)) == NULL)
		return NULL;
	path = xstrdup(v->path ? v->path : "");
	unlock(st);
	return path;
}

const struct hv_storage_driver test_storage_driver = {
	.list_all = list_all,
	.lookup_by_name = lookup_by_name,
	.lookup_by_uuid = lookup_by_uuid,
	.lookup_by_volume = lookup_by_volume,
	.define_xml = define_xml,
	.create_xml = create_xml,
	.undefine = undefine,
	.create = start,
	.build = build,
	.destroy = destroy,
	.refresh = refresh,
	.get_info = get_info,
	.get_xml_desc = get_xml_desc,
	.get_autostart = get_autostart,
	.set_autostart = set_autostart,
	.is_active = is_active,
	.is_persistent = is_persistent,
	.list_all_volumes = list_all_volumes,
	.vol_lookup_by_name = vol_lookup_by_name,
	.vol_lookup_by_key = vol_lookup_by_key,
	.vol_lookup_by_path = vol_lookup_by_path,
	.vol_create_xml = vol_create_xml,
	.vol_delete = vol_delete,
	.vol_get_info = vol_get_info,
	.vol_get_xml_desc = vol_get_xml_desc,
	.vol_get_path = vol_get_path,
};
