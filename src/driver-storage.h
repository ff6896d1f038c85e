/*
 * The storage part of a driver's table (see driver.h): NULL operations
 * are unsupported; the public API has already reset the error, checked
 * read-only access and arguments.
 */
#ifndef HV_DRIVER_STORAGE_H
#define HV_DRIVER_STORAGE_H

#include "driver.h"
#include "hv-storage.h"

struct hv_storage_driver {
	int (*list_all)(struct hv_conn *conn, struct hv_pool ***pools,
	    unsigned int flags);
	struct hv_pool *(*lookup_by_name)(struct hv_conn *conn,
	    const char *name);
	struct hv_pool *(*lookup_by_uuid)(struct hv_conn *conn,
	    const unsigned char *uuid);
	struct hv_pool *(*lookup_by_volume)(struct hv_vol *vol);
	struct hv_pool *(*define_xml)(struct hv_conn *conn, const char *xml,
	    unsigned int flags);
	struct hv_pool *(*create_xml)(struct hv_conn *conn, const char *xml,
	    unsigned int flags);
	int (*undefine)(struct hv_pool *pool);
	int (*create)(struct hv_pool *pool, unsigned int flags);
	int (*build)(struct hv_pool *pool, unsigned int flags);
	int (*destroy)(struct hv_pool *pool);
	int (*refresh)(struct hv_pool *pool, unsigned int flags);
	int (*get_info)(struct hv_pool *pool, struct hv_pool_info *info);
	char *(*get_xml_desc)(struct hv_pool *pool, unsigned int flags);
	int (*get_autostart)(struct hv_pool *pool, int *autostart);
	int (*set_autostart)(struct hv_pool *pool, int autostart);
	int (*is_active)(struct hv_pool *pool);
	int (*is_persistent)(struct hv_pool *pool);

	int (*list_all_volumes)(struct hv_pool *pool, struct hv_vol ***vols,
	    unsigned int flags);
	struct hv_vol *(*vol_lookup_by_name)(struct hv_pool *pool,
	    const char *name);
	struct hv_vol *(*vol_lookup_by_key)(struct hv_conn *conn,
	    const char *key);
	struct hv_vol *(*vol_lookup_by_path)(struct hv_conn *conn,
	    const char *path);
	struct hv_vol *(*vol_create_xml)(struct hv_pool *pool,
	    const char *xml, unsigned int flags);
	int (*vol_delete)(struct hv_vol *vol, unsigned int flags);
	int (*vol_wipe)(struct hv_vol *vol, unsigned int flags);
	int (*vol_get_info)(struct hv_vol *vol, struct hv_vol_info *info);
	/* virStorageVolGetInfoFlags: NULL where only the call above is */
	int (*vol_get_info_flags)(struct hv_vol *vol, struct hv_vol_info *info,
	    unsigned int flags);
	char *(*vol_get_xml_desc)(struct hv_vol *vol, unsigned int flags);
	char *(*vol_get_path)(struct hv_vol *vol);
};

#endif
