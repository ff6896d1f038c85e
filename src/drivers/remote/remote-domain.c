/*
 * remote-domain.c: the remote driver's domain operations, each an RPC
 * call (see remote.h).
 */
#include <stdlib.h>
#include <string.h>

#include "drivers/remote/remote.h"
#include "error.h"
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

static int
remote_list_all(struct hv_conn *conn, struct hv_domain ***doms,
    unsigned int flags)
{
	struct remote_connect_list_all_domains_args args = { 1, flags };
	struct remote_connect_list_all_domains_ret ret;
	struct hv_domain **list;
	unsigned int n;

	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(conn),
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &args, &ret) < 0)
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
	struct remote_domain_lookup_by_id_ret ret;
	struct hv_domain *dom;

	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(conn), REMOTE_PROC_DOMAIN_LOOKUP_BY_ID,
	    &args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	REMOTE_FREE_RET(remote_domain_lookup_by_id_ret, &ret);
	return dom;
}

static struct hv_domain *
remote_lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct remote_domain_lookup_by_name_args args;
	struct remote_domain_lookup_by_name_ret ret;
	struct hv_domain *dom;

	args.name = (char *)name;
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(conn),
	    REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	REMOTE_FREE_RET(remote_domain_lookup_by_name_ret, &ret);
	return dom;
}

static struct hv_domain *
remote_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct remote_domain_lookup_by_uuid_args args;
	struct remote_domain_lookup_by_uuid_ret ret;
	struct hv_domain *dom;

	memcpy(args.uuid, uuid, sizeof(args.uuid));
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(conn),
	    REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	REMOTE_FREE_RET(remote_domain_lookup_by_uuid_ret, &ret);
	return dom;
}

static int
remote_get_info(struct hv_domain *dom, struct hv_domain_info *info)
{
	struct remote_domain_get_info_args args;
	struct remote_domain_get_info_ret ret;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn), REMOTE_PROC_DOMAIN_GET_INFO,
	    &args, &ret) < 0)
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
	struct remote_domain_get_state_args args;
	struct remote_domain_get_state_ret ret;

	domain_to(&args.dom, dom);
	args.flags = flags;
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn), REMOTE_PROC_DOMAIN_GET_STATE,
	    &args, &ret) < 0)
		return -1;
	*state = ret.state;
	if (reason)
		*reason = ret.reason;
	return 0;
}

static int
remote_is_persistent(struct hv_domain *dom)
{
	struct remote_domain_is_persistent_args args;
	struct remote_domain_is_persistent_ret ret;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_IS_PERSISTENT, &args, &ret) < 0)
		return -1;
	return ret.persistent;
}

static int
remote_get_autostart(struct hv_domain *dom, int *autostart)
{
	struct remote_domain_get_autostart_args args;
	struct remote_domain_get_autostart_ret ret;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_GET_AUTOSTART, &args, &ret) < 0)
		return -1;
	*autostart = ret.autostart;
	return 0;
}

static int
remote_has_managed_save(struct hv_domain *dom, unsigned int flags)
{
	struct remote_domain_has_managed_save_image_args args;
	struct remote_domain_has_managed_save_image_ret ret;

	domain_to(&args.dom, dom);
	args.flags = flags;
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE, &args, &ret) < 0)
		return -1;
	return ret.result;
}

static char *
remote_get_os_type(struct hv_domain *dom)
{
	struct remote_domain_get_os_type_args args;
	struct remote_domain_get_os_type_ret ret;
	char *s;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_GET_OS_TYPE, &args, &ret) < 0)
		return NULL;
	s = xstrdup(ret.type);
	REMOTE_FREE_RET(remote_domain_get_os_type_ret, &ret);
	return s;
}

static int
remote_get_security_label(struct hv_domain *dom, struct hv_seclabel *label)
{
	struct remote_domain_get_security_label_args args;
	struct remote_domain_get_security_label_ret ret;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &args, &ret) < 0)
		return -1;
	memset(label, 0, sizeof(*label));
	remote_copy_chars(label->label, sizeof(label->label), ret.label.label_val,
	    ret.label.label_len);
	label->enforcing = ret.enforcing;
	REMOTE_FREE_RET(remote_domain_get_security_label_ret, &ret);
	return 0;
}

const struct hv_domain_driver remote_domain_driver = {
	.list_all = remote_list_all,
	.lookup_by_id = remote_lookup_by_id,
	.lookup_by_name = remote_lookup_by_name,
	.lookup_by_uuid = remote_lookup_by_uuid,
	.get_info = remote_get_info,
	.get_state = remote_get_state,
	.get_os_type = remote_get_os_type,
	.is_persistent = remote_is_persistent,
	.get_autostart = remote_get_autostart,
	.has_managed_save = remote_has_managed_save,
	.get_security_label = remote_get_security_label,
};
