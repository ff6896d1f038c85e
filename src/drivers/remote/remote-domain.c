/*
 * remote-domain.c: the remote driver's domain operations, each an RPC
 * call (see remote.h).  Where libvirt has an API with flags and one
 * without, the call without flags goes out when there are none, as the
 * core chose its API name (libhv-domain.c): the daemon's errors then
 * name the same API.
 */
#include <stdlib.h>
#include <string.h>

#include "drivers/remote/remote.h"
#include "error.h"
#include "util/strv.h"
#include "util/xalloc.h"

static struct hv_domain *
domain_of(struct hv_conn *conn, const remote_nonnull_domain *d)
{
	return hv_domain_new(conn, d->name, (const unsigned char *)d->uuid,
	    d->id);
}

static void
domain_to(remote_nonnull_domain *d, const struct hv_domain *dom)
{
	d->name = dom->name;
	memcpy(d->uuid, dom->uuid, sizeof(d->uuid));
	d->id = dom->id;
}

/* The arguments of the procedures that take the domain alone. */
static remote_domain_only
dom_only(const struct hv_domain *dom)
{
	remote_domain_only args;

	domain_to(&args.dom, dom);
	return args;
}

/* The arguments of the procedures that take the domain and flags. */
static remote_domain_and_flags
dom_and_flags(const struct hv_domain *dom, unsigned int flags)
{
	remote_domain_and_flags args;

	domain_to(&args.dom, dom);
	args.flags = flags;
	return args;
}

/* A procedure whose arguments are remote_domain_only. */
static int
call_dom(struct hv_domain *dom, int proc, void *ret)
{
	remote_domain_only args = dom_only(dom);

	return remote_call(dom->conn, proc, &args, ret);
}

/* A procedure whose arguments are remote_domain_and_flags. */
static int
call_dom_flags(struct hv_domain *dom, int proc, unsigned int flags,
    void *ret)
{
	remote_domain_and_flags args = dom_and_flags(dom, flags);

	return remote_call(dom->conn, proc, &args, ret);
}

/* A procedure whose answer is a domain. */
static struct hv_domain *
call_for_dom(struct hv_conn *conn, int proc, const void *args)
{
	remote_domain_create_xml_ret ret;
	struct hv_domain *dom;

	if (remote_call(conn, proc, args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	REMOTE_FREE_RET(remote_one_domain, &ret);
	return dom;
}

static int
remote_list_all(struct hv_conn *conn, struct hv_domain ***doms,
    unsigned int flags)
{
	struct remote_connect_list_all_domains_args args = { 1, flags };
	struct remote_connect_list_all_domains_ret ret;
	struct hv_domain **list;
	unsigned int n;

	if (remote_call(conn, REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &args,
	    &ret) < 0)
		return -1;
	n = ret.domains.domains_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = domain_of(conn, &ret.domains.domains_val[i]);
	REMOTE_FREE_RET(remote_connect_list_all_domains_ret, &ret);
	*doms = list;
	return (int)n;
}

static struct hv_domain *
remote_lookup_by_id(struct hv_conn *conn, int id)
{
	struct remote_domain_lookup_by_id_args args = { id };

	return call_for_dom(conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_ID, &args);
}

static struct hv_domain *
remote_lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct remote_domain_lookup_by_name_args args = { (char *)name };

	return call_for_dom(conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &args);
}

static struct hv_domain *
remote_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct remote_domain_lookup_by_uuid_args args;

	memcpy(args.uuid, uuid, sizeof(args.uuid));
	return call_for_dom(conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &args);
}

static struct hv_domain *
remote_define_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct remote_domain_define_xml_flags_args args = { (char *)xml,
	    flags };

	if (flags == 0)
		return call_for_dom(conn, REMOTE_PROC_DOMAIN_DEFINE_XML, &args);
	return call_for_dom(conn, REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS, &args);
}

static struct hv_domain *
remote_create_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct remote_domain_create_xml_args args = { (char *)xml, flags };

	return call_for_dom(conn, REMOTE_PROC_DOMAIN_CREATE_XML, &args);
}

static int
remote_restore(struct hv_conn *conn, const char *from, const char *dxml,
    unsigned int flags)
{
	struct remote_domain_restore_flags_args args;

	args.from = (char *)from;
	args.dxml = REMOTE_OPTIONAL(dxml);
	args.flags = flags;
	if (dxml == NULL && flags == 0)
		return remote_call(conn, REMOTE_PROC_DOMAIN_RESTORE, &args, NULL);
	return remote_call(conn, REMOTE_PROC_DOMAIN_RESTORE_FLAGS, &args, NULL);
}

static int
remote_undefine(struct hv_domain *dom, unsigned int flags)
{
	return call_dom_flags(dom, REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS, flags,
	    NULL);
}

/* Without flags, the daemon answers nothing: the id is looked up. */
static int
remote_create(struct hv_domain *dom, unsigned int flags)
{
	remote_domain_create_with_flags_ret ret;
	struct hv_domain *now;

	if (flags) {
		if (call_dom_flags(dom, REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS,
		    flags, &ret) < 0)
			return -1;
		dom->id = ret.dom.id;
		REMOTE_FREE_RET(remote_domain_create_with_flags_ret, &ret);
		return 0;
	}
	if (call_dom(dom, REMOTE_PROC_DOMAIN_CREATE, NULL) < 0)
		return -1;
	if ((now = remote_lookup_by_uuid(dom->conn, dom->uuid)) == NULL)
		return -1;
	dom->id = now->id;
	hv_domain_free(now);
	return 0;
}

static int
remote_destroy(struct hv_domain *dom, unsigned int flags)
{
	if ((flags ? call_dom_flags(dom, REMOTE_PROC_DOMAIN_DESTROY_FLAGS,
	    flags, NULL) : call_dom(dom, REMOTE_PROC_DOMAIN_DESTROY, NULL)) < 0)
		return -1;
	dom->id = -1;
	return 0;
}

static int
remote_shutdown(struct hv_domain *dom, unsigned int flags)
{
	if (flags)
		return call_dom_flags(dom, REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS,
		    flags, NULL);
	return call_dom(dom, REMOTE_PROC_DOMAIN_SHUTDOWN, NULL);
}

static int
remote_reboot(struct hv_domain *dom, unsigned int flags)
{
	return call_dom_flags(dom, REMOTE_PROC_DOMAIN_REBOOT, flags, NULL);
}

static int
remote_reset(struct hv_domain *dom, unsigned int flags)
{
	return call_dom_flags(dom, REMOTE_PROC_DOMAIN_RESET, flags, NULL);
}

static int
remote_suspend(struct hv_domain *dom)
{
	return call_dom(dom, REMOTE_PROC_DOMAIN_SUSPEND, NULL);
}

static int
remote_resume(struct hv_domain *dom)
{
	return call_dom(dom, REMOTE_PROC_DOMAIN_RESUME, NULL);
}

static int
remote_save(struct hv_domain *dom, const char *to, const char *dxml,
    unsigned int flags)
{
	struct remote_domain_save_flags_args args;
	int proc = REMOTE_PROC_DOMAIN_SAVE_FLAGS;

	domain_to(&args.dom, dom);
	args.to = (char *)to;
	args.dxml = REMOTE_OPTIONAL(dxml);
	args.flags = flags;
	if (dxml == NULL && flags == 0)
		proc = REMOTE_PROC_DOMAIN_SAVE;
	if (remote_call(dom->conn, proc, &args, NULL) < 0)
		return -1;
	dom->id = -1;
	return 0;
}

static int
remote_managed_save(struct hv_domain *dom, unsigned int flags)
{
	if (call_dom_flags(dom, REMOTE_PROC_DOMAIN_MANAGED_SAVE, flags,
	    NULL) < 0)
		return -1;
	dom->id = -1;
	return 0;
}

static int
remote_managed_save_remove(struct hv_domain *dom, unsigned int flags)
{
	return call_dom_flags(dom, REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE,
	    flags, NULL);
}

static int
remote_has_managed_save(struct hv_domain *dom, unsigned int flags)
{
	remote_domain_has_managed_save_image_ret ret;

	if (call_dom_flags(dom, REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE,
	    flags, &ret) < 0)
		return -1;
	return ret.value;
}

static int
remote_get_info(struct hv_domain *dom, struct hv_domain_info *info)
{
	struct remote_domain_get_info_ret ret;

	if (call_dom(dom, REMOTE_PROC_DOMAIN_GET_INFO, &ret) < 0)
		return -1;
	info->state = ret.state;
	info->max_mem = ret.maxMem;
	info->memory = ret.memory;
	info->nr_virt_cpu = ret.nrVirtCpu;
	info->cpu_time = ret.cpuTime;
	return 0;
}

static int
remote_get_state(struct hv_domain *dom, int *state, int *reason,
    unsigned int flags)
{
	struct remote_domain_get_state_ret ret;

	if (call_dom_flags(dom, REMOTE_PROC_DOMAIN_GET_STATE, flags,
	    &ret) < 0)
		return -1;
	*state = ret.state;
	if (reason)
		*reason = ret.reason;
	return 0;
}

static char *
remote_get_xml_desc(struct hv_domain *dom, unsigned int flags)
{
	remote_domain_and_flags args = dom_and_flags(dom, flags);

	return remote_call_string(dom->conn, REMOTE_PROC_DOMAIN_GET_XML_DESC,
	    &args);
}

static char *
remote_get_os_type(struct hv_domain *dom)
{
	remote_domain_only args = dom_only(dom);

	return remote_call_string(dom->conn, REMOTE_PROC_DOMAIN_GET_OS_TYPE,
	    &args);
}

static char *
remote_get_hostname(struct hv_domain *dom, unsigned int flags)
{
	remote_domain_and_flags args = dom_and_flags(dom, flags);

	return remote_call_string(dom->conn, REMOTE_PROC_DOMAIN_GET_HOSTNAME,
	    &args);
}

static int
remote_is_active(struct hv_domain *dom)
{
	remote_domain_only args = dom_only(dom);

	return remote_call_int(dom->conn, REMOTE_PROC_DOMAIN_IS_ACTIVE, &args);
}

static int
remote_is_persistent(struct hv_domain *dom)
{
	remote_domain_only args = dom_only(dom);

	return remote_call_int(dom->conn, REMOTE_PROC_DOMAIN_IS_PERSISTENT,
	    &args);
}

static int
remote_get_autostart(struct hv_domain *dom, int *autostart)
{
	remote_domain_only args = dom_only(dom);
	int v = remote_call_int(dom->conn, REMOTE_PROC_DOMAIN_GET_AUTOSTART,
	    &args);

	if (v == -1)
		return -1;
	*autostart = v;
	return 0;
}

static int
remote_set_autostart(struct hv_domain *dom, int autostart)
{
	struct remote_domain_set_autostart_args args;

	domain_to(&args.dom, dom);
	args.autostart = autostart;
	return remote_call(dom->conn, REMOTE_PROC_DOMAIN_SET_AUTOSTART, &args,
	    NULL);
}

static int
remote_set_memory(struct hv_domain *dom, unsigned long long kib,
    unsigned int flags)
{
	struct remote_domain_set_memory_flags_args args;

	domain_to(&args.dom, dom);
	args.memory = kib;
	args.flags = flags;
	return remote_call(dom->conn, REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS,
	    &args, NULL);
}

static int
remote_set_vcpus(struct hv_domain *dom, unsigned int n, unsigned int flags)
{
	struct remote_domain_set_vcpus_flags_args args;

	domain_to(&args.dom, dom);
	args.nvcpus = n;
	args.flags = flags;
	return remote_call(dom->conn, REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS,
	    &args, NULL);
}

static int
remote_set_vcpus_live(struct hv_domain *dom, unsigned int n)
{
	struct remote_domain_set_vcpus_args args;

	domain_to(&args.dom, dom);
	args.nvcpus = n;
	return remote_call(dom->conn, REMOTE_PROC_DOMAIN_SET_VCPUS, &args,
	    NULL);
}

static int
remote_get_vcpus(struct hv_domain *dom, unsigned int flags)
{
	remote_domain_get_vcpus_flags_ret ret;

	if (call_dom_flags(dom, REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS, flags,
	    &ret) < 0)
		return -1;
	return ret.value;
}

static int
remote_get_security_label(struct hv_domain *dom, struct hv_seclabel *label)
{
	struct remote_domain_get_security_label_ret ret;

	if (call_dom(dom, REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &ret) < 0)
		return -1;
	memset(label, 0, sizeof(*label));
	remote_copy_chars(label->label, sizeof(label->label), ret.label.label_val,
	    ret.label.label_len);
	label->enforcing = ret.enforcing;
	REMOTE_FREE_RET(remote_domain_get_security_label_ret, &ret);
	return 0;
}

/* The daemon may answer fewer than nr, never more. */
static int
remote_memory_stats(struct hv_domain *dom, struct hv_mem_stat *stats,
    unsigned int nr, unsigned int flags)
{
	struct remote_domain_memory_stats_args args;
	struct remote_domain_memory_stats_ret ret;
	unsigned int n;

	domain_to(&args.dom, dom);
	args.maxStats = nr;
	args.flags = flags;
	if (remote_call(dom->conn, REMOTE_PROC_DOMAIN_MEMORY_STATS, &args,
	    &ret) < 0)
		return -1;
	n = ret.stats.stats_len;
	if (n > nr) {
		REMOTE_FREE_RET(remote_domain_memory_stats_ret, &ret);
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "returned number of stats exceeds limit");
		return -1;
	}
	for (unsigned int i = 0; i < n; i++) {
		stats[i].tag = ret.stats.stats_val[i].tag;
		stats[i].val = ret.stats.stats_val[i].val;
	}
	REMOTE_FREE_RET(remote_domain_memory_stats_ret, &ret);
	return (int)n;
}

static int
remote_get_block_info(struct hv_domain *dom, const char *disk,
    struct hv_block_info *info, unsigned int flags)
{
	struct remote_domain_get_block_info_args args;
	struct remote_domain_get_block_info_ret ret;

	domain_to(&args.dom, dom);
	args.path = (char *)disk;
	args.flags = flags;
	if (remote_call(dom->conn, REMOTE_PROC_DOMAIN_GET_BLOCK_INFO, &args,
	    &ret) < 0)
		return -1;
	info->allocation = ret.allocation;
	info->capacity = ret.capacity;
	info->physical = ret.physical;
	return 0;
}

static int
remote_get_messages(struct hv_domain *dom, char ***msgs, unsigned int flags)
{
	struct remote_domain_get_messages_ret ret;
	size_t n = 0;

	if (call_dom_flags(dom, REMOTE_PROC_DOMAIN_GET_MESSAGES, flags,
	    &ret) < 0)
		return -1;
	for (unsigned int i = 0; i < ret.msgs.msgs_len; i++)
		hv_strv_add_take(msgs, &n, xstrdup(ret.msgs.msgs_val[i]));
	REMOTE_FREE_RET(remote_domain_get_messages_ret, &ret);
	return (int)n;
}

static char *
remote_get_metadata(struct hv_domain *dom, int type, const char *uri,
    unsigned int flags)
{
	struct remote_domain_get_metadata_args args;

	domain_to(&args.dom, dom);
	args.type = type;
	args.uri = REMOTE_OPTIONAL(uri);
	args.flags = flags;
	return remote_call_string(dom->conn, REMOTE_PROC_DOMAIN_GET_METADATA,
	    &args);
}

static int
remote_set_metadata(struct hv_domain *dom, int type, const char *metadata,
    const char *key, const char *uri, unsigned int flags)
{
	struct remote_domain_set_metadata_args args;

	domain_to(&args.dom, dom);
	args.type = type;
	args.metadata = REMOTE_OPTIONAL(metadata);
	args.key = REMOTE_OPTIONAL(key);
	args.uri = REMOTE_OPTIONAL(uri);
	args.flags = flags;
	return remote_call(dom->conn, REMOTE_PROC_DOMAIN_SET_METADATA, &args,
	    NULL);
}

static int
remote_set_memory_stats_period(struct hv_domain *dom, int period,
    unsigned int flags)
{
	struct remote_domain_set_memory_stats_period_args args;

	domain_to(&args.dom, dom);
	args.period = period;
	args.flags = flags;
	return remote_call(dom->conn,
	    REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD, &args, NULL);
}

/*
 * dominfo's calls, in virsh's order, in one round trip: the daemon's
 * workers answer them side by side, and each of the shell's calls then
 * takes its answer (hv_rpc_client_prefetch()).
 */
static void
remote_prefetch(struct hv_domain *dom, unsigned int what)
{
	remote_domain_only d = dom_only(dom);
	remote_domain_and_flags f = dom_and_flags(dom, 0);
	const struct hv_rpc_ahead dominfo[] = {
		{ REMOTE_PROC_DOMAIN_GET_OS_TYPE, &d },
		{ REMOTE_PROC_DOMAIN_GET_INFO, &d },
		{ REMOTE_PROC_DOMAIN_IS_PERSISTENT, &d },
		{ REMOTE_PROC_DOMAIN_GET_AUTOSTART, &d },
		{ REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE, &f },
		{ REMOTE_PROC_NODE_GET_SECURITY_MODEL, NULL },
		{ REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &d },
		{ REMOTE_PROC_DOMAIN_GET_MESSAGES, &f },
	};

	if (what == HV_PREFETCH_DOMINFO)
		hv_rpc_client_prefetch(REMOTE_CLIENT(dom->conn), dominfo,
		    sizeof(dominfo) / sizeof(*dominfo));
}

const struct hv_domain_driver remote_domain_driver = {
	.list_all = remote_list_all,
	.lookup_by_id = remote_lookup_by_id,
	.lookup_by_name = remote_lookup_by_name,
	.lookup_by_uuid = remote_lookup_by_uuid,
	.define_xml = remote_define_xml,
	.create_xml = remote_create_xml,
	.restore = remote_restore,
	.undefine = remote_undefine,
	.create = remote_create,
	.destroy = remote_destroy,
	.shutdown = remote_shutdown,
	.reboot = remote_reboot,
	.reset = remote_reset,
	.suspend = remote_suspend,
	.resume = remote_resume,
	.save = remote_save,
	.managed_save = remote_managed_save,
	.managed_save_remove = remote_managed_save_remove,
	.has_managed_save = remote_has_managed_save,
	.get_info = remote_get_info,
	.get_state = remote_get_state,
	.get_xml_desc = remote_get_xml_desc,
	.get_os_type = remote_get_os_type,
	.get_hostname = remote_get_hostname,
	.is_active = remote_is_active,
	.is_persistent = remote_is_persistent,
	.get_autostart = remote_get_autostart,
	.set_autostart = remote_set_autostart,
	.set_memory = remote_set_memory,
	.set_vcpus = remote_set_vcpus,
	.set_vcpus_live = remote_set_vcpus_live,
	.get_vcpus = remote_get_vcpus,
	.get_security_label = remote_get_security_label,
	.memory_stats = remote_memory_stats,
	.get_block_info = remote_get_block_info,
	.get_messages = remote_get_messages,
	.get_metadata = remote_get_metadata,
	.set_metadata = remote_set_metadata,
	.set_memory_stats_period = remote_set_memory_stats_period,
	.prefetch = remote_prefetch,
};
