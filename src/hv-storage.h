/*
 * Storage pools and volumes: the core's public API for them (included by
 * hv.h).  Same conventions as hv.h: every call resets the thread's error,
 * failures return -1/NULL with it set, flags use libvirt's values.
 */
#ifndef HV_STORAGE_H
#define HV_STORAGE_H

#include "hv.h"

struct hv_pool {
	struct hv_conn *conn;
	char *name;
	unsigned char uuid[HV_UUID_BUFLEN];
};

struct hv_vol {
	struct hv_conn *conn;
	char *pool;			/* name of the pool holding it */
	char *name;
	char *key;
};

/* virStoragePoolState */
enum hv_pool_state {
	HV_POOL_INACTIVE = 0,
	HV_POOL_BUILDING = 1,
	HV_POOL_RUNNING = 2,
	HV_POOL_DEGRADED = 3,
	HV_POOL_INACCESSIBLE = 4,
};

struct hv_pool_info {
	int state;			/* enum hv_pool_state */
	unsigned long long capacity;	/* bytes */
	unsigned long long allocation;
	unsigned long long available;
};

struct hv_vol_info {
	int type;			/* enum hv_vol_type (conf/storage.h) */
	unsigned long long capacity;	/* bytes */
	unsigned long long allocation;
};

/* virConnectListAllStoragePoolsFlags */
enum {
	HV_LIST_POOLS_INACTIVE = 1 << 0,
	HV_LIST_POOLS_ACTIVE = 1 << 1,
	HV_LIST_POOLS_PERSISTENT = 1 << 2,
	HV_LIST_POOLS_TRANSIENT = 1 << 3,
	HV_LIST_POOLS_AUTOSTART = 1 << 4,
	HV_LIST_POOLS_NO_AUTOSTART = 1 << 5,
	HV_LIST_POOLS_DIR = 1 << 6,
	HV_LIST_POOLS_FS = 1 << 7,
	HV_LIST_POOLS_NETFS = 1 << 8,
	HV_LIST_POOLS_LOGICAL = 1 << 9,
	HV_LIST_POOLS_DISK = 1 << 10,
	HV_LIST_POOLS_ISCSI = 1 << 11,
	HV_LIST_POOLS_SCSI = 1 << 12,
	HV_LIST_POOLS_MPATH = 1 << 13,
	HV_LIST_POOLS_RBD = 1 << 14,
	HV_LIST_POOLS_SHEEPDOG = 1 << 15,
	HV_LIST_POOLS_GLUSTER = 1 << 16,
	HV_LIST_POOLS_ZFS = 1 << 17,
	HV_LIST_POOLS_VSTORAGE = 1 << 18,
	HV_LIST_POOLS_ISCSI_DIRECT = 1 << 19,
};

/* The bit of HV_LIST_POOLS_DIR... for a pool type (conf/storage.h). */
unsigned int hv_pool_type_list_flag(int type);

/* virStoragePoolCreateFlags */
enum {
	HV_POOL_CREATE_WITH_BUILD = 1 << 0,
	HV_POOL_CREATE_WITH_BUILD_OVERWRITE = 1 << 1,
	HV_POOL_CREATE_WITH_BUILD_NO_OVERWRITE = 1 << 2,
};

/* virStoragePoolBuildFlags */
enum {
	HV_POOL_BUILD_REPAIR = 1 << 0,
	HV_POOL_BUILD_RESIZE = 1 << 1,
	HV_POOL_BUILD_NO_OVERWRITE = 1 << 2,
	HV_POOL_BUILD_OVERWRITE = 1 << 3,
};

enum { HV_POOL_XML_INACTIVE = 1 << 0 };		/* virStorageXMLFlags */
enum { HV_POOL_DEFINE_VALIDATE = 1 << 0 };

/* virStorageVolCreateFlags */
enum {
	HV_VOL_CREATE_PREALLOC_METADATA = 1 << 0,
	HV_VOL_CREATE_REFLINK = 1 << 1,
	HV_VOL_CREATE_VALIDATE = 1 << 2,
};

/* virStorageVolDeleteFlags */
enum {
	HV_VOL_DELETE_ZEROED = 1 << 0,
	HV_VOL_DELETE_WITH_SNAPSHOTS = 1 << 1,
};

enum { HV_VOL_GET_PHYSICAL = 1 << 0 };	/* virStorageVolInfoFlags */

/* ---- pools ---------------------------------------------------------- */

/*
 * All pools matching flags; *pools gets an array of handles (free with
 * hv_pool_list_free()).  Returns the count.
 */
int hv_conn_list_all_storage_pools(struct hv_conn *conn,
    struct hv_pool ***pools, unsigned int flags);
void hv_pool_list_free(struct hv_pool **pools, int n);

struct hv_pool *hv_pool_lookup_by_name(struct hv_conn *conn,
    const char *name);
struct hv_pool *hv_pool_lookup_by_uuid(struct hv_conn *conn,
    const unsigned char *uuid);
struct hv_pool *hv_pool_lookup_by_uuid_string(struct hv_conn *conn,
    const char *uuid);
struct hv_pool *hv_pool_lookup_by_volume(struct hv_vol *vol);
/* Persistent, inactive (or redefine an existing one). */
struct hv_pool *hv_pool_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags);
/* Transient and running. */
struct hv_pool *hv_pool_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags);
/* A new handle; the core and drivers make them, callers free them. */
struct hv_pool *hv_pool_new(struct hv_conn *conn, const char *name,
    const unsigned char *uuid);
void hv_pool_free(struct hv_pool *pool);

int hv_pool_undefine(struct hv_pool *pool);
/* Start an inactive pool (virStoragePoolCreate). */
int hv_pool_create(struct hv_pool *pool, unsigned int flags);
int hv_pool_build(struct hv_pool *pool, unsigned int flags);
int hv_pool_destroy(struct hv_pool *pool);
int hv_pool_refresh(struct hv_pool *pool, unsigned int flags);
int hv_pool_get_info(struct hv_pool *pool, struct hv_pool_info *info);
/* Caller frees. */
char *hv_pool_get_xml_desc(struct hv_pool *pool, unsigned int flags);
int hv_pool_get_autostart(struct hv_pool *pool, int *autostart);
int hv_pool_set_autostart(struct hv_pool *pool, int autostart);
/* 1 yes, 0 no, -1 error */
int hv_pool_is_active(struct hv_pool *pool);
int hv_pool_is_persistent(struct hv_pool *pool);

/* ---- volumes -------------------------------------------------------- */

/* The pool's volumes (free with hv_vol_list_free()); returns the count. */
int hv_pool_list_all_volumes(struct hv_pool *pool, struct hv_vol ***vols,
    unsigned int flags);
void hv_vol_list_free(struct hv_vol **vols, int n);

struct hv_vol *hv_vol_lookup_by_name(struct hv_pool *pool,
    const char *name);
struct hv_vol *hv_vol_lookup_by_key(struct hv_conn *conn, const char *key);
struct hv_vol *hv_vol_lookup_by_path(struct hv_conn *conn,
    const char *path);
struct hv_vol *hv_vol_create_xml(struct hv_pool *pool, const char *xml,
    unsigned int flags);
struct hv_vol *hv_vol_new(struct hv_conn *conn, const char *pool,
    const char *name, const char *key);
void hv_vol_free(struct hv_vol *vol);

int hv_vol_delete(struct hv_vol *vol, unsigned int flags);
/* Overwrite the volume's data (libvirt's virStorageVolWipe). */
int hv_vol_wipe(struct hv_vol *vol, unsigned int flags);
int hv_vol_get_info(struct hv_vol *vol, struct hv_vol_info *info,
    unsigned int flags);
/* Caller frees the strings below. */
char *hv_vol_get_xml_desc(struct hv_vol *vol, unsigned int flags);
char *hv_vol_get_path(struct hv_vol *vol);

#endif
