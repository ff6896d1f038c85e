/*
 * The public domain API (hv.h): the checks of the call's row in
 * api-list.h (hv_api_enter), with libvirt's API names so that messages
 * match virsh's, then the driver.  Where one driver operation serves
 * both virDomainX and virDomainXFlags, the row is the one virsh's call
 * would name: the Flags API when there are flags.
 */
#include <stddef.h>
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

/* The driver's domain table after the checks of call id (libhv.h). */
#define enter(id, obj, args) hv_api_family((id), (obj), (args), \
	offsetof(struct hv_driver, domain))
/* The checks of call id, and that the driver has op. */
#define ENTER(d, id, obj, args, op) \
	HV_API_ENTER(d, enter(id, obj, args), id, op)

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
	const struct hv_domain_driver *d;
	struct hv_domain **tmp = NULL;
	int n;

	if (doms)
		*doms = NULL;
	if (!ENTER(d, HV_API_CONNECT_LIST_ALL_DOMAINS, conn, NULL,
	    list_all))
		return -1;
	if (doms)
		return d->list_all(conn, doms, flags);
	/* no array wanted: only the count */
	n = d->list_all(conn, &tmp, flags);
	hv_domain_list_free(tmp, n > 0 ? n : 0);
	return n;
}

struct hv_domain *
hv_domain_lookup_by_id(struct hv_conn *conn, int id)
{
	const struct hv_domain_driver *d;

	if (enter(HV_API_DOMAIN_LOOKUP_BY_ID, conn, NULL) == NULL)
		return NULL;
	if (id < 0) {
		hv_api_bad_arg(HV_API_DOMAIN_LOOKUP_BY_ID, "id",
		    "must be greater than or equal to 0");
		return NULL;
	}
	if (!ENTER(d, HV_API_DOMAIN_LOOKUP_BY_ID, conn, NULL, lookup_by_id))
		return NULL;
	return d->lookup_by_id(conn, id);
}

struct hv_domain *
hv_domain_lookup_by_name(struct hv_conn *conn, const char *name)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_LOOKUP_BY_NAME, conn,
	    HV_API_ARGS(name), lookup_by_name))
		return NULL;
	return d->lookup_by_name(conn, name);
}

struct hv_domain *
hv_domain_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_LOOKUP_BY_UUID, conn,
	    HV_API_ARGS(uuid), lookup_by_uuid))
		return NULL;
	return d->lookup_by_uuid(conn, uuid);
}

struct hv_domain *
hv_domain_lookup_by_uuid_string(struct hv_conn *conn, const char *uuid)
{
	enum hv_api id = HV_API_DOMAIN_LOOKUP_BY_UUID_STRING;
	unsigned char raw[HV_UUID_BUFLEN];

	if (enter(id, conn, HV_API_ARGS(uuid)) == NULL)
		return NULL;
	if (hv_uuid_parse(uuid, raw) < 0) {
		hv_api_bad_arg(id, "uuidstr", "must be a valid UUID");
		return NULL;
	}
	return hv_domain_lookup_by_uuid(conn, raw);
}

/* Without flags this is libvirt's virDomainDefineXML, as virsh calls it. */
struct hv_domain *
hv_domain_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, flags ? HV_API_DOMAIN_DEFINE_XML_FLAGS :
	    HV_API_DOMAIN_DEFINE_XML, conn, HV_API_ARGS(xml), define_xml))
		return NULL;
	return d->define_xml(conn, xml, flags);
}

struct hv_domain *
hv_domain_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_CREATE_XML, conn,
	    HV_API_ARGS(xml), create_xml))
		return NULL;
	return d->create_xml(conn, xml, flags);
}

int
hv_domain_restore(struct hv_conn *conn, const char *from,
    const char *dxml, unsigned int flags)
{
	const struct hv_domain_driver *d;
	int ret;
	char *path;

	if (!ENTER(d, flags || dxml ? HV_API_DOMAIN_RESTORE_FLAGS :
	    HV_API_DOMAIN_RESTORE, conn, HV_API_ARGS(from), restore) ||
	    save_flags_clash(flags))
		return -1;
	path = absolute_path(from);
	ret = d->restore(conn, path, dxml, flags);
	free(path);
	return ret;
}

/* virsh calls virDomainUndefineFlags, with or without flags. */
int
hv_domain_undefine(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_UNDEFINE_FLAGS, dom, NULL, undefine))
		return -1;
	return d->undefine(dom, flags);
}

int
hv_domain_create(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, flags ? HV_API_DOMAIN_CREATE_WITH_FLAGS : HV_API_DOMAIN_CREATE,
	    dom, NULL, create))
		return -1;
	return d->create(dom, flags);
}

int
hv_domain_destroy(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, flags ? HV_API_DOMAIN_DESTROY_FLAGS : HV_API_DOMAIN_DESTROY,
	    dom, NULL, destroy))
		return -1;
	return d->destroy(dom, flags);
}

int
hv_domain_shutdown(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, flags ? HV_API_DOMAIN_SHUTDOWN_FLAGS : HV_API_DOMAIN_SHUTDOWN,
	    dom, NULL, shutdown))
		return -1;
	return d->shutdown(dom, flags);
}

int
hv_domain_reboot(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_REBOOT, dom, NULL, reboot))
		return -1;
	return d->reboot(dom, flags);
}

int
hv_domain_reset(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_RESET, dom, NULL, reset))
		return -1;
	return d->reset(dom, flags);
}

int
hv_domain_suspend(struct hv_domain *dom)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_SUSPEND, dom, NULL, suspend))
		return -1;
	return d->suspend(dom);
}

int
hv_domain_resume(struct hv_domain *dom)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_RESUME, dom, NULL, resume))
		return -1;
	return d->resume(dom);
}

int
hv_domain_save(struct hv_domain *dom, const char *to, const char *dxml,
    unsigned int flags)
{
	const struct hv_domain_driver *d;
	char *path;
	int ret;

	if (!ENTER(d, flags || dxml ? HV_API_DOMAIN_SAVE_FLAGS :
	    HV_API_DOMAIN_SAVE, dom, HV_API_ARGS(to), save) ||
	    save_flags_clash(flags))
		return -1;
	path = absolute_path(to);
	ret = d->save(dom, path, dxml, flags);
	free(path);
	return ret;
}

int
hv_domain_managed_save(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_MANAGED_SAVE, dom, NULL, managed_save) ||
	    save_flags_clash(flags))
		return -1;
	return d->managed_save(dom, flags);
}

int
hv_domain_managed_save_remove(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_MANAGED_SAVE_REMOVE, dom,
	    NULL, managed_save_remove))
		return -1;
	return d->managed_save_remove(dom, flags);
}

int
hv_domain_has_managed_save(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_HAS_MANAGED_SAVE_IMAGE, dom,
	    NULL, has_managed_save))
		return -1;
	return d->has_managed_save(dom, flags);
}

int
hv_domain_get_info(struct hv_domain *dom, struct hv_domain_info *info)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_INFO, dom, HV_API_ARGS(info), get_info))
		return -1;
	memset(info, 0, sizeof(*info));
	return d->get_info(dom, info);
}

int
hv_domain_get_state(struct hv_domain *dom, int *state, int *reason,
    unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_STATE, dom,
	    HV_API_ARGS(state), get_state))
		return -1;
	return d->get_state(dom, state, reason, flags);
}

char *
hv_domain_get_xml_desc(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_XML_DESC, dom, NULL, get_xml_desc))
		return NULL;
	if (hv_conn_is_readonly(dom->conn) &&
	    (flags & HV_DOMAIN_XML_SECURE)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_OPERATION_DENIED, "%s",
		    "virDomainGetXMLDesc with secure flag");
		return NULL;
	}
	return d->get_xml_desc(dom, flags);
}

char *
hv_domain_get_os_type(struct hv_domain *dom)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_OS_TYPE, dom, NULL, get_os_type))
		return NULL;
	return d->get_os_type(dom);
}

char *
hv_domain_get_hostname(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_HOSTNAME, dom, NULL, get_hostname))
		return NULL;
	return d->get_hostname(dom, flags);
}

int
hv_domain_is_active(struct hv_domain *dom)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_IS_ACTIVE, dom, NULL, is_active))
		return -1;
	return d->is_active(dom);
}

int
hv_domain_is_persistent(struct hv_domain *dom)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_IS_PERSISTENT, dom, NULL, is_persistent))
		return -1;
	return d->is_persistent(dom);
}

int
hv_domain_get_autostart(struct hv_domain *dom, int *autostart)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_AUTOSTART, dom,
	    HV_API_ARGS(autostart), get_autostart))
		return -1;
	return d->get_autostart(dom, autostart);
}

int
hv_domain_set_autostart(struct hv_domain *dom, int autostart)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_SET_AUTOSTART, dom, NULL, set_autostart))
		return -1;
	return d->set_autostart(dom, autostart);
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
	enum hv_api id = HV_API_DOMAIN_SET_MEMORY_FLAGS;
	const struct hv_domain_driver *d;

	if (!ENTER(d, id, dom, NULL, set_memory))
		return -1;
	if (kib == 0) {
		hv_api_bad_arg(id, "memory", "must not be zero");
		return -1;
	}
	if (kib >= MAX_MEMORY_KIB) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_OVERFLOW,
		    "input too large: %llu", kib);
		return -1;
	}
	return d->set_memory(dom, kib, flags);
}

static int
set_vcpus(struct hv_domain *dom, unsigned int n, unsigned int flags,
    enum hv_api id)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, id, dom, NULL, set_vcpus))
		return -1;
	if (n == 0) {
		hv_api_bad_arg(id, "nvcpus", "must not be zero");
		return -1;
	}
	if (id == HV_API_DOMAIN_SET_VCPUS && d->set_vcpus_live)
		return d->set_vcpus_live(dom, n);
	return d->set_vcpus(dom, n, flags);
}

/* libvirt's virDomainSetVcpus: the running domain's count. */
int
hv_domain_set_vcpus(struct hv_domain *dom, unsigned int n)
{
	return set_vcpus(dom, n, HV_DOMAIN_AFFECT_LIVE, HV_API_DOMAIN_SET_VCPUS);
}

int
hv_domain_set_vcpus_flags(struct hv_domain *dom, unsigned int n,
    unsigned int flags)
{
	return set_vcpus(dom, n, flags, HV_API_DOMAIN_SET_VCPUS_FLAGS);
}

int
hv_domain_get_vcpus(struct hv_domain *dom, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_VCPUS_FLAGS, dom, NULL, get_vcpus) ||
	    exclusive_flags(flags, HV_DOMAIN_AFFECT_LIVE,
	    "VIR_DOMAIN_AFFECT_LIVE", HV_DOMAIN_AFFECT_CONFIG,
	    "VIR_DOMAIN_AFFECT_CONFIG"))
		return -1;
	return d->get_vcpus(dom, flags);
}

int
hv_domain_get_security_label(struct hv_domain *dom,
    struct hv_seclabel *label)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_SECURITY_LABEL, dom,
	    HV_API_ARGS(label), get_security_label))
		return -1;
	return d->get_security_label(dom, label);
}

int
hv_domain_set_memory_stats_period(struct hv_domain *dom, int period,
    unsigned int flags)
{
	enum hv_api id = HV_API_DOMAIN_SET_MEMORY_STATS_PERIOD;
	const struct hv_domain_driver *d;

	if (!ENTER(d, id, dom, NULL, set_memory_stats_period))
		return -1;
	if (period < 0) {
		hv_api_bad_arg(id, "period",
		    "must be greater than or equal to 0");
		return -1;
	}
	return d->set_memory_stats_period(dom, period, flags);
}

int
hv_domain_memory_stats(struct hv_domain *dom, struct hv_mem_stat *stats,
    unsigned int nr, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_MEMORY_STATS, dom, NULL, memory_stats))
		return -1;
	/* as libvirt: no room asked for is no statistic, and no error */
	if (stats == NULL || nr == 0)
		return 0;
	return d->memory_stats(dom, stats, nr, flags);
}

int
hv_domain_get_block_info(struct hv_domain *dom, const char *disk,
    struct hv_block_info *info, unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_BLOCK_INFO, dom,
	    HV_API_ARGS(disk, info), get_block_info))
		return -1;
	memset(info, 0, sizeof(*info));
	return d->get_block_info(dom, disk, info, flags);
}

void
hv_domain_prefetch(struct hv_domain *dom, unsigned int what)
{
	const struct hv_domain_driver *d;

	if (dom == NULL || dom->conn == NULL || dom->conn->driver == NULL)
		return;
	d = dom->conn->driver->domain;
	if (d && d->prefetch)
		d->prefetch(dom, what);
}

int
hv_domain_get_messages(struct hv_domain *dom, char ***msgs,
    unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (msgs)
		*msgs = NULL;
	if (!ENTER(d, HV_API_DOMAIN_GET_MESSAGES, dom, HV_API_ARGS(msgs),
	    get_messages))
		return -1;
	return d->get_messages(dom, msgs, flags);
}

char *
hv_domain_get_metadata(struct hv_domain *dom, int type, const char *uri,
    unsigned int flags)
{
	const struct hv_domain_driver *d;

	if (!ENTER(d, HV_API_DOMAIN_GET_METADATA, dom, NULL, get_metadata))
		return NULL;
	return d->get_metadata(dom, type, uri, flags);
}

int
hv_domain_set_metadata(struct hv_domain *dom, int type,
    const char *metadata, const char *key, const char *uri,
    unsigned int flags)
{
	enum hv_api id = HV_API_DOMAIN_SET_METADATA;
	const struct hv_domain_driver *d;

	if (!ENTER(d, id, dom, NULL, set_metadata))
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
			hv_api_bad_arg(id, "uri", "must be NULL");
			return -1;
		}
		if (key != NULL) {
			hv_api_bad_arg(id, "key", "must be NULL");
			return -1;
		}
		break;
	case HV_DOMAIN_METADATA_ELEMENT:
		if (uri == NULL) {
			hv_api_bad_arg(id, "uri", "must not be NULL");
			return -1;
		}
		if (metadata && key == NULL) {
			hv_api_bad_arg(id, "key", "must not be NULL");
			return -1;
		}
		break;
	default:
		break;
	}
	return d->set_metadata(dom, type, metadata, key, uri, flags);
}
