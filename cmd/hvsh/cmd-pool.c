/*
 * Storage pool commands: pool-list, pool-info, pool-dumpxml, pool-define,
 * pool-undefine, pool-create, pool-start, pool-destroy, pool-autostart,
 * pool-refresh; and the helpers the volume commands share
 * (complete-storage.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "complete-storage.h"
#include "conf/storage.h"
#include "shell.h"
#include "util-xml.h"
#include "util/file.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* ---- shared helpers ------------------------------------------------- */

/* The pool named word, looked up the ways by (BY_UUID, BY_NAME) allows. */
static struct hv_pool *
find_pool(struct shell *sh, const char *word, unsigned int by)
{
	unsigned char uuid[HV_UUID_BUFLEN];
	struct hv_pool *pool = NULL;

	/* A word shaped like a UUID is tried as one first, as virsh does. */
	if ((by & BY_UUID) && strlen(word) == HV_UUID_STRLEN - 1 &&
	    hv_uuid_parse(word, uuid) == 0)
		pool = hv_pool_lookup_by_uuid(shell_conn(sh), uuid);
	if (pool == NULL && (by & BY_NAME))
		pool = hv_pool_lookup_by_name(shell_conn(sh), word);
	if (pool == NULL)
		shell_error(sh, "failed to get pool '%s'", word);
	return pool;
}

struct hv_pool *
shell_pool(struct shell *sh, const struct cmd_args *a, unsigned int i,
    const char **name)
{
	const char *word;

	if (name)
		*name = NULL;
	if (!opt_string(sh, a, i, &word) || word == NULL)
		return NULL;
	if (name)
		*name = word;
	return find_pool(sh, word, BY_UUID | BY_NAME);
}

void
pretty_capacity(char *out, size_t len, unsigned long long v)
{
	static const char *const units[] = {
		"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"
	};
	double d = (double)v;
	size_t u;

	if (v < 1024) {
		snprintf(out, len, "%.2f B", d);
		return;
	}
	d /= 1024;
	for (u = 0; u + 1 < sizeof(units) / sizeof(units[0]) && d >= 1024;
	    u++)
		d /= 1024;
	snprintf(out, len, "%.2f %s", d, units[u]);
}

static const char *
state_name(int state)
{
	switch (state) {
	case HV_POOL_INACTIVE:
		return "inactive";
	case HV_POOL_BUILDING:
		return "building";
	case HV_POOL_RUNNING:
		return "running";
	case HV_POOL_DEGRADED:
		return "degraded";
	case HV_POOL_INACCESSIBLE:
		return "inaccessible";
	}
	return "unknown";
}

/* The machine word of a state: state_name's, null for "unknown". */
static struct out_val
state_value(int state)
{
	const char *s = state_name(state);

	return strcmp(s, "unknown") == 0 ? OV_NULL : OV_ENUM(s);
}

static const char *
yes_no_unknown(int v)
{
	return v < 0 ? "unknown" : v ? "yes" : "no";
}

/* A tristate of the core (-1 when it cannot tell) as a value. */
static struct out_val
bool_or_null(int v)
{
	return v < 0 ? OV_NULL : OV_BOOL(v);
}

/*
 * "yes", "no", or "no autostart" when the driver cannot tell; *v the
 * same as a value, null for the last.
 */
static const char *
autostart_text(struct hv_pool *pool, struct out_val *v)
{
	int autostart = 0;

	if (hv_pool_get_autostart(pool, &autostart) < 0) {
		hv_error_reset();
		*v = OV_NULL;
		return "no autostart";
	}
	*v = OV_BOOL(autostart);
	return autostart ? "yes" : "no";
}

static bool
has_sizes(int state)
{
	return state == HV_POOL_RUNNING || state == HV_POOL_DEGRADED;
}

/* ---- pool-list ------------------------------------------------------ */

enum {
	O_LIST_INACTIVE, O_LIST_ALL, O_LIST_TRANSIENT, O_LIST_PERSISTENT,
	O_LIST_AUTOSTART, O_LIST_NO_AUTOSTART, O_LIST_TYPE, O_LIST_DETAILS,
	O_LIST_UUID, O_LIST_NAME
};
static const struct cmd_opt list_opts[] = {
	[O_LIST_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "show only pools that are not running" },
	[O_LIST_ALL] = { "all", OPT_BOOL, 0,
	    "show running and stopped pools" },
	[O_LIST_TRANSIENT] = { "transient", OPT_BOOL, 0,
	    "show only pools without a persistent definition" },
	[O_LIST_PERSISTENT] = { "persistent", OPT_BOOL, 0,
	    "show only pools with a persistent definition" },
	[O_LIST_AUTOSTART] = { "autostart", OPT_BOOL, 0,
	    "show only pools that start with the host" },
	[O_LIST_NO_AUTOSTART] = { "no-autostart", OPT_BOOL, 0,
	    "show only pools that do not start with the host" },
	[O_LIST_TYPE] = { "type", OPT_STRING, 0,
	    "show only pools of these types (comma-separated)",
	    COMPLETE_POOL_TYPE },
	[O_LIST_DETAILS] = { "details", OPT_BOOL, 0,
	    "add persistence and sizes to the table" },
	[O_LIST_UUID] = { "uuid", OPT_BOOL, 0,
	    "print pool UUIDs instead of a table" },
	[O_LIST_NAME] = { "name", OPT_BOOL, 0,
	    "print pool names instead of a table" },
	{ NULL }
};

static int
cmp_pools(const void *x, const void *y)
{
	const struct hv_pool *const *p = x, *const *q = y;

	return strcasecmp((*p)->name, (*q)->name);
}

/* The list flag bits of a comma-separated type list, or false. */
static bool
type_flags(struct shell *sh, const char *list, unsigned int *flags)
{
	char *copy = xstrdup(list), *p = copy, *comma;
	bool ok = true;
	int t;

	for (;;) {
		comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		if ((t = hv_pool_type_parse(p)) < 0) {
			shell_error(sh, "Invalid pool type '%s'", p);
			ok = false;
			break;
		}
		*flags |= hv_pool_type_list_flag(t);
		if (!comma)
			break;
		p = comma + 1;
	}
	free(copy);
	return ok;
}

static void
list_details(struct shell *sh, struct hv_pool **pools, int n)
{
	struct table *t;
	struct hv_pool_info info;
	char cap[32], alloc[32], avail[32];
	struct out_val asv, statev, capv, allocv, availv;
	const char *state;
	int i, persistent;

	t = table_new("Name", "State", "Autostart", "Persistent",
	    "Capacity", "Allocation", "Available", NULL);
	table_set_keys(t, "name", "state", "autostart", "persistent",
	    "capacity_bytes", "allocation_bytes", "available_bytes", NULL);
	for (i = 0; i < n; i++) {
		/* virsh's order of calls: autostart, persistence, info */
		const char *as = autostart_text(pools[i], &asv);
		bool sizes = false;

		persistent = hv_pool_is_persistent(pools[i]);
		if (hv_pool_get_info(pools[i], &info) < 0) {
			hv_error_reset();
			state = "unknown";
			statev = OV_NULL;
		} else {
			state = state_name(info.state);
			statev = state_value(info.state);
			sizes = has_sizes(info.state);
		}
		if (sizes) {
			pretty_capacity(cap, sizeof(cap), info.capacity);
			pretty_capacity(alloc, sizeof(alloc), info.allocation);
			pretty_capacity(avail, sizeof(avail), info.available);
			capv = OV_UINT(info.capacity);
			allocv = OV_UINT(info.allocation);
			availv = OV_UINT(info.available);
		} else {
			strcpy(cap, "-");
			strcpy(alloc, "-");
			strcpy(avail, "-");
			capv = allocv = availv = OV_NULL;
		}
		table_add_cells(t, (struct table_cell[]){
		    { pools[i]->name, OV_STR(pools[i]->name) },
		    { state, statev },
		    { as, asv },
		    { yes_no_unknown(persistent), bool_or_null(persistent) },
		    { cap, capv },
		    { alloc, allocv },
		    { avail, availv } });
		hv_error_reset();
	}
	out_table(sh, "pools", t);
	table_free(t);
}

/*
 * pool-list --uuid/--name: in text the chosen words of each pool on a
 * line, the name padded to 20 columns as virsh does; for scripts, a
 * table of those columns.
 */
static void
list_plain(struct shell *sh, struct hv_pool **pools, int n, bool uuid,
    bool name)
{
	char u[HV_UUID_STRLEN];
	struct table_cell cells[2];
	struct table *t;
	size_t k;
	int i;

	if (uuid && name)
		t = table_new("UUID", "Name", NULL);
	else
		t = table_new(uuid ? "UUID" : "Name", NULL);
	for (i = 0; i < n; i++) {
		hv_uuid_format(pools[i]->uuid, u);
		if (out_is_text()) {
			if (name)
				out_line(sh, NULL, OV_NULL, "%s%s%-20s",
				    uuid ? u : "", uuid ? " " : "",
				    pools[i]->name);
			else
				out_line(sh, NULL, OV_NULL, "%s", u);
			continue;
		}
		k = 0;
		if (uuid)
			cells[k++] = (struct table_cell){ u, OV_STR(u) };
		if (name)
			cells[k++] = (struct table_cell){ pools[i]->name,
			    OV_STR(pools[i]->name) };
		table_add_cells(t, cells);
	}
	if (!out_is_text())
		out_table(sh, "pools", t);
	table_free(t);
}

static bool
cmd_pool_list_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = HV_LIST_POOLS_ACTIVE;
	bool uuid = opt_bool(a, O_LIST_UUID), name = opt_bool(a, O_LIST_NAME);
	struct hv_pool **pools = NULL;
	const char *type;
	struct table *t;
	int i, n;

	if (!opt_exclusive(sh, a, O_LIST_ALL, O_LIST_INACTIVE) ||
	    !opt_exclusive(sh, a, O_LIST_DETAILS, O_LIST_UUID) ||
	    !opt_exclusive(sh, a, O_LIST_DETAILS, O_LIST_NAME))
		return false;
	if (opt_bool(a, O_LIST_INACTIVE))
		flags = HV_LIST_POOLS_INACTIVE;
	if (opt_bool(a, O_LIST_ALL))
		flags = HV_LIST_POOLS_ACTIVE | HV_LIST_POOLS_INACTIVE;
	if (opt_bool(a, O_LIST_PERSISTENT))
		flags |= HV_LIST_POOLS_PERSISTENT;
	if (opt_bool(a, O_LIST_TRANSIENT))
		flags |= HV_LIST_POOLS_TRANSIENT;
	if (opt_bool(a, O_LIST_AUTOSTART))
		flags |= HV_LIST_POOLS_AUTOSTART;
	if (opt_bool(a, O_LIST_NO_AUTOSTART))
		flags |= HV_LIST_POOLS_NO_AUTOSTART;
	if (!opt_string(sh, a, O_LIST_TYPE, &type) ||
	    (type != NULL && !type_flags(sh, type, &flags)))
		return false;

	n = hv_conn_list_all_storage_pools(shell_conn(sh), &pools, flags);
	if (n < 0) {
		shell_error(sh, "Failed to list pools");
		return false;
	}
	if (n > 1)
		qsort(pools, (size_t)n, sizeof(*pools), cmp_pools);

	if (uuid || name) {
		list_plain(sh, pools, n, uuid, name);
	} else if (opt_bool(a, O_LIST_DETAILS)) {
		list_details(sh, pools, n);
	} else {
		/* the column says active or not: a boolean for scripts */
		t = table_new("Name", "State", "Autostart", NULL);
		table_set_keys(t, "name", "active", "autostart", NULL);
		for (i = 0; i < n; i++) {
			/* virsh's order: autostart, then the state from the
			 * info, or "unknown" when there is none */
			struct out_val asv, activev = OV_NULL;
			const char *as = autostart_text(pools[i], &asv);
			struct hv_pool_info info;
			const char *state = "unknown";
			int active;

			if (hv_pool_get_info(pools[i], &info) == 0) {
				active = hv_pool_is_active(pools[i]) > 0;
				state = active ? "active" : "inactive";
				activev = OV_BOOL(active);
			}
			table_add_cells(t, (struct table_cell[]){
			    { pools[i]->name, OV_STR(pools[i]->name) },
			    { state, activev },
			    { as, asv } });
			hv_error_reset();
		}
		out_table(sh, "pools", t);
		table_free(t);
	}
	hv_pool_list_free(pools, n);
	return true;
}

const struct cmd_entry cmd_pool_list = {
	"pool-list", NULL, GRP_POOL,
	"list storage pools",
	"Print a table of the storage pools, running ones by default.",
	list_opts, cmd_pool_list_exec, 0
};

/* ---- pool-info ------------------------------------------------------ */

enum { O_INFO_POOL, O_INFO_BYTES };
static const struct cmd_opt info_opts[] = {
	[O_INFO_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL },
	[O_INFO_BYTES] = { "bytes", OPT_BOOL, 0,
	    "print sizes as plain byte counts" },
	{ NULL }
};

void
size_field(struct shell *sh, const char *label, const char *key,
    unsigned long long v, const char *unit)
{
	char s[48];

	if (unit)
		snprintf(s, sizeof(s), "%llu%s", v, unit);
	else
		pretty_capacity(s, sizeof(s), v);
	out_field(sh, 15, label, key, OV_UINT(v), "%s", s);
}

static bool
cmd_pool_info_exec(struct shell *sh, const struct cmd_args *a)
{
	const char *unit = opt_bool(a, O_INFO_BYTES) ? "" : NULL;
	struct hv_pool_info info;
	char uuid[HV_UUID_STRLEN];
	struct hv_pool *pool;
	bool ret = false;
	int autostart = 0, r;

	if ((pool = shell_pool(sh, a, O_INFO_POOL, NULL)) == NULL)
		return false;
	out_field(sh, 15, "Name:", "name", OV_STR(pool->name), NULL);
	out_field(sh, 15, "UUID:", "uuid",
	    OV_STR(hv_uuid_format(pool->uuid, uuid)), NULL);
	if (hv_pool_get_info(pool, &info) < 0)
		goto out;
	out_field(sh, 15, "State:", "state", state_value(info.state), "%s",
	    state_name(info.state));
	r = hv_pool_is_persistent(pool);
	out_field(sh, 15, "Persistent:", "persistent", bool_or_null(r), "%s",
	    yes_no_unknown(r));
	if (hv_pool_get_autostart(pool, &autostart) < 0)
		out_field(sh, 15, "Autostart:", "autostart", OV_NULL, "%s",
		    "no autostart");
	else
		out_field(sh, 15, "Autostart:", "autostart",
		    OV_BOOL(autostart), "%s", autostart ? "yes" : "no");
	hv_error_reset();
	if (has_sizes(info.state)) {
		size_field(sh, "Capacity:", "capacity_bytes", info.capacity,
		    unit);
		size_field(sh, "Allocation:", "allocation_bytes",
		    info.allocation, unit);
		size_field(sh, "Available:", "available_bytes",
		    info.available, unit);
	}
	ret = true;
out:
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_info = {
	"pool-info", NULL, GRP_POOL,
	"show a storage pool's state and sizes",
	"Print the name, UUID, state, persistence, autostart and sizes of a "
	"storage pool.",
	info_opts, cmd_pool_info_exec, 0
};

/* ---- pool-dumpxml --------------------------------------------------- */

enum { O_DUMP_POOL, O_DUMP_INACTIVE, O_DUMP_XPATH, O_DUMP_WRAP };
static const struct cmd_opt dump_opts[] = {
	[O_DUMP_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL },
	[O_DUMP_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "the definition used at the next start" },
	[O_DUMP_XPATH] = { "xpath", OPT_STRING, OPT_NAMED,
	    "print only what this XPath expression selects",
	    COMPLETE_EMPTY },
	[O_DUMP_WRAP] = { "wrap", OPT_BOOL, 0,
	    "put the XPath results inside one root element" },
	{ NULL }
};

static bool
cmd_pool_dumpxml_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	bool ret;

	out_raw(sh);
	if ((pool = shell_pool(sh, a, O_DUMP_POOL, NULL)) == NULL)
		return false;
	ret = util_xml_print_desc(hv_pool_get_xml_desc(pool,
	    opt_bool(a, O_DUMP_INACTIVE) ? HV_POOL_XML_INACTIVE : 0),
	    opt_str(a, O_DUMP_XPATH), opt_bool(a, O_DUMP_WRAP));
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_dumpxml = {
	"pool-dumpxml", NULL, GRP_POOL,
	"print the XML description of a storage pool",
	"Print a storage pool's XML description on standard output.",
	dump_opts, cmd_pool_dumpxml_exec, 0
};

/* ---- pool-define / pool-create -------------------------------------- */

enum { O_DEFINE_FILE, O_DEFINE_VALIDATE };
static const struct cmd_opt define_opts[] = {
	[O_DEFINE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "file holding the pool's XML description",
	    COMPLETE_FILE },
	[O_DEFINE_VALIDATE] = { "validate", OPT_BOOL, 0,
	    "check the XML against the schema" },
	{ NULL }
};

static bool
cmd_pool_define_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	const char *file;
	char *xml;

	if (!opt_string(sh, a, O_DEFINE_FILE, &file) ||
	    (xml = hv_file_read(file, HV_FILE_MAX_XML, NULL)) == NULL)
		return false;
	pool = hv_pool_define_xml(shell_conn(sh), xml,
	    opt_bool(a, O_DEFINE_VALIDATE) ? HV_POOL_DEFINE_VALIDATE : 0);
	free(xml);
	if (pool == NULL) {
		shell_error(sh, "Failed to define pool from %s", file);
		return false;
	}
	out_done(sh, "define", "pool", pool->name, "Pool %s defined from %s",
	    pool->name, file);
	hv_pool_free(pool);
	return true;
}

const struct cmd_entry cmd_pool_define = {
	"pool-define", NULL, GRP_POOL,
	"define or update a persistent storage pool from an XML file",
	"Add a persistent, inactive storage pool, or change the definition "
	"of an existing one.",
	define_opts, cmd_pool_define_exec, 0
};

/* The build options of pool-create and pool-start, in that order. */
enum { O_BUILD, O_NO_OVERWRITE, O_OVERWRITE };

static bool
build_flags(struct shell *sh, const struct cmd_args *a, unsigned int base,
    unsigned int *flags)
{
	if (!opt_exclusive(sh, a, base + O_OVERWRITE, base + O_NO_OVERWRITE))
		return false;
	*flags = 0;
	if (opt_bool(a, base + O_BUILD))
		*flags |= HV_POOL_CREATE_WITH_BUILD;
	if (opt_bool(a, base + O_OVERWRITE))
		*flags |= HV_POOL_CREATE_WITH_BUILD_OVERWRITE;
	if (opt_bool(a, base + O_NO_OVERWRITE))
		*flags |= HV_POOL_CREATE_WITH_BUILD_NO_OVERWRITE;
	return true;
}

enum { O_CREATE_FILE, O_CREATE_BUILD };
static const struct cmd_opt create_opts[] = {
	[O_CREATE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "file holding the pool's XML description",
	    COMPLETE_FILE },
	[O_CREATE_BUILD + O_BUILD] = { "build", OPT_BOOL, 0,
	    "build the pool before starting it" },
	[O_CREATE_BUILD + O_NO_OVERWRITE] = { "no-overwrite", OPT_BOOL, 0,
	    "build only where no data would be overwritten" },
	[O_CREATE_BUILD + O_OVERWRITE] = { "overwrite", OPT_BOOL, 0,
	    "build even over existing data" },
	{ NULL }
};

static bool
cmd_pool_create_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	unsigned int flags;
	const char *file;
	char *xml;

	if (!opt_string(sh, a, O_CREATE_FILE, &file) ||
	    !build_flags(sh, a, O_CREATE_BUILD, &flags) ||
	    (xml = hv_file_read(file, HV_FILE_MAX_XML, NULL)) == NULL)
		return false;
	pool = hv_pool_create_xml(shell_conn(sh), xml, flags);
	free(xml);
	if (pool == NULL) {
		shell_error(sh, "Failed to create pool from %s", file);
		return false;
	}
	out_done(sh, "create", "pool", pool->name, "Pool %s created from %s",
	    pool->name, file);
	hv_pool_free(pool);
	return true;
}

const struct cmd_entry cmd_pool_create = {
	"pool-create", NULL, GRP_POOL,
	"start a transient storage pool from an XML file",
	"Start a storage pool that exists until it is stopped.",
	create_opts, cmd_pool_create_exec, 0
};

/* ---- pool-start ----------------------------------------------------- */

enum { O_START_POOL, O_START_BUILD };
static const struct cmd_opt start_opts[] = {
	[O_START_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_INACTIVE },
	[O_START_BUILD + O_BUILD] = { "build", OPT_BOOL, 0,
	    "build the pool before starting it" },
	[O_START_BUILD + O_NO_OVERWRITE] = { "no-overwrite", OPT_BOOL, 0,
	    "build only where no data would be overwritten" },
	[O_START_BUILD + O_OVERWRITE] = { "overwrite", OPT_BOOL, 0,
	    "build even over existing data" },
	{ NULL }
};

static bool
cmd_pool_start_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	unsigned int flags;
	const char *name;
	bool ret = false;

	if (!build_flags(sh, a, O_START_BUILD, &flags))
		return false;
	if ((pool = shell_pool(sh, a, O_START_POOL, &name)) == NULL)
		return false;
	if (hv_pool_create(pool, flags) < 0) {
		shell_error(sh, "Failed to start pool %s", name);
	} else {
		out_done(sh, "start", "pool", pool->name, "Pool %s started", name);
		ret = true;
	}
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_start = {
	"pool-start", NULL, GRP_POOL,
	"start a defined storage pool",
	"Start an inactive storage pool.",
	start_opts, cmd_pool_start_exec, 0
};

/* ---- pool-destroy, pool-undefine, pool-refresh ---------------------- */

enum { O_POOL };
static const struct cmd_opt pool_opts[] = {
	[O_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL },
	{ NULL }
};
/* The same, completing the pools each command applies to. */
static const struct cmd_opt active_pool_opts[] = {
	[O_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_ACTIVE },
	{ NULL }
};
static const struct cmd_opt persistent_pool_opts[] = {
	[O_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_PERSISTENT },
	{ NULL }
};

static bool
cmd_pool_destroy_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	const char *name;
	bool ret = false;

	if ((pool = shell_pool(sh, a, O_POOL, &name)) == NULL)
		return false;
	if (hv_pool_destroy(pool) < 0) {
		shell_error(sh, "Failed to destroy pool %s", name);
	} else {
		out_done(sh, "destroy", "pool", pool->name, "Pool %s destroyed",
		    name);
		ret = true;
	}
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_destroy = {
	"pool-destroy", NULL, GRP_POOL,
	"stop a storage pool",
	"Stop a storage pool at once; the data in it is left alone.",
	active_pool_opts, cmd_pool_destroy_exec, 0
};

static bool
cmd_pool_undefine_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	const char *name;
	bool ret = false;

	if ((pool = shell_pool(sh, a, O_POOL, &name)) == NULL)
		return false;
	if (hv_pool_undefine(pool) < 0) {
		shell_error(sh, "Failed to undefine pool %s", name);
	} else {
		out_done(sh, "undefine", "pool", pool->name,
		    "Pool %s has been undefined", name);
		ret = true;
	}
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_undefine = {
	"pool-undefine", NULL, GRP_POOL,
	"remove the definition of a stopped storage pool",
	"Forget the persistent definition of an inactive storage pool.",
	persistent_pool_opts, cmd_pool_undefine_exec, 0
};

static bool
cmd_pool_name_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	const char *word;

	if (!opt_string(sh, a, O_POOL, &word) ||
	    (pool = find_pool(sh, word, BY_UUID)) == NULL)
		return false;
	out_line(sh, "name", OV_STR(pool->name), "%s", pool->name);
	hv_pool_free(pool);
	return true;
}

const struct cmd_entry cmd_pool_name = {
	"pool-name", NULL, GRP_POOL,
	"print the name of the storage pool with a UUID",
	NULL,
	pool_opts, cmd_pool_name_exec, 0
};

static bool
cmd_pool_uuid_exec(struct shell *sh, const struct cmd_args *a)
{
	char uuid[HV_UUID_STRLEN];
	struct hv_pool *pool;
	const char *word;

	if (!opt_string(sh, a, O_POOL, &word) ||
	    (pool = find_pool(sh, word, BY_NAME)) == NULL)
		return false;
	hv_uuid_format(pool->uuid, uuid);
	out_line(sh, "uuid", OV_STR(uuid), "%s", uuid);
	hv_pool_free(pool);
	return true;
}

const struct cmd_entry cmd_pool_uuid = {
	"pool-uuid", NULL, GRP_POOL,
	"print the UUID of the storage pool with a name",
	NULL,
	pool_opts, cmd_pool_uuid_exec, 0
};

static bool
cmd_pool_refresh_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_pool *pool;
	const char *name;
	bool ret = false;

	if ((pool = shell_pool(sh, a, O_POOL, &name)) == NULL)
		return false;
	if (hv_pool_refresh(pool, 0) < 0) {
		shell_error(sh, "Failed to refresh pool %s", name);
	} else {
		out_done(sh, "refresh", "pool", pool->name, "Pool %s refreshed",
		    name);
		ret = true;
	}
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_refresh = {
	"pool-refresh", NULL, GRP_POOL,
	"rescan a storage pool",
	"Have the driver look at a running pool's volumes and sizes again.",
	active_pool_opts, cmd_pool_refresh_exec, 0
};

/* ---- pool-build ----------------------------------------------------- */

enum { O_BUILD_POOL, O_BUILD_NO_OVERWRITE, O_BUILD_OVERWRITE };
static const struct cmd_opt build_opts[] = {
	[O_BUILD_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL },
	[O_BUILD_NO_OVERWRITE] = { "no-overwrite", OPT_BOOL, 0,
	    "build only where no data would be overwritten" },
	[O_BUILD_OVERWRITE] = { "overwrite", OPT_BOOL, 0,
	    "build even over existing data" },
	{ NULL }
};

static bool
cmd_pool_build_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_pool *pool;
	const char *name;
	bool ret = false;

	if (opt_bool(a, O_BUILD_NO_OVERWRITE))
		flags |= HV_POOL_BUILD_NO_OVERWRITE;
	if (opt_bool(a, O_BUILD_OVERWRITE))
		flags |= HV_POOL_BUILD_OVERWRITE;
	if ((pool = shell_pool(sh, a, O_BUILD_POOL, &name)) == NULL)
		return false;
	if (hv_pool_build(pool, flags) < 0) {
		shell_error(sh, "Failed to build pool %s", name);
	} else {
		out_done(sh, "build", "pool", pool->name, "Pool %s built", name);
		ret = true;
	}
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_build = {
	"pool-build", NULL, GRP_POOL,
	"prepare the storage of a stopped pool",
	"Create what a stopped storage pool needs on the host (a directory, "
	"a file system, a label).",
	build_opts, cmd_pool_build_exec, 0
};

/* ---- pool-autostart ------------------------------------------------- */

enum { O_AUTO_POOL, O_AUTO_DISABLE };
static const struct cmd_opt autostart_opts[] = {
	[O_AUTO_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL, HV_LIST_POOLS_PERSISTENT },
	[O_AUTO_DISABLE] = { "disable", OPT_BOOL, 0,
	    "turn autostart off instead" },
	{ NULL }
};

static bool
cmd_pool_autostart_exec(struct shell *sh, const struct cmd_args *a)
{
	bool disable = opt_bool(a, O_AUTO_DISABLE);
	struct hv_pool *pool;
	const char *name;
	bool ret = false;

	if ((pool = shell_pool(sh, a, O_AUTO_POOL, &name)) == NULL)
		return false;
	if (hv_pool_set_autostart(pool, !disable) < 0) {
		shell_error(sh, disable ?
		    "failed to unmark pool %s as autostarted" :
		    "failed to mark pool %s as autostarted", name);
	} else {
		out_done(sh, "autostart", "pool", pool->name, disable ?
		    "Pool %s unmarked as autostarted" :
		    "Pool %s marked as autostarted", name);
		out_field(sh, 0, NULL, "autostart", OV_BOOL(!disable), NULL);
		ret = true;
	}
	hv_pool_free(pool);
	return ret;
}

const struct cmd_entry cmd_pool_autostart = {
	"pool-autostart", NULL, GRP_POOL,
	"start a storage pool with the host, or stop doing so",
	"Mark a persistent storage pool to be started when the host starts.",
	autostart_opts, cmd_pool_autostart_exec, 0
};
