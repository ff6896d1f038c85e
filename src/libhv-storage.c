/*
 * The public storage API: reset the error, refuse what a read-only
 * connection may not do, then hand over to the driver's table.
 */
#include "hv-storage.h"

#include <stdlib.h>
#include <string.h>

#include "conf/storage.h"
#include "driver-storage.h"
#include "libhv.h"
#include "util/xalloc.h"

static const struct hv_storage_driver *
ops(struct hv_conn *conn)
{
	return conn && conn->driver ? conn->driver->storage : NULL;
}

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
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	*pools = NULL;
	if (!hv_api_supported(d ? d->list_all : NULL,
	    "virConnectListAllStoragePools"))
		return -1;
	return d->list_all(conn, pools, flags);
}

struct hv_pool *
hv_pool_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_name : NULL,
	    "virStoragePoolLookupByName"))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_pool *
hv_pool_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_uuid : NULL,
	    "virStoragePoolLookupByUUID"))
		return NULL;
	return d->lookup_by_uuid(conn, uuid);
}

struct hv_pool *
hv_pool_lookup_by_uuid_string(struct hv_conn *conn, const char *uuid)
{
	unsigned char raw[HV_UUID_BUFLEN];

	hv_error_reset();
	if (hv_uuid_parse(uuid, raw) < 0) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_INVALID_ARG,
		    "uuidstr in virStoragePoolLookupByUUIDString must be a "
		    "valid UUID");
		return NULL;
	}
	return hv_pool_lookup_by_uuid(conn, raw);
}

struct hv_pool *
hv_pool_lookup_by_volume(struct hv_vol *vol)
{
	const struct hv_storage_driver *d = ops(vol->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->lookup_by_volume : NULL,
	    "virStoragePoolLookupByVolume"))
		return NULL;
	return d->lookup_by_volume(vol);
}

struct hv_pool *
hv_pool_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_writable(conn, HV_FROM_STORAGE,
	    "virStoragePoolDefineXML") ||
	    !hv_api_supported(d ? d->define_xml : NULL,
	    "virStoragePoolDefineXML"))
		return NULL;
	return d->define_xml(conn, xml, flags);
}

struct hv_pool *
hv_pool_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_writable(conn, HV_FROM_STORAGE,
	    "virStoragePoolCreateXML") ||
	    !hv_api_supported(d ? d->create_xml : NULL,
	    "virStoragePoolCreateXML"))
		return NULL;
	return d->create_xml(conn, xml, flags);
}

int
hv_pool_undefine(struct hv_pool *pool)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStoragePoolUndefine") ||
	    !hv_api_supported(d ? d->undefine : NULL, "virStoragePoolUndefine"))
		return -1;
	return d->undefine(pool);
}

int
hv_pool_create(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStoragePoolCreate") ||
	    !hv_api_supported(d ? d->create : NULL, "virStoragePoolCreate"))
		return -1;
	return d->create(pool, flags);
}

int
hv_pool_build(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStoragePoolBuild") ||
	    !hv_api_supported(d ? d->build : NULL, "virStoragePoolBuild"))
		return -1;
	return d->build(pool, flags);
}

int
hv_pool_destroy(struct hv_pool *pool)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStoragePoolDestroy") ||
	    !hv_api_supported(d ? d->destroy : NULL, "virStoragePoolDestroy"))
		return -1;
	return d->destroy(pool);
}

int
hv_pool_refresh(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStoragePoolRefresh") ||
	    !hv_api_supported(d ? d->refresh : NULL, "virStoragePoolRefresh"))
		return -1;
	return d->refresh(pool, flags);
}

int
hv_pool_get_info(struct hv_pool *pool, struct hv_pool_info *info)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	memset(info, 0, sizeof(*info));
	if (!hv_api_supported(d ? d->get_info : NULL, "virStoragePoolGetInfo"))
		return -1;
	return d->get_info(pool, info);
}

char *
hv_pool_get_xml_desc(struct hv_pool *pool, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_xml_desc : NULL,
	    "virStoragePoolGetXMLDesc"))
		return NULL;
	return d->get_xml_desc(pool, flags);
}

int
hv_pool_get_autostart(struct hv_pool *pool, int *autostart)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->get_autostart : NULL,
	    "virStoragePoolGetAutostart"))
		return -1;
	return d->get_autostart(pool, autostart);
}

int
hv_pool_set_autostart(struct hv_pool *pool, int autostart)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStoragePoolSetAutostart") ||
	    !hv_api_supported(d ? d->set_autostart : NULL,
	    "virStoragePoolSetAutostart"))
		return -1;
	return d->set_autostart(pool, autostart);
}

int
hv_pool_is_active(struct hv_pool *pool)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_active : NULL,
	    "virStoragePoolIsActive"))
		return -1;
	return d->is_active(pool);
}

int
hv_pool_is_persistent(struct hv_pool *pool)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->is_persistent : NULL,
	    "virStoragePoolIsPersistent"))
		return -1;
	return d->is_persistent(pool);
}

/* ---- volumes -------------------------------------------------------- */

int
hv_pool_list_all_volumes(struct hv_pool *pool, struct hv_vol ***vols,
    unsigned int flags)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	*vols = NULL;
	if (!hv_api_supported(d ? d->list_all_volumes : NULL,
	    "virStoragePoolListAllVolumes"))
		return -1;
	return d->list_all_volumes(pool, vols, flags);
}

struct hv_vol *
hv_vol_lookup_by_name(struct hv_pool *pool, const char *name)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->vol_lookup_by_name : NULL,
	    "virStorageVolLookupByName"))
		return NULL;
	return d->vol_lookup_by_name(pool, name);
}

struct hv_vol *
hv_vol_lookup_by_key(struct hv_conn *conn, const char *key)
{
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->vol_lookup_by_key : NULL,
	    "virStorageVolLookupByKey"))
		return NULL;
	return d->vol_lookup_by_key(conn, key);
}

struct hv_vol *
hv_vol_lookup_by_path(struct hv_conn *conn, const char *path)
{
	const struct hv_storage_driver *d = ops(conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->vol_lookup_by_path : NULL,
	    "virStorageVolLookupByPath"))
		return NULL;
	return d->vol_lookup_by_path(conn, path);
}

struct hv_vol *
hv_vol_create_xml(struct hv_pool *pool, const char *xml, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(pool->conn);

	hv_error_reset();
	if (!hv_api_writable(pool->conn, HV_FROM_STORAGE,
	    "virStorageVolCreateXML") ||
	    !hv_api_supported(d ? d->vol_create_xml : NULL,
	    "virStorageVolCreateXML"))
		return NULL;
	return d->vol_create_xml(pool, xml, flags);
}

int
hv_vol_delete(struct hv_vol *vol, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(vol->conn);

	hv_error_reset();
	if (!hv_api_writable(vol->conn, HV_FROM_STORAGE,
	    "virStorageVolDelete") ||
	    !hv_api_supported(d ? d->vol_delete : NULL, "virStorageVolDelete"))
		return -1;
	return d->vol_delete(vol, flags);
}

int
hv_vol_get_info(struct hv_vol *vol, struct hv_vol_info *info,
    unsigned int flags)
{
	const struct hv_storage_driver *d = ops(vol->conn);

	hv_error_reset();
	memset(info, 0, sizeof(*info));
	if (!hv_api_supported(d ? d->vol_get_info : NULL,
	    flags ? "virStorageVolGetInfoFlags" : "virStorageVolGetInfo"))
		return -1;
	return d->vol_get_info(vol, info, flags);
}

char *
hv_vol_get_xml_desc(struct hv_vol *vol, unsigned int flags)
{
	const struct hv_storage_driver *d = ops(vol->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->vol_get_xml_desc : NULL,
	    "virStorageVolGetXMLDesc"))
		return NULL;
	return d->vol_get_xml_desc(vol, flags);
}

char *
hv_vol_get_path(struct hv_vol *vol)
{
	const struct hv_storage_driver *d = ops(vol->conn);

	hv_error_reset();
	if (!hv_api_supported(d ? d->vol_get_path : NULL,
	    "virStorageVolGetPath"))
		return NULL;
	return d->vol_get_path(vol);
}
