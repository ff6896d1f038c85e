/*
 * Storage volume commands: vol-list, vol-info, vol-dumpxml, vol-create,
 * vol-create-as, vol-delete, vol-path, vol-name, vol-key, vol-pool.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "complete-storage.h"
#include "conf/storage.h"
#include "util/num.h"
#include "util-xml.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* ---- shared helpers ------------------------------------------------- */

struct hv_vol *
shell_vol(struct shell *sh, const struct cmd_args *a, unsigned int vi,
    int pi, const char **name)
{
	const char *word;
	struct hv_pool *pool = NULL;
	struct hv_vol *vol = NULL;

	if (name)
		*name = NULL;
	if (!opt_string(sh, a, vi, &word) || word == NULL)
		return NULL;
	if (name)
		*name = word;
	if (pi >= 0 && opt_given(a, (unsigned int)pi)) {
		if ((pool = shell_pool(sh, a, (unsigned int)pi, NULL)) == NULL)
			return NULL;
		if (hv_pool_is_active(pool) != 1) {
			shell_error(sh, "pool '%s' is not active",
			    opt_str(a, (unsigned int)pi));
			hv_pool_free(pool);
			return NULL;
		}
		vol = hv_vol_lookup_by_name(pool, word);
	}
	/* then as a key, then as a path; the last error is the one shown */
	if (vol == NULL)
		vol = hv_vol_lookup_by_key(shell_conn(sh), word);
	if (vol == NULL)
		vol = hv_vol_lookup_by_path(shell_conn(sh), word);
	if (vol == NULL) {
		if (pool != NULL || pi < 0)
			shell_error(sh, "failed to get vol '%s'", word);
		else
			shell_error(sh, "failed to get vol '%s', specifying "
			    "--pool might help", word);
	}
	hv_pool_free(pool);
	return vol;
}

static int
cmp_vols(const void *x, const void *y)
{
	const struct hv_vol *const *p = x, *const *q = y;

	return strcasecmp((*p)->name, (*q)->name);
}

static const char *
vol_type_text(int type)
{
	const char *s = hv_vol_type_name(type);

	return s ? s : "unknown";
}

/* The same as a value: the type's word, null when it has none. */
static struct out_val
vol_type_value(int type)
{
	const char *s = hv_vol_type_name(type);

	return s ? OV_ENUM(s) : OV_NULL;
}

/*
 * What a changing command did to vol: out_done() with the volume's key
 * besides its name (a name is only unique within its pool).
 */
static void vol_done(struct shell *sh, const char *action,
    const struct hv_vol *vol, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
vol_done(struct shell *sh, const char *action, const struct hv_vol *vol,
    const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	out_done(sh, action, "volume", vol->name, "%s", msg);
	out_field(sh, 0, NULL, "key", OV_STR(vol->key), NULL);
	free(msg);
}

/* ---- vol-list ------------------------------------------------------- */

enum { O_LIST_POOL, O_LIST_DETAILS };
static const struct cmd_opt list_opts[] = {
	[O_LIST_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	[O_LIST_DETAILS] = { "details", OPT_BOOL, 0,
	    "add type and sizes to the table" },
	{ NULL }
};

static bool
cmd_vol_list_exec(struct shell *sh, const struct cmd_args *a)
{
	bool details = opt_bool(a, O_LIST_DETAILS);
	struct hv_vol **vols = NULL;
	struct hv_vol_info info;
	struct hv_pool *pool;
	struct table *t;
	char cap[32], alloc[32];
	int i, n;

	if ((pool = shell_pool(sh, a, O_LIST_POOL, NULL)) == NULL)
		return false;
	n = hv_pool_list_all_volumes(pool, &vols, 0);
	hv_pool_free(pool);
	if (n < 0) {
		shell_error(sh, "Failed to list volumes");
		return false;
	}
	if (n > 1)
		qsort(vols, (size_t)n, sizeof(*vols), cmp_vols);
	if (details) {
		t = table_new("Name", "Path", "Type", "Capacity",
		    "Allocation", NULL);
		table_set_keys(t, "name", "path", "type", "capacity_bytes",
		    "allocation_bytes", NULL);
	} else {
		t = table_new("Name", "Path", NULL);
	}
	for (i = 0; i < n; i++) {
		char *path = hv_vol_get_path(vols[i]);
		const char *p = path ? path : "unknown";
		struct table_cell name = { vols[i]->name,
		    OV_STR(vols[i]->name) };
		struct table_cell pathc = { p, OV_STR_OR_NULL(path) };

		if (!details) {
			table_add_cells(t, (struct table_cell[]){
			    name, pathc });
		} else if (hv_vol_get_info(vols[i], &info, 0) < 0) {
			table_add_cells(t, (struct table_cell[]){
			    name, pathc,
			    { "unknown", OV_NULL },
			    { "unknown", OV_NULL },
			    { "unknown", OV_NULL } });
		} else {
			pretty_capacity(cap, sizeof(cap), info.capacity);
			pretty_capacity(alloc, sizeof(alloc), info.allocation);
			table_add_cells(t, (struct table_cell[]){
			    name, pathc,
			    { vol_type_text(info.type),
			      vol_type_value(info.type) },
			    { cap, OV_UINT(info.capacity) },
			    { alloc, OV_UINT(info.allocation) } });
		}
		hv_error_reset();
		free(path);
	}
	out_table(sh, "volumes", t);
	table_free(t);
	hv_vol_list_free(vols, n);
	return true;
}

const struct cmd_entry cmd_vol_list = {
	"vol-list", NULL, GRP_VOLUME,
	"list the volumes of a storage pool",
	"Print a table of the volumes in a storage pool.",
	list_opts, cmd_vol_list_exec, 0
};

/* ---- vol-info ------------------------------------------------------- */

enum { O_INFO_VOL, O_INFO_POOL, O_INFO_BYTES, O_INFO_PHYSICAL };
static const struct cmd_opt info_opts[] = {
	[O_INFO_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume name, key or path", COMPLETE_VOL },
	[O_INFO_POOL] = { "pool", OPT_STRING, 0,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	[O_INFO_BYTES] = { "bytes", OPT_BOOL, 0,
	    "print sizes as plain byte counts" },
	[O_INFO_PHYSICAL] = { "physical", OPT_BOOL, 0,
	    "show the physical size instead of the allocation" },
	{ NULL }
};


static bool
cmd_vol_info_exec(struct shell *sh, const struct cmd_args *a)
{
	bool bytes = opt_bool(a, O_INFO_BYTES);
	bool physical = opt_bool(a, O_INFO_PHYSICAL);
	const char *unit = bytes ? " bytes" : NULL;
	struct hv_vol_info info;
	struct hv_vol *vol;
	bool ret = false;

	if ((vol = shell_vol(sh, a, O_INFO_VOL, O_INFO_POOL, NULL)) == NULL)
		return false;
	out_field(sh, 15, "Name:", "name", OV_STR(vol->name), NULL);
	if (hv_vol_get_info(vol, &info,
	    physical ? HV_VOL_GET_PHYSICAL : 0) == 0) {
		out_field(sh, 15, "Type:", "type", vol_type_value(info.type),
		    "%s", vol_type_text(info.type));
		size_field(sh, "Capacity:", "capacity_bytes", info.capacity,
		    unit);
		/* with --physical the driver answers the size on disk */
		size_field(sh, physical ? "Physical:" : "Allocation:",
		    physical ? "physical_bytes" : "allocation_bytes",
		    info.allocation, unit);
		ret = true;
	}
	hv_vol_free(vol);
	return ret;
}

const struct cmd_entry cmd_vol_info = {
	"vol-info", NULL, GRP_VOLUME,
	"show a storage volume's type and sizes",
	"Print the name, type, capacity and allocation of a storage volume.",
	info_opts, cmd_vol_info_exec, 0
};

/* ---- vol-dumpxml ---------------------------------------------------- */

enum { O_DUMP_VOL, O_DUMP_POOL, O_DUMP_XPATH, O_DUMP_WRAP };
static const struct cmd_opt dump_opts[] = {
	[O_DUMP_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume name, key or path", COMPLETE_VOL },
	[O_DUMP_POOL] = { "pool", OPT_STRING, 0,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	[O_DUMP_XPATH] = { "xpath", OPT_STRING, OPT_NAMED,
	    "print only what this XPath expression selects",
	    COMPLETE_EMPTY },
	[O_DUMP_WRAP] = { "wrap", OPT_BOOL, 0,
	    "put the XPath results inside one root element" },
	{ NULL }
};

static bool
cmd_vol_dumpxml_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_vol *vol;
	bool ret;

	out_raw(sh);
	if ((vol = shell_vol(sh, a, O_DUMP_VOL, O_DUMP_POOL, NULL)) == NULL)
		return false;
	ret = util_xml_print_desc(hv_vol_get_xml_desc(vol, 0),
	    opt_str(a, O_DUMP_XPATH), opt_bool(a, O_DUMP_WRAP));
	hv_vol_free(vol);
	return ret;
}

const struct cmd_entry cmd_vol_dumpxml = {
	"vol-dumpxml", NULL, GRP_VOLUME,
	"print the XML description of a storage volume",
	"Print a storage volume's XML description on standard output.",
	dump_opts, cmd_vol_dumpxml_exec, 0
};

/* ---- vol-create ----------------------------------------------------- */

enum { O_CREATE_POOL, O_CREATE_FILE, O_CREATE_PREALLOC, O_CREATE_VALIDATE };
static const struct cmd_opt create_opts[] = {
	[O_CREATE_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	[O_CREATE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "file holding the volume's XML description",
	    COMPLETE_FILE },
	[O_CREATE_PREALLOC] = { "prealloc-metadata", OPT_BOOL, 0,
	    "allocate only the metadata up front (qcow2)" },
	[O_CREATE_VALIDATE] = { "validate", OPT_BOOL, 0,
	    "check the XML against the schema" },
	{ NULL }
};

static bool
cmd_vol_create_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_pool *pool;
	struct hv_vol *vol;
	const char *file;
	char *xml;

	if (opt_bool(a, O_CREATE_PREALLOC))
		flags |= HV_VOL_CREATE_PREALLOC_METADATA;
	if (opt_bool(a, O_CREATE_VALIDATE))
		flags |= HV_VOL_CREATE_VALIDATE;
	if ((pool = shell_pool(sh, a, O_CREATE_POOL, NULL)) == NULL)
		return false;
	if (!opt_string(sh, a, O_CREATE_FILE, &file) ||
	    (xml = hv_file_read(file, HV_FILE_MAX_XML, NULL)) == NULL) {
		hv_pool_free(pool);
		return false;
	}
	vol = hv_vol_create_xml(pool, xml, flags);
	free(xml);
	hv_pool_free(pool);
	if (vol == NULL) {
		shell_error(sh, "Failed to create vol from %s", file);
		return false;
	}
	vol_done(sh, "create", vol, "Vol %s created from %s", vol->name,
	    file);
	hv_vol_free(vol);
	return true;
}

const struct cmd_entry cmd_vol_create = {
	"vol-create", NULL, GRP_VOLUME,
	"create a storage volume from an XML file",
	"Create a volume in a storage pool from its XML description.",
	create_opts, cmd_vol_create_exec, 0
};

/* ---- vol-create-as -------------------------------------------------- */

enum {
	O_AS_POOL, O_AS_NAME, O_AS_CAPACITY, O_AS_ALLOCATION, O_AS_FORMAT,
	O_AS_BACKING, O_AS_BACKING_FORMAT, O_AS_PREALLOC, O_AS_PRINT_XML
};
static const struct cmd_opt as_opts[] = {
	[O_AS_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	[O_AS_NAME] = { "name", OPT_STRING, OPT_REQUIRED,
	    "name of the new volume",
	    COMPLETE_EMPTY },
	[O_AS_CAPACITY] = { "capacity", OPT_STRING, OPT_REQUIRED,
	    "size of the volume (bytes unless a unit follows)",
	    COMPLETE_EMPTY },
	[O_AS_ALLOCATION] = { "allocation", OPT_STRING, 0,
	    "space to allocate now (bytes unless a unit follows)",
	    COMPLETE_EMPTY },
	[O_AS_FORMAT] = { "format", OPT_STRING, 0,
	    "file format: raw, bochs, qcow, qcow2, qed, vmdk" },
	[O_AS_BACKING] = { "backing-vol", OPT_STRING, 0,
	    "volume the new one is a snapshot of", COMPLETE_VOL },
	[O_AS_BACKING_FORMAT] = { "backing-vol-format", OPT_STRING, 0,
	    "format of the backing volume" },
	[O_AS_PREALLOC] = { "prealloc-metadata", OPT_BOOL, 0,
	    "allocate only the metadata up front (qcow2)" },
	[O_AS_PRINT_XML] = { "print-xml", OPT_BOOL, 0,
	    "print the XML that would be used and stop" },
	{ NULL }
};

/* A size word: bytes unless a unit suffix follows. */
static bool
parse_size(struct shell *sh, const char *s, unsigned long long *v)
{
	char *end;

	if (!hv_num_ull(s, &end, v) ||
	    hv_num_scale(v, end, 1, ULLONG_MAX) < 0) {
		shell_error(sh, "Malformed size %s", s);
		return false;
	}
	return true;
}

static bool
cmd_vol_create_as_exec(struct shell *sh, const struct cmd_args *a)
{
	const char *name, *capstr, *allocstr, *format, *backing, *bformat;
	unsigned long long cap, alloc = 0;
	struct hv_buf b = HV_BUF_INIT;
	struct hv_pool *pool;
	struct hv_vol *vol = NULL;
	char *bpath = NULL;
	bool ret = false;

	/* the XML alone, in every format */
	if (opt_bool(a, O_AS_PRINT_XML))
		out_raw(sh);
	if ((pool = shell_pool(sh, a, O_AS_POOL, NULL)) == NULL)
		return false;
	if (!opt_string(sh, a, O_AS_NAME, &name) ||
	    !opt_string(sh, a, O_AS_CAPACITY, &capstr) ||
	    !parse_size(sh, capstr, &cap))
		goto out;
	/* virsh reads --allocation quietly: "" is as if not given */
	allocstr = opt_str(a, O_AS_ALLOCATION);
	if (allocstr != NULL && *allocstr == '\0')
		allocstr = NULL;
	if (allocstr != NULL && !parse_size(sh, allocstr, &alloc))
		goto out;
	if (!opt_string(sh, a, O_AS_FORMAT, &format) ||
	    !opt_string(sh, a, O_AS_BACKING, &backing) ||
	    !opt_string(sh, a, O_AS_BACKING_FORMAT, &bformat))
		goto out;
	if (backing) {
		/* as a name in the same pool, then a key, then a path */
		vol = hv_vol_lookup_by_name(pool, backing);
		if (!vol)
			vol = hv_vol_lookup_by_key(shell_conn(sh), backing);
		if (!vol)
			vol = hv_vol_lookup_by_path(shell_conn(sh), backing);
		if (!vol) {
			shell_error(sh, "failed to get vol '%s'", backing);
			goto out;
		}
		if ((bpath = hv_vol_get_path(vol)) == NULL) {
			shell_error(sh, "failed to get backing vol path");
			goto out;
		}
		hv_vol_free(vol);
		vol = NULL;
	}

	hv_buf_add(&b, "<volume>\n  <name>");
	hv_buf_add_xml(&b, name);
	hv_buf_addf(&b, "</name>\n  <capacity>%llu</capacity>\n", cap);
	if (allocstr != NULL)
		hv_buf_addf(&b, "  <allocation>%llu</allocation>\n", alloc);
	if (format) {
		hv_buf_add(&b, "  <target>\n    <format type='");
		hv_buf_add_xml(&b, format);
		hv_buf_add(&b, "'/>\n  </target>\n");
	}
	if (bpath) {
		hv_buf_add(&b, "  <backingStore>\n    <path>");
		hv_buf_add_xml(&b, bpath);
		hv_buf_add(&b, "</path>\n");
		if (bformat) {
			hv_buf_add(&b, "    <format type='");
			hv_buf_add_xml(&b, bformat);
			hv_buf_add(&b, "'/>\n");
		}
		hv_buf_add(&b, "  </backingStore>\n");
	}
	hv_buf_add(&b, "</volume>\n");

	if (opt_bool(a, O_AS_PRINT_XML)) {
		fputs(hv_buf_str(&b), stdout);
		ret = true;
		goto out;
	}
	vol = hv_vol_create_xml(pool, hv_buf_str(&b),
	    opt_bool(a, O_AS_PREALLOC) ? HV_VOL_CREATE_PREALLOC_METADATA : 0);
	if (vol == NULL) {
		shell_error(sh, "Failed to create vol %s", name);
		goto out;
	}
	vol_done(sh, "create", vol, "Vol %s created", name);
	ret = true;
out:
	hv_buf_release(&b);
	free(bpath);
	hv_vol_free(vol);
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_vol_create_as = {
	"vol-create-as", NULL, GRP_VOLUME,
	"create a storage volume from a name and sizes",
	"Create a volume in a storage pool without writing its XML.",
	as_opts, cmd_vol_create_as_exec, 0
};

/* ---- vol-delete ----------------------------------------------------- */

enum { O_DEL_VOL, O_DEL_POOL, O_DEL_SNAPSHOTS };
static const struct cmd_opt del_opts[] = {
	[O_DEL_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume name, key or path", COMPLETE_VOL },
	[O_DEL_POOL] = { "pool", OPT_STRING, 0,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	[O_DEL_SNAPSHOTS] = { "delete-snapshots", OPT_BOOL, 0,
	    "also delete the volume's snapshots (where supported)" },
	{ NULL }
};

static bool
cmd_vol_delete_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_vol *vol;
	const char *name;
	bool ret = false;

	vol = shell_vol(sh, a, O_DEL_VOL, O_DEL_POOL, &name);
	if (vol == NULL)
		return false;
	if (hv_vol_delete(vol, opt_bool(a, O_DEL_SNAPSHOTS) ?
	    HV_VOL_DELETE_WITH_SNAPSHOTS : 0) < 0) {
		shell_error(sh, "Failed to delete vol %s", name);
	} else {
		vol_done(sh, "delete", vol, "Vol %s deleted", name);
		ret = true;
	}
	hv_vol_free(vol);
	return ret;
}

const struct cmd_entry cmd_vol_delete = {
	"vol-delete", NULL, GRP_VOLUME,
	"delete a storage volume",
	"Remove a volume and its data from its storage pool.",
	del_opts, cmd_vol_delete_exec, 0
};

/* ---- vol-path, vol-key, vol-name, vol-pool -------------------------- */

enum { O_VP_VOL, O_VP_POOL };
static const struct cmd_opt path_opts[] = {
	[O_VP_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume name or key", COMPLETE_VOL },
	[O_VP_POOL] = { "pool", OPT_STRING, 0,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	{ NULL }
};

static bool
cmd_vol_path_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_vol *vol;
	char *path;

	if ((vol = shell_vol(sh, a, O_VP_VOL, O_VP_POOL, NULL)) == NULL)
		return false;
	path = hv_vol_get_path(vol);
	hv_vol_free(vol);
	if (path == NULL)
		return false;
	out_line(sh, "path", OV_STR(path), "%s", path);
	free(path);
	return true;
}

const struct cmd_entry cmd_vol_path = {
	"vol-path", NULL, GRP_VOLUME,
	"print the path of a storage volume",
	NULL,
	path_opts, cmd_vol_path_exec, 0
};

static const struct cmd_opt key_opts[] = {
	[O_VP_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume name or path", COMPLETE_VOL },
	[O_VP_POOL] = { "pool", OPT_STRING, 0,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	{ NULL }
};

static bool
cmd_vol_key_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_vol *vol;

	if ((vol = shell_vol(sh, a, O_VP_VOL, O_VP_POOL, NULL)) == NULL)
		return false;
	out_line(sh, "key", OV_STR(vol->key), "%s", vol->key);
	hv_vol_free(vol);
	return true;
}

const struct cmd_entry cmd_vol_key = {
	"vol-key", NULL, GRP_VOLUME,
	"print the key of a storage volume",
	NULL,
	key_opts, cmd_vol_key_exec, 0
};

enum { O_VN_VOL };
static const struct cmd_opt name_opts[] = {
	[O_VN_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume key or path", COMPLETE_VOL },
	{ NULL }
};

static bool
cmd_vol_name_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_vol *vol;

	if ((vol = shell_vol(sh, a, O_VN_VOL, -1, NULL)) == NULL)
		return false;
	out_line(sh, "name", OV_STR(vol->name), "%s", vol->name);
	hv_vol_free(vol);
	return true;
}

const struct cmd_entry cmd_vol_name = {
	"vol-name", NULL, GRP_VOLUME,
	"print the name of a storage volume",
	NULL,
	name_opts, cmd_vol_name_exec, 0
};

enum { O_VPOOL_VOL, O_VPOOL_UUID };
static const struct cmd_opt vpool_opts[] = {
	[O_VPOOL_VOL] = { "vol", OPT_STRING, OPT_REQUIRED,
	    "volume key or path", COMPLETE_VOL },
	[O_VPOOL_UUID] = { "uuid", OPT_BOOL, 0,
	    "print the pool's UUID instead of its name" },
	{ NULL }
};

static bool
cmd_vol_pool_exec(struct shell *sh, const struct cmd_args *a)
{
	char uuid[HV_UUID_STRLEN];
	struct hv_pool *pool;
	struct hv_vol *vol;

	if ((vol = shell_vol(sh, a, O_VPOOL_VOL, -1, NULL)) == NULL)
		return false;
	pool = hv_pool_lookup_by_volume(vol);
	hv_vol_free(vol);
	if (pool == NULL) {
		shell_error(sh, "failed to get parent pool");
		return false;
	}
	if (opt_bool(a, O_VPOOL_UUID)) {
		hv_uuid_format(pool->uuid, uuid);
		out_line(sh, "pool_uuid", OV_STR(uuid), "%s", uuid);
	} else {
		out_line(sh, "pool", OV_STR(pool->name), "%s", pool->name);
	}
	hv_pool_free(pool);
	return true;
}

const struct cmd_entry cmd_vol_pool = {
	"vol-pool", NULL, GRP_VOLUME,
	"print the storage pool holding a volume",
	NULL,
	vpool_opts, cmd_vol_pool_exec, 0
};
