/*
 * remote-storage.c: the remote driver's storage pool and volume
 * operations, each an RPC call (see remote.h).  The uploads and
 * downloads of volume data need streams, which the client does not
 * speak yet: they are not here.
 */
#include <string.h>

#include "drivers/remote/remote.h"
#include "util/xalloc.h"

static struct hv_pool *
pool_of(struct hv_conn *conn, const remote_nonnull_storage_pool *p)
{
	return hv_pool_new(conn, p->name, (const unsigned char *)p->uuid);
}

static void
pool_to(remote_nonnull_storage_pool *p, const struct hv_pool *pool)
{
	p->name = pool->name;
	memcpy(p->uuid, pool->uuid, sizeof(p->uuid));
}

static struct hv_vol *
vol_of(struct hv_conn *conn, const remote_nonnull_storage_vol *v)
{
	return hv_vol_new(conn, v->pool, v->name, v->key);
}

static void
vol_to(remote_nonnull_storage_vol *v, const struct hv_vol *vol)
{
	v->pool = vol->pool;
	v->name = vol->name;
	v->key = vol->key;
}

/* The arguments of the procedures that take the pool alone. */
static remote_pool_only
pool_only(const struct hv_pool *pool)
{
	remote_pool_only args;

	pool_to(&args.pool, pool);
	return args;
}

/* The arguments of the procedures that take the pool and flags. */
static remote_pool_and_flags
pool_and_flags(const struct hv_pool *pool, unsigned int flags)
{
	remote_pool_and_flags args;

	pool_to(&args.pool, pool);
	args.flags = flags;
	return args;
}

/* The arguments of the procedures that take the volume alone. */
static remote_vol_only
vol_only(const struct hv_vol *vol)
{
	remote_vol_only args;

	vol_to(&args.vol, vol);
	return args;
}

/* The arguments of the procedures that take the volume and flags. */
static remote_vol_and_flags
vol_and_flags(const struct hv_vol *vol, unsigned int flags)
{
	remote_vol_and_flags args;

	vol_to(&args.vol, vol);
	args.flags = flags;
	return args;
}

/* A procedure whose arguments are remote_pool_only. */
static int
call_pool(struct hv_pool *pool, int proc, void *ret)
{
	remote_pool_only args = pool_only(pool);

	return remote_call(pool->conn, proc, &args, ret);
}

/* A procedure whose arguments are remote_pool_and_flags. */
static int
call_pool_flags(struct hv_pool *pool, int proc, unsigned int flags,
    void *ret)
{
	remote_pool_and_flags args = pool_and_flags(pool, flags);

	return remote_call(pool->conn, proc, &args, ret);
}

/* A procedure whose arguments are remote_pool_only, its answer an int. */
static int
call_pool_int(struct hv_pool *pool, int proc)
{
	remote_pool_only args = pool_only(pool);

	return remote_call_int(pool->conn, proc, &args);
}

/* A procedure whose answer is a pool. */
static struct hv_pool *
call_for_pool(struct hv_conn *conn, int proc, const void *args)
{
	remote_one_pool ret;
	struct hv_pool *pool;

	if (remote_call(conn, proc, args, &ret) < 0)
		return NULL;
	pool = pool_of(conn, &ret.pool);
	REMOTE_FREE_RET(remote_one_pool, &ret);
	return pool;
}

/* A procedure whose answer is a volume. */
static struct hv_vol *
call_for_vol(struct hv_conn *conn, int proc, const void *args)
{
	remote_one_vol ret;
	struct hv_vol *vol;

	if (remote_call(conn, proc, args, &ret) < 0)
		return NULL;
	vol = vol_of(conn, &ret.vol);
	REMOTE_FREE_RET(remote_one_vol, &ret);
	return vol;
}

/* ---- pools ---------------------------------------------------------- */

static int
remote_list_all(struct hv_conn *conn, struct hv_pool ***pools,
    unsigned int flags)
{
	struct remote_connect_list_all_storage_pools_args args = { 1, flags };
	struct remote_connect_list_all_storage_pools_ret ret;
	struct hv_pool **list;
	unsigned int n;

	if (remote_call(conn, REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS,
	    &args, &ret) < 0)
		return -1;
	n = ret.pools.pools_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = pool_of(conn, &ret.pools.pools_val[i]);
	REMOTE_FREE_RET(remote_connect_list_all_storage_pools_ret, &ret);
	*pools = list;
	return (int)n;
}

static struct hv_pool *
remote_lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct remote_storage_pool_lookup_by_name_args args = { (char *)name };

	return call_for_pool(conn, REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME,
	    &args);
}

static struct hv_pool *
remote_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct remote_storage_pool_lookup_by_uuid_args args;

	memcpy(args.uuid, uuid, sizeof(args.uuid));
	return call_for_pool(conn, REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID,
	    &args);
}

static struct hv_pool *
remote_lookup_by_volume(struct hv_vol *vol)
{
	remote_vol_only args = vol_only(vol);

	return call_for_pool(vol->conn,
	    REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME, &args);
}

static struct hv_pool *
remote_define_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	remote_pool_xml args = { (char *)xml, flags };

	return call_for_pool(conn, REMOTE_PROC_STORAGE_POOL_DEFINE_XML, &args);
}

static struct hv_pool *
remote_create_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	remote_pool_xml args = { (char *)xml, flags };

	return call_for_pool(conn, REMOTE_PROC_STORAGE_POOL_CREATE_XML, &args);
}

static int
remote_undefine(struct hv_pool *pool)
{
	return call_pool(pool, REMOTE_PROC_STORAGE_POOL_UNDEFINE, NULL);
}

static int
remote_create(struct hv_pool *pool, unsigned int flags)
{
	return call_pool_flags(pool, REMOTE_PROC_STORAGE_POOL_CREATE, flags,
	    NULL);
}

static int
remote_build(struct hv_pool *pool, unsigned int flags)
{
	return call_pool_flags(pool, REMOTE_PROC_STORAGE_POOL_BUILD, flags,
	    NULL);
}

static int
remote_destroy(struct hv_pool *pool)
{
	return call_pool(pool, REMOTE_PROC_STORAGE_POOL_DESTROY, NULL);
}

static int
remote_refresh(struct hv_pool *pool, unsigned int flags)
{
	return call_pool_flags(pool, REMOTE_PROC_STORAGE_POOL_REFRESH, flags,
	    NULL);
}

static int
remote_get_info(struct hv_pool *pool, struct hv_pool_info *info)
{
	struct remote_storage_pool_get_info_ret ret;

	if (call_pool(pool, REMOTE_PROC_STORAGE_POOL_GET_INFO, &ret) < 0)
		return -1;
	info->state = ret.state;
	info->capacity = ret.capacity;
	info->allocation = ret.allocation;
	info->available = ret.available;
	return 0;
}

static char *
remote_get_xml_desc(struct hv_pool *pool, unsigned int flags)
{
	remote_pool_and_flags args = pool_and_flags(pool, flags);

	return remote_call_string(pool->conn,
	    REMOTE_PROC_STORAGE_POOL_GET_XML_DESC, &args);
}

static int
remote_get_autostart(struct hv_pool *pool, int *autostart)
{
	int v = call_pool_int(pool, REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART);

	if (v == -1)
		return -1;
	*autostart = v;
	return 0;
}

static int
remote_set_autostart(struct hv_pool *pool, int autostart)
{
	struct remote_storage_pool_set_autostart_args args;

	pool_to(&args.pool, pool);
	args.autostart = autostart;
	return remote_call(pool->conn, REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART,
	    &args, NULL);
}

static int
remote_is_active(struct hv_pool *pool)
{
	return call_pool_int(pool, REMOTE_PROC_STORAGE_POOL_IS_ACTIVE);
}

static int
remote_is_persistent(struct hv_pool *pool)
{
	return call_pool_int(pool, REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT);
}

/* ---- volumes -------------------------------------------------------- */

static int
remote_list_all_volumes(struct hv_pool *pool, struct hv_vol ***vols,
    unsigned int flags)
{
	struct remote_storage_pool_list_all_volumes_args args;
	struct remote_storage_pool_list_all_volumes_ret ret;
	struct hv_vol **list;
	unsigned int n;

	pool_to(&args.pool, pool);
	args.need_results = 1;
	args.flags = flags;
	if (remote_call(pool->conn, REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES,
	    &args, &ret) < 0)
		return -1;
	n = ret.vols.vols_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = vol_of(pool->conn, &ret.vols.vols_val[i]);
	REMOTE_FREE_RET(remote_storage_pool_list_all_volumes_ret, &ret);
	*vols = list;
	return (int)n;
}

static struct hv_vol *
remote_vol_lookup_by_name(struct hv_pool *pool, const char *name)
{
	struct remote_storage_vol_lookup_by_name_args args;

	pool_to(&args.pool, pool);
	args.name = (char *)name;
	return call_for_vol(pool->conn, REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME,
	    &args);
}

static struct hv_vol *
remote_vol_lookup_by_key(struct hv_conn *conn, const char *key)
{
	struct remote_storage_vol_lookup_by_key_args args = { (char *)key };

	return call_for_vol(conn, REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY, &args);
}

static struct hv_vol *
remote_vol_lookup_by_path(struct hv_conn *conn, const char *path)
{
	struct remote_storage_vol_lookup_by_path_args args = { (char *)path };

	return call_for_vol(conn, REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH,
	    &args);
}

static struct hv_vol *
remote_vol_create_xml(struct hv_pool *pool, const char *xml,
    unsigned int flags)
{
	struct remote_storage_vol_create_xml_args args;

	pool_to(&args.pool, pool);
	args.xml = (char *)xml;
	args.flags = flags;
	return call_for_vol(pool->conn, REMOTE_PROC_STORAGE_VOL_CREATE_XML,
	    &args);
}

static int
remote_vol_delete(struct hv_vol *vol, unsigned int flags)
{
	remote_vol_and_flags args = vol_and_flags(vol, flags);

	return remote_call(vol->conn, REMOTE_PROC_STORAGE_VOL_DELETE, &args,
	    NULL);
}

static int
remote_vol_wipe(struct hv_vol *vol, unsigned int flags)
{
	remote_vol_and_flags args = vol_and_flags(vol, flags);

	return remote_call(vol->conn, REMOTE_PROC_STORAGE_VOL_WIPE, &args,
	    NULL);
}

static void
vol_info_of(struct hv_vol_info *info, const remote_vol_info *ret)
{
	info->type = ret->type;
	info->capacity = ret->capacity;
	info->allocation = ret->allocation;
}

static int
remote_vol_get_info(struct hv_vol *vol, struct hv_vol_info *info)
{
	remote_vol_only args = vol_only(vol);
	remote_vol_info ret;

	if (remote_call(vol->conn, REMOTE_PROC_STORAGE_VOL_GET_INFO, &args,
	    &ret) < 0)
		return -1;
	vol_info_of(info, &ret);
	return 0;
}

static int
remote_vol_get_info_flags(struct hv_vol *vol, struct hv_vol_info *info,
    unsigned int flags)
{
	remote_vol_and_flags args = vol_and_flags(vol, flags);
	remote_vol_info ret;

	if (remote_call(vol->conn, REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS,
	    &args, &ret) < 0)
		return -1;
	vol_info_of(info, &ret);
	return 0;
}

static char *
remote_vol_get_xml_desc(struct hv_vol *vol, unsigned int flags)
{
	remote_vol_and_flags args = vol_and_flags(vol, flags);

	return remote_call_string(vol->conn,
	    REMOTE_PROC_STORAGE_VOL_GET_XML_DESC, &args);
}

static char *
remote_vol_get_path(struct hv_vol *vol)
{
	remote_vol_only args = vol_only(vol);

	return remote_call_string(vol->conn, REMOTE_PROC_STORAGE_VOL_GET_PATH,
	    &args);
}

const struct hv_storage_driver remote_storage_driver = {
	.list_all = remote_list_all,
	.lookup_by_name = remote_lookup_by_name,
	.lookup_by_uuid = remote_lookup_by_uuid,
	.lookup_by_volume = remote_lookup_by_volume,
	.define_xml = remote_define_xml,
	.create_xml = remote_create_xml,
	.undefine = remote_undefine,
	.create = remote_create,
	.build = remote_build,
	.destroy = remote_destroy,
	.refresh = remote_refresh,
	.get_info = remote_get_info,
	.get_xml_desc = remote_get_xml_desc,
	.get_autostart = remote_get_autostart,
	.set_autostart = remote_set_autostart,
	.is_active = remote_is_active,
	.is_persistent = remote_is_persistent,
	.list_all_volumes = remote_list_all_volumes,
	.vol_lookup_by_name = remote_vol_lookup_by_name,
	.vol_lookup_by_key = remote_vol_lookup_by_key,
	.vol_lookup_by_path = remote_vol_lookup_by_path,
	.vol_create_xml = remote_vol_create_xml,
	.vol_delete = remote_vol_delete,
	.vol_wipe = remote_vol_wipe,
	.vol_get_info = remote_vol_get_info,
	.vol_get_info_flags = remote_vol_get_info_flags,
	.vol_get_xml_desc = remote_vol_get_xml_desc,
	.vol_get_path = remote_vol_get_path,
};
