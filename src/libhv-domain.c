/*
 * The public domain API (hv.h).  Each call resets the thread's error,
 * refuses an operation the driver lacks ("this function is not supported
 * by the connection driver: virDomainXxx") and a change made through a
 * read-only connection ("read only access prevents virDomainXxx"), with
 * libvirt's API names so that messages match virsh's; then the driver
 * does the work.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver.h"
#include "error.h"
#include "hv.h"
#include "libhv.h"
#include "util/buf.h"
#include "util/xalloc.h"

static const struct hv_domain_driver *
ops(const struct hv_conn *conn)
{
	return conn && conn->driver ? conn->driver->domain : NULL;
}

/*
 * May api run?  present says whether the driver has the operation;
 * mutating calls are refused on read-only connections.
 */
static bool
ready(struct hv_conn *conn, bool present, const char *api, bool mutating)
{
	hv_error_reset();
	if (conn == NULL) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INVALID_CONN, "%s", api);
		return false;
	}
	if (mutating && !hv_api_writable(conn, HV_FROM_DOMAIN, api))
		return false;
	if (!present) {
		hv_error_unsupported(api);
		return false;
	}
	return true;
}

static bool
dom_ready(struct hv_domain *dom, bool present, const char *api,
    bool mutating)
{
	if (dom == NULL) {
		hv_error_reset();
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INVALID_DOMAIN, "%s",
		    api);
		return false;
	}
	return ready(dom->conn, present, api, mutating);
}

/*
 * libvirt reports bad arguments with its own sentence and no
 * "invalid argument: " prefix, although the code is VIR_ERR_INVALID_ARG.
 */
static void
bad_arg(const char *fmt, const char *name, const char *api)
{
	char *m = xasprintf(fmt, name, api);

	hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_DOMAIN, m);
	free(m);
}

static bool
null_arg(const void *arg, const char *name, const char *api)
{
	if (arg != NULL)
		return false;
	bad_arg("%s in %s must not be NULL", name, api);
	return true;
}

/* libvirt's VIR_EXCLUSIVE_FLAGS check: its text has no prefix either. */
static bool
exclusive_flags(unsigned int flags, unsigned int a, const char *aname,
    unsigned int b, const char *bname)
{
	char *m;

	if (!(flags & a) || !(flags & b))
		return false;
	m = xasprintf("Flags '%s' and '%s' are mutually exclusive", aname,
	    bname);
	hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_DOMAIN, m);
	free(m);
	return true;
}

static bool
save_flags_clash(unsigned int flags)
{
	return exclusive_flags(flags, HV_DOMAIN_SAVE_RUNNING,
	    "VIR_DOMAIN_SAVE_RUNNING", HV_DOMAIN_SAVE_PAUSED,
	    "VIR_DOMAIN_SAVE_PAUSED");
}

/*
 * path made absolute against the working directory and tidied ("." and
 * ".." components, repeated slashes; exactly two leading slashes stay),
 * without looking at the file system, as libvirt does before handing a
 * save file name to a driver that may run elsewhere.  Caller frees.
 */
static char *
absolute_path(const char *path)
{
	struct hv_buf b = HV_BUF_INIT;
	char *cwd, *s, *comp, *save = NULL;
	size_t root;

	if (path[0] == '/') {
		s = xstrdup(path);
	} else {
		cwd = getcwd(NULL, 0);
		s = xasprintf("%s/%s", cwd ? cwd : "", path);
		free(cwd);
	}
	hv_buf_add(&b, strncmp(s, "//", 2) == 0 && s[2] != '/' ? "//" : "/");
	root = b.len;
	for (comp = strtok_r(s, "/", &save); comp;
	    comp = strtok_r(NULL, "/", &save)) {
		if (strcmp(comp, ".") == 0)
			continue;
		if (strcmp(comp, "..") == 0) {
			const char *cur = hv_buf_str(&b);
			size_t n = b.len;

			while (n > root && cur[n - 1] != '/')
				n--;
			hv_buf_truncate(&b, n > root ? n - 1 : root);
			continue;
		}
		if (b.len > root)
			hv_buf_addc(&b, '/');
		hv_buf_add(&b, comp);
	}
	free(s);
	return hv_buf_detach(&b);
}

struct hv_domain *
hv_domain_new(struct hv_conn *conn, const char *name,
    const unsigned char *uuid, int id)
{
	struct hv_domain *dom = xcalloc(1, sizeof(*dom));

	dom->conn = conn;
	dom->name = xstrdup(name);
	memcpy(dom->uuid, uuid, HV_UUID_BUFLEN);
	dom->id = id;
	return dom;
}

void
hv_domain_free(struct hv_domain *dom)
{
	if (dom == NULL)
		return;
	free(dom->name);
	free(dom);
}

void
hv_domain_list_free(struct hv_domain **doms, int n)
{
	if (doms == NULL)
		return;
	for (int i = 0; i < n; i++)
		hv_domain_free(doms[i]);
	free(doms);
}

int
hv_conn_list_all_domains(struct hv_conn *conn, struct hv_domain ***doms,
    unsigned int flags)
{
	const char *api = "virConnectListAllDomains";

	if (!ready(conn, ops(conn) && ops(conn)->list_all, api, false) ||
	    null_arg(doms, "domains", api))
		return -1;
	*doms = NULL;
	return ops(conn)->list_all(conn, doms, flags);
}

struct hv_domain *
hv_domain_lookup_by_id(struct hv_conn *conn, int id)
{
	const char *api = "virDomainLookupByID";

	if (!ready(conn, ops(conn) && ops(conn)->lookup_by_id, api, false))
		return NULL;
	if (id < 0) {
		bad_arg("%s in %s must be greater than or equal to 0", "id",
		    api);
		return NULL;
	}
	return ops(conn)->lookup_by_id(conn, id);
}

struct hv_domain *
hv_domain_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const char *api = "virDomainLookupByName";

	if (!ready(conn, ops(conn) && ops(conn)->lookup_by_name, api, false) ||
	    null_arg(name, "name", api))
		return NULL;
	return ops(conn)->lookup_by_name(conn, name);
}

struct hv_domain *
hv_domain_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	const char *api = "virDomainLookupByUUID";

	if (!ready(conn, ops(conn) && ops(conn)->lookup_by_uuid, api, false) ||
	    null_arg(uuid, "uuid", api))
		return NULL;
	return ops(conn)->lookup_by_uuid(conn, uuid);
}

struct hv_domain *
hv_domain_lookup_by_uuid_string(struct hv_conn *conn, const char *uuid)
{
	const char *api = "virDomainLookupByUUIDString";
	unsigned char raw[HV_UUID_BUFLEN];

	if (!ready(conn, ops(conn) && ops(conn)->lookup_by_uuid, api, false) ||
	    null_arg(uuid, "uuidstr", api))
		return NULL;
	if (hv_uuid_parse(uuid, raw) < 0) {
		bad_arg("%s in %s must be a valid UUID", "uuidstr", api);
		return NULL;
	}
	return ops(conn)->lookup_by_uuid(conn, raw);
}

/* Without flags this is libvirt's virDomainDefineXML, as virsh calls it. */
struct hv_domain *
hv_domain_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const char *api = flags ? "virDomainDefineXMLFlags" :
	    "virDomainDefineXML";

	if (!ready(conn, ops(conn) && ops(conn)->define_xml, api, true) ||
	    null_arg(xml, "xml", api))
		return NULL;
	return ops(conn)->define_xml(conn, xml, flags);
}

struct hv_domain *
hv_domain_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const char *api = "virDomainCreateXML";

	if (!ready(conn, ops(conn) && ops(conn)->create_xml, api, true) ||
	    null_arg(xml, "xmlDesc", api))
		return NULL;
	return ops(conn)->create_xml(conn, xml, flags);
}

struct hv_domain *
hv_domain_restore(struct hv_conn *conn, const char *from,
    unsigned int flags)
{
	const char *api = flags ? "virDomainRestoreFlags" : "virDomainRestore";

	struct hv_domain *dom;
	char *path;

	if (!ready(conn, ops(conn) && ops(conn)->restore, api, true) ||
	    null_arg(from, "from", api) || save_flags_clash(flags))
		return NULL;
	path = absolute_path(from);
	dom = ops(conn)->restore(conn, path, flags);
	free(path);
	return dom;
}

int
hv_domain_undefine(struct hv_domain *dom, unsigned int flags)
{
	const char *api = "virDomainUndefineFlags";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->undefine, api, true))
		return -1;
	return ops(dom->conn)->undefine(dom, flags);
}

int
hv_domain_create(struct hv_domain *dom, unsigned int flags)
{
	const char *api = flags ? "virDomainCreateWithFlags" :
	    "virDomainCreate";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->create, api, true))
		return -1;
	return ops(dom->conn)->create(dom, flags);
}

int
hv_domain_destroy(struct hv_domain *dom, unsigned int flags)
{
	const char *api = flags ? "virDomainDestroyFlags" : "virDomainDestroy";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->destroy, api, true))
		return -1;
	return ops(dom->conn)->destroy(dom, flags);
}

int
hv_domain_shutdown(struct hv_domain *dom, unsigned int flags)
{
	const char *api = flags ? "virDomainShutdownFlags" :
	    "virDomainShutdown";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->shutdown, api, true))
		return -1;
	return ops(dom->conn)->shutdown(dom, flags);
}

int
hv_domain_reboot(struct hv_domain *dom, unsigned int flags)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->reboot, "virDomainReboot", true))
		return -1;
	return ops(dom->conn)->reboot(dom, flags);
}

int
hv_domain_reset(struct hv_domain *dom, unsigned int flags)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->reset, "virDomainReset", true))
		return -1;
	return ops(dom->conn)->reset(dom, flags);
}

int
hv_domain_suspend(struct hv_domain *dom)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->suspend, "virDomainSuspend", true))
		return -1;
	return ops(dom->conn)->suspend(dom);
}

int
hv_domain_resume(struct hv_domain *dom)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->resume, "virDomainResume", true))
		return -1;
	return ops(dom->conn)->resume(dom);
}

int
hv_domain_save(struct hv_domain *dom, const char *to, unsigned int flags)
{
	const char *api = flags ? "virDomainSaveFlags" : "virDomainSave";

	char *path;
	int ret;

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->save, api, true) || null_arg(to, "to", api) ||
	    save_flags_clash(flags))
		return -1;
	path = absolute_path(to);
	ret = ops(dom->conn)->save(dom, path, flags);
	free(path);
	return ret;
}

int
hv_domain_managed_save(struct hv_domain *dom, unsigned int flags)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->managed_save, "virDomainManagedSave", true) ||
	    save_flags_clash(flags))
		return -1;
	return ops(dom->conn)->managed_save(dom, flags);
}

int
hv_domain_managed_save_remove(struct hv_domain *dom, unsigned int flags)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->managed_save_remove, "virDomainManagedSaveRemove",
	    true))
		return -1;
	return ops(dom->conn)->managed_save_remove(dom, flags);
}

int
hv_domain_has_managed_save(struct hv_domain *dom, unsigned int flags)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->has_managed_save, "virDomainHasManagedSaveImage",
	    false))
		return -1;
	return ops(dom->conn)->has_managed_save(dom, flags);
}

int
hv_domain_get_info(struct hv_domain *dom, struct hv_domain_info *info)
{
	const char *api = "virDomainGetInfo";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_info, api, false) ||
	    null_arg(info, "info", api))
		return -1;
	memset(info, 0, sizeof(*info));
	return ops(dom->conn)->get_info(dom, info);
}

int
hv_domain_get_state(struct hv_domain *dom, int *state, int *reason,
    unsigned int flags)
{
	const char *api = "virDomainGetState";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_state, api, false) ||
	    null_arg(state, "state", api))
		return -1;
	return ops(dom->conn)->get_state(dom, state, reason, flags);
}

char *
hv_domain_get_xml_desc(struct hv_domain *dom, unsigned int flags)
{
	const char *api = "virDomainGetXMLDesc";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_xml_desc, api, false))
		return NULL;
	if ((dom->conn->flags & HV_CONNECT_RO) &&
	    (flags & HV_DOMAIN_XML_SECURE)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_OPERATION_DENIED, "%s",
		    "virDomainGetXMLDesc with secure flag");
		return NULL;
	}
	return ops(dom->conn)->get_xml_desc(dom, flags);
}

char *
hv_domain_get_os_type(struct hv_domain *dom)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_os_type, "virDomainGetOSType", false))
		return NULL;
	return ops(dom->conn)->get_os_type(dom);
}

char *
hv_domain_get_hostname(struct hv_domain *dom, unsigned int flags)
{
	/* libvirt refuses it to read-only connections: it asks the guest. */
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_hostname, "virDomainGetHostname", true))
		return NULL;
	return ops(dom->conn)->get_hostname(dom, flags);
}

int
hv_domain_is_active(struct hv_domain *dom)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->is_active, "virDomainIsActive", false))
		return -1;
	return ops(dom->conn)->is_active(dom);
}

int
hv_domain_is_persistent(struct hv_domain *dom)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->is_persistent, "virDomainIsPersistent", false))
		return -1;
	return ops(dom->conn)->is_persistent(dom);
}

int
hv_domain_get_autostart(struct hv_domain *dom, int *autostart)
{
	const char *api = "virDomainGetAutostart";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_autostart, api, false) ||
	    null_arg(autostart, "autostart", api))
		return -1;
	return ops(dom->conn)->get_autostart(dom, autostart);
}

int
hv_domain_set_autostart(struct hv_domain *dom, int autostart)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->set_autostart, "virDomainSetAutostart", true))
		return -1;
	return ops(dom->conn)->set_autostart(dom, autostart);
}

/*
 * Memory sizes past what libvirt can express in bytes (as a signed long
 * long) are refused before the driver sees them.
 */
#define MAX_MEMORY_KIB ((unsigned long long)LLONG_MAX / 1024)

int
hv_domain_set_memory(struct hv_domain *dom, unsigned long long kib,
    unsigned int flags)
{
	const char *api = "virDomainSetMemoryFlags";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->set_memory, api, true))
		return -1;
	if (kib == 0) {
		bad_arg("%s in %s must not be zero", "memory", api);
		return -1;
	}
	if (kib >= MAX_MEMORY_KIB) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_OVERFLOW,
		    "input too large: %llu", kib);
		return -1;
	}
	return ops(dom->conn)->set_memory(dom, kib, flags);
}

static int
set_vcpus(struct hv_domain *dom, unsigned int n, unsigned int flags,
    const char *api)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->set_vcpus, api, true))
		return -1;
	if (n == 0) {
		bad_arg("%s in %s must not be zero", "nvcpus", api);
		return -1;
	}
	return ops(dom->conn)->set_vcpus(dom, n, flags);
}

/* libvirt's virDomainSetVcpus: the running domain's count. */
int
hv_domain_set_vcpus(struct hv_domain *dom, unsigned int n)
{
	return set_vcpus(dom, n, HV_DOMAIN_AFFECT_LIVE, "virDomainSetVcpus");
}

int
hv_domain_set_vcpus_flags(struct hv_domain *dom, unsigned int n,
    unsigned int flags)
{
	return set_vcpus(dom, n, flags, "virDomainSetVcpusFlags");
}

int
hv_domain_get_vcpus(struct hv_domain *dom, unsigned int flags)
{
	const char *api = "virDomainGetVcpusFlags";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_vcpus, api, false))
		return -1;
	if ((flags & HV_DOMAIN_AFFECT_LIVE) &&
	    (flags & HV_DOMAIN_AFFECT_CONFIG)) {
		hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_DOMAIN,
		    "Flags 'VIR_DOMAIN_AFFECT_LIVE' and "
		    "'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
		return -1;
	}
	return ops(dom->conn)->get_vcpus(dom, flags);
}

int
hv_domain_get_security_label(struct hv_domain *dom,
    struct hv_seclabel *label)
{
	const char *api = "virDomainGetSecurityLabel";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_security_label, api, false) ||
	    null_arg(label, "seclabel", api))
		return -1;
	return ops(dom->conn)->get_security_label(dom, label);
}

int
hv_domain_set_memory_stats_period(struct hv_domain *dom, int period,
    unsigned int flags)
{
	const char *api = "virDomainSetMemoryStatsPeriod";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->set_memory_stats_period, api, true))
		return -1;
	if (period < 0) {
		bad_arg("%s in %s must be greater than or equal to 0",
		    "period", api);
		return -1;
	}
	return ops(dom->conn)->set_memory_stats_period(dom, period, flags);
}

int
hv_domain_memory_stats(struct hv_domain *dom, struct hv_mem_stat *stats,
    unsigned int nr, unsigned int flags)
{
	const char *api = "virDomainMemoryStats";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->memory_stats, api, false))
		return -1;
	if (stats == NULL || nr == 0) {
		bad_arg("%s in %s must not be NULL", "stats", api);
		return -1;
	}
	return ops(dom->conn)->memory_stats(dom, stats, nr, flags);
}

int
hv_domain_get_block_info(struct hv_domain *dom, const char *disk,
    struct hv_block_info *info, unsigned int flags)
{
	const char *api = "virDomainGetBlockInfo";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_block_info, api, false) ||
	    null_arg(disk, "disk", api) || null_arg(info, "info", api))
		return -1;
	memset(info, 0, sizeof(*info));
	return ops(dom->conn)->get_block_info(dom, disk, info, flags);
}

int
hv_domain_get_messages(struct hv_domain *dom, char ***msgs,
    unsigned int flags)
{
	const char *api = "virDomainGetMessages";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_messages, api, false) ||
	    null_arg(msgs, "msgs", api))
		return -1;
	*msgs = NULL;
	return ops(dom->conn)->get_messages(dom, msgs, flags);
}

char *
hv_domain_get_metadata(struct hv_domain *dom, int type, const char *uri,
    unsigned int flags)
{
	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->get_metadata, "virDomainGetMetadata", false))
		return NULL;
	return ops(dom->conn)->get_metadata(dom, type, uri, flags);
}

int
hv_domain_set_metadata(struct hv_domain *dom, int type,
    const char *metadata, const char *key, const char *uri,
    unsigned int flags)
{
	const char *api = "virDomainSetMetadata";

	if (!dom_ready(dom, ops(dom ? dom->conn : NULL) &&
	    ops(dom->conn)->set_metadata, api, true))
		return -1;
	switch (type) {
	case HV_DOMAIN_METADATA_TITLE:
		if (metadata && strchr(metadata, '\n')) {
			hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_DOMAIN,
			    "metadata title can't contain newlines");
			return -1;
		}
		/* fall through */
	case HV_DOMAIN_METADATA_DESCRIPTION:
		if (uri != NULL) {
			bad_arg("%s in %s must be NULL", "uri", api);
			return -1;
		}
		if (key != NULL) {
			bad_arg("%s in %s must be NULL", "key", api);
			return -1;
		}
		break;
	case HV_DOMAIN_METADATA_ELEMENT:
		if (null_arg(uri, "uri", api) ||
		    (metadata && null_arg(key, "key", api)))
			return -1;
		break;
	default:
		break;
	}
	return ops(dom->conn)->set_metadata(dom, type, metadata, key, uri,
	    flags);
}
