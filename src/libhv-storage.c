/*
 * The public storage API: the checks of the call's row in api-list.h
 * (hv_api_enter), then the driver's table.
 */
#include "hv-storage.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "conf/storage.h"
#include "driver-storage.h"
#include "libhv.h"
#include "util/xalloc.h"

/* The driver's storage table after the checks of call id (libhv.h). */
#define enter(id, obj, args) hv_api_family((id), (obj), (args), \
	offsetof(struct hv_driver, storage))
/* The checks of call id, and that the driver has op. */
#define ENTER(d, id, obj, args, op) \
	HV_API_ENTER(d, enter(id, obj, args), id, op)

unsigned int
hv_pool_type_list_flag(int type)
{
	static const unsigned int bits[HV_POOL_TYPE_LAST] = {
		[HV_POOL_DIR] = HV_LIST_POOLS_DIR,
		[HV_POOL_FS] = HV_LIST_POOLS_FS,
		[HV_POOL_NETFS] = HV_LIST_POOLS_NETFS,
		[HV_POOL_LOGICAL] = HV_LIST_POOLS_LOGICAL,
		[HV_POOL_DISK] = HV_LIST_POOLS_DISK,
		[HV_POOL_ISCSI] = HV_LIST_POOLS_ISCSI,
		[HV_POOL_ISCSI_DIRECT] = HV_LIST_POOLS_ISCSI_DIRECT,
		[HV_POOL_SCSI] = HV_LIST_POOLS_SCSI,
		[HV_POOL_MPATH] = HV_LIST_POOLS_MPATH,
		[HV_POOL_RBD] = HV_LIST_POOLS_RBD,
		[HV_POOL_SHEEPDOG] = HV_LIST_POOLS_SHEEPDOG,
		[HV_POOL_GLUSTER] = HV_LIST_POOLS_GLUSTER,
		[HV_POOL_ZFS] = HV_LIST_POOLS_ZFS,
		[HV_POOL_VSTORAGE] = HV_LIST_POOLS_VSTORAGE,
	};

	if (type < 0 || type >= HV_POOL_TYPE_LAST)
		return 0;
	return bits[type];
}

/* ---- handles -------------------------------------------------------- */

struct hv_pool *
hv_pool_new(struct hv_conn *conn, const char *name,
    const unsigned char *uuid)
{
	struct hv_pool *p = xcalloc(1, sizeof(*p));

	p->conn = conn;
	p->name = xstrdup(name);
	memcpy(p->uuid, uuid, HV_UUID_BUFLEN);
	return p;
}

void
hv_pool_free(struct hv_pool *pool)
{
	if (!pool)
		return;
	free(pool->name);
	free(pool);
}

void
hv_pool_list_free(struct hv_pool **pools, int n)
{
	int i;

	if (!pools)
		return;
	for (i = 0; i < n; i++)
		hv_pool_free(pools[i]);
	free(pools);
}

struct hv_vol *
hv_vol_new(struct hv_conn *conn, const char *pool, const char *name,
    const char *key)
{
	struct hv_vol *v = xcalloc(1, sizeof(*v));

	v->conn = conn;
	v->pool = xstrdup(pool);
	v->name = xstrdup(name);
	v->key = xstrdup(key);
	return v;
}

void
hv_vol_free(struct hv_vol *vol)
{
	if (!vol)
		return;
	free(vol->pool);
	free(vol->name);
	free(vol->key);
	free(vol);
}

void
hv_vol_list_free(struct hv_vol **vols, int n)
{
	int i;

	if (!vols)
		return;
	for (i = 0; i < n; i++)
		hv_vol_free(vols[i]);
	free(vols);
}

/* ---- pools ---------------------------------------------------------- */

int
hv_conn_list_all_storage_pools(struct hv_conn *conn,
    struct hv_pool ***pools, unsigned int flags)
{
	const struct hv_storage_driver *d;
	struct hv_pool **tmp = NULL;
	int n;

	if (pools)
		*pools = NULL;
	if (!ENTER(d, HV_API_CONNECT_LIST_ALL_STORAGE_POOLS, conn, NULL,
	    list_all))
		return -1;
	if (pools)
		return d->list_all(conn, pools, flags);
	/* no array wanted: only the count */
	n = d->list_all(conn, &tmp, flags);
	hv_pool_list_free(tmp, n > 0 ? n : 0);
	return n;
}

struct hv_pool *
hv_pool_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_LOOKUP_BY_NAME, conn,
	    HV_API_ARGS(name), lookup_by_name))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_pool *
hv_pool_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_LOOKUP_BY_UUID, conn,
	    HV_API_ARGS(uuid), lookup_by_uuid))
		return NULL;
	return d->lookup_by_uuid(conn, uuid);
}

struct hv_pool *
hv_pool_lookup_by_uuid_string(struct hv_conn *conn, const char *uuid)
{
	enum hv_api id = HV_API_STORAGE_POOL_LOOKUP_BY_UUID_STRING;
	unsigned char raw[HV_UUID_BUFLEN];

	if (enter(id, conn, HV_API_ARGS(uuid)) == NULL)
		return NULL;
	if (hv_uuid_parse(uuid, raw) < 0) {
		hv_api_bad_arg(id, "uuidstr", "must be a valid UUID");
		return NULL;
	}
	return hv_pool_lookup_by_uuid(conn, raw);
}

struct hv_pool *
hv_pool_lookup_by_volume(struct hv_vol *vol)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_LOOKUP_BY_VOLUME, vol,
	    NULL, lookup_by_volume))
		return NULL;
	return d->lookup_by_volume(vol);
}

struct hv_pool *
hv_pool_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_DEFINE_XML, conn,
	    HV_API_ARGS(xml), define_xml))
		return NULL;
	return d->define_xml(conn, xml, flags);
}

struct hv_pool *
hv_pool_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_CREATE_XML, conn,
	    HV_API_ARGS(xml), create_xml))
		return NULL;
	return d->create_xml(conn, xml, flags);
}

int
hv_pool_undefine(struct hv_pool *pool)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_UNDEFINE, pool, NULL, undefine))
		return -1;
	return d->undefine(pool);
}

int
hv_pool_create(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_CREATE, pool, NULL, create))
		return -1;
	return d->create(pool, flags);
}

int
hv_pool_build(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_BUILD, pool, NULL, build))
		return -1;
	return d->build(pool, flags);
}

int
hv_pool_destroy(struct hv_pool *pool)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_DESTROY, pool, NULL, destroy))
		return -1;
	return d->destroy(pool);
}

int
hv_pool_refresh(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_REFRESH, pool, NULL, refresh))
		return -1;
	return d->refresh(pool, flags);
}

int
hv_pool_get_info(struct hv_pool *pool, struct hv_pool_info *info)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_GET_INFO, pool,
	    HV_API_ARGS(info), get_info))
		return -1;
	memset(info, 0, sizeof(*info));
	return d->get_info(pool, info);
}

char *
hv_pool_get_xml_desc(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_GET_XML_DESC, pool,
	    NULL, get_xml_desc))
		return NULL;
	return d->get_xml_desc(pool, flags);
}

int
hv_pool_get_autostart(struct hv_pool *pool, int *autostart)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_GET_AUTOSTART, pool,
	    HV_API_ARGS(autostart), get_autostart))
		return -1;
	return d->get_autostart(pool, autostart);
}

int
hv_pool_set_autostart(struct hv_pool *pool, int autostart)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_SET_AUTOSTART, pool,
	    NULL, set_autostart))
		return -1;
	return d->set_autostart(pool, autostart);
}

int
hv_pool_is_active(struct hv_pool *pool)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_IS_ACTIVE, pool, NULL, is_active))
		return -1;
	return d->is_active(pool);
}

int
hv_pool_is_persistent(struct hv_pool *pool)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_POOL_IS_PERSISTENT, pool,
	    NULL, is_persistent))
		return -1;
	return d->is_persistent(pool);
}

/* ---- volumes -------------------------------------------------------- */

int
hv_pool_list_all_volumes(struct hv_pool *pool, struct hv_vol ***vols,
    unsigned int flags)
{
	const struct hv_storage_driver *d;
	struct hv_vol **tmp = NULL;
	int n;

	if (vols)
		*vols = NULL;
	if (!ENTER(d, HV_API_STORAGE_POOL_LIST_ALL_VOLUMES, pool, NULL,
	    list_all_volumes))
		return -1;
	if (vols)
		return d->list_all_volumes(pool, vols, flags);
	/* no array wanted: only the count */
	n = d->list_all_volumes(pool, &tmp, flags);
	hv_vol_list_free(tmp, n > 0 ? n : 0);
	return n;
}

struct hv_vol *
hv_vol_lookup_by_name(struct hv_pool *pool, const char *name)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_LOOKUP_BY_NAME, pool,
	    HV_API_ARGS(name), vol_lookup_by_name))
		return NULL;
	return d->vol_lookup_by_name(pool, name);
}

struct hv_vol *
hv_vol_lookup_by_key(struct hv_conn *conn, const char *key)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_LOOKUP_BY_KEY, conn,
	    HV_API_ARGS(key), vol_lookup_by_key))
		return NULL;
	return d->vol_lookup_by_key(conn, key);
}

struct hv_vol *
hv_vol_lookup_by_path(struct hv_conn *conn, const char *path)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_LOOKUP_BY_PATH, conn,
	    HV_API_ARGS(path), vol_lookup_by_path))
		return NULL;
	return d->vol_lookup_by_path(conn, path);
}

struct hv_vol *
hv_vol_create_xml(struct hv_pool *pool, const char *xml, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_CREATE_XML, pool,
	    HV_API_ARGS(xml), vol_create_xml))
		return NULL;
	return d->vol_create_xml(pool, xml, flags);
}

int
hv_vol_delete(struct hv_vol *vol, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_DELETE, vol, NULL, vol_delete))
		return -1;
	return d->vol_delete(vol, flags);
}

int
hv_vol_wipe(struct hv_vol *vol, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_WIPE, vol, NULL, vol_wipe))
		return -1;
	return d->vol_wipe(vol, flags);
}

int
hv_vol_get_info(struct hv_vol *vol, struct hv_vol_info *info,
    unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (flags) {
		if (!ENTER(d, HV_API_STORAGE_VOL_GET_INFO_FLAGS, vol,
		    HV_API_ARGS(info), vol_get_info_flags))
			return -1;
		memset(info, 0, sizeof(*info));
		return d->vol_get_info_flags(vol, info, flags);
	}
	if (!ENTER(d, HV_API_STORAGE_VOL_GET_INFO, vol, HV_API_ARGS(info),
	    vol_get_info))
		return -1;
	memset(info, 0, sizeof(*info));
	return d->vol_get_info(vol, info);
}

char *
hv_vol_get_xml_desc(struct hv_vol *vol, unsigned int flags)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_GET_XML_DESC, vol,
	    NULL, vol_get_xml_desc))
		return NULL;
	return d->vol_get_xml_desc(vol, flags);
}

char *
hv_vol_get_path(struct hv_vol *vol)
{
	const struct hv_storage_driver *d;

	if (!ENTER(d, HV_API_STORAGE_VOL_GET_PATH, vol, NULL, vol_get_path))
		return NULL;
	return d->vol_get_path(vol);
}
