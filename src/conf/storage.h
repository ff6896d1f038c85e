/*
 * Storage pool and volume XML: parse into definitions, format back the
 * way libvirt 9.0 does (element order, 2-space indent, sizes in bytes
 * with unit='bytes').
 *
 * Parsing never prints: libxml2 diagnostics become one hv error
 * (HV_ERR_XML_DETAIL, "(storage_pool_definition):LINE: ..." with the
 * context and caret lines), model errors are HV_ERR_XML_ERROR and the
 * like, all in the storage error domain.
 */
#ifndef HV_CONF_STORAGE_H
#define HV_CONF_STORAGE_H

#include <stdbool.h>

#include "util/uuid.h"

/* virStoragePoolType, minus the leading "unknown" slot */
enum hv_pool_type {
	HV_POOL_DIR,
	HV_POOL_FS,
	HV_POOL_NETFS,
	HV_POOL_LOGICAL,
	HV_POOL_DISK,
	HV_POOL_ISCSI,
	HV_POOL_ISCSI_DIRECT,
	HV_POOL_SCSI,
	HV_POOL_MPATH,
	HV_POOL_RBD,
	HV_POOL_SHEEPDOG,
	HV_POOL_GLUSTER,
	HV_POOL_ZFS,
	HV_POOL_VSTORAGE,
	HV_POOL_TYPE_LAST
};

/* virStorageVolType */
enum hv_vol_type {
	HV_VOL_FILE,
	HV_VOL_BLOCK,
	HV_VOL_DIR,
	HV_VOL_NETWORK,
	HV_VOL_NETDIR,
	HV_VOL_PLOOP,
	HV_VOL_TYPE_LAST
};

/* "dir", "fs", ...; NULL when out of range. */
const char *hv_pool_type_name(int type);
/* The enum value, or -1. */
int hv_pool_type_parse(const char *s);
const char *hv_vol_type_name(int type);
/* The volume type that volumes of a pool of this type report. */
int hv_pool_type_vol_type(int pool_type);

/* Ownership and mode of a pool target or a volume; -1 = not given. */
struct hv_perms {
	long mode;
	long long owner;
	long long group;
	char *label;
};

struct hv_pool_host {
	char *name;
	int port;			/* 0: not given */
};

struct hv_pool_def {
	int type;			/* enum hv_pool_type */
	char *name;
	unsigned char uuid[HV_UUID_BUFLEN];
	unsigned long long capacity;	/* bytes */
	unsigned long long allocation;
	unsigned long long available;

	/* <source> */
	struct hv_pool_host *hosts;
	int nhosts;
	char **devices;			/* device paths */
	int ndevices;
	char *src_dir;
	char *src_name;
	char *adapter_type;		/* <adapter type=...>, verbatim */
	char *adapter_name;
	char *initiator_iqn;
	char *format;			/* NULL: the type's default */
	char *vendor;
	char *product;

	/* <target> */
	char *target_path;
	struct hv_perms perms;
};

struct hv_vol_def {
	int type;			/* enum hv_vol_type */
	char *name;
	char *key;
	unsigned long long capacity;	/* bytes */
	unsigned long long allocation;
	bool has_allocation;
	char *path;
	char *format;			/* NULL: the pool's default */
	struct hv_perms perms;
};

/*
 * Parse a <pool> document.  Returns a new definition (free with
 * hv_pool_def_free()) or NULL with the error set.  A missing UUID is
 * generated.
 */
struct hv_pool_def *hv_pool_def_parse(const char *xml);
/*
 * The same from an element of an already parsed document (the test
 * driver's node file); node is an xmlNodePtr.
 */
struct hv_pool_def *hv_pool_def_parse_node(void *doc, void *node);
/* The XML libvirt would print; caller frees. */
char *hv_pool_def_format(const struct hv_pool_def *def);
void hv_pool_def_free(struct hv_pool_def *def);

/*
 * Parse a <volume> document for a pool of type pool_type (which decides
 * the default and the valid formats).  NULL with the error set.
 */
struct hv_vol_def *hv_vol_def_parse(const char *xml, int pool_type);
struct hv_vol_def *hv_vol_def_parse_node(void *doc, void *node,
    int pool_type);
char *hv_vol_def_format(const struct hv_vol_def *def, int pool_type);
void hv_vol_def_free(struct hv_vol_def *def);

/*
 * libvirt's scaled integers: "N" in the given unit ("b", "KiB", "MB",
 * "G", ...; NULL or "" means bytes), at most limit.  Returns 0, or -1
 * with "unknown suffix 'X'" (invalid argument) or "value too large:
 * NUNIT" (overflow) set.
 */
int hv_scale_ull(unsigned long long *v, const char *unit,
    unsigned long long limit);

#endif
