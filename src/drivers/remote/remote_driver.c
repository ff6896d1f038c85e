/*
 * The remote driver, first slice: a URI naming a local unix socket
 * with socket= ("test+unix:///default?socket=PATH", or
 * "qemu:///system?socket=PATH" that no driver in-process takes) opens
 * through the RPC client; every other remote URI is declined, so the
 * core keeps its "built without" message.  The daemon is asked to open
 * the URI as libvirt's remote driver rebuilds it (remote_name()).  Only
 * the connection, node info, domain listing, look-up, info and state
 * calls (with what dominfo asks) travel; the other operations stay
 * NULL.  Nothing here runs before a remote URI is used.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "driver.h"
#include "error.h"
#include "rpc/client.h"
#include "rpc/proc.h"
#include "util/xalloc.h"

struct remote_priv {
	struct hv_rpc_client *client;
	char *type;			/* CONNECT_GET_TYPE's answer */
};

#define CLIENT(conn) (((struct remote_priv *)(conn)->priv)->client)
#define FREE_RET(codec, ret) \
	hv_rpc_payload_free((xdrproc_t)xdr_##codec, (ret))

/* uri's socket= value when it names a unix socket this slice takes. */
static const char *
remote_socket(const struct hv_uri *uri)
{
	char *transport = hv_uri_transport(uri);
	const char *sock = NULL;

	if ((transport == NULL || strcasecmp(transport, "unix") == 0) &&
	    (uri->server == NULL || *uri->server == '\0'))
		sock = hv_uri_param(uri, "socket");
	free(transport);
	return sock && *sock ? sock : NULL;
}

/* The URI parameters libvirt's remote driver keeps to itself. */
static const char *const consumed[] = {
	"name", "command", "socket", "netcat", "keyfile", "no_verify",
	"no_tty", "no_sanity", "pkipath", "tls_priority", "known_hosts",
	"known_hosts_verify", "sshauth", "auth", "mode", "proxy", "authfile",
	NULL
};

static bool
is_consumed(const char *param)
{
	for (int i = 0; consumed[i]; i++) {
		if (strcasecmp(param, consumed[i]) == 0)
			return true;
	}
	return false;
}

/*
 * The name the daemon opens: name= when given; "" for the "remote"
 * scheme (the daemon's default); else the driver, the path, the
 * parameters not consumed here and the fragment, without host,
 * user, port or transport ("test:///default").
 */
static char *
remote_name(const struct hv_uri *uri)
{
	struct hv_uri u = { 0 };
	struct hv_uri_param *params;
	const char *given = hv_uri_param(uri, "name");
	size_t n = 0;
	char *name;

	if (given)
		return xstrdup(given);
	u.scheme = hv_uri_driver(uri);
	if (strcasecmp(u.scheme, "remote") == 0) {
		free(u.scheme);
		return xstrdup("");
	}
	params = xcalloc(uri->nparams + 1, sizeof(*params));
	for (size_t i = 0; i < uri->nparams; i++) {
		if (!is_consumed(uri->params[i].name))
			params[n++] = uri->params[i];
	}
	u.path = uri->path;
	u.fragment = uri->fragment;
	u.params = params;
	u.nparams = n;
	u.query = hv_uri_format_params(&u);
	name = hv_uri_format(&u);
	free(u.query);
	free(u.scheme);
	free(params);
	return name;
}

static int
remote_open(struct hv_conn *conn, const struct hv_uri *uri,
    unsigned int flags)
{
	const char *sock = remote_socket(uri);
	struct remote_priv *priv;
	struct hv_rpc_client *c;
	char *name;
	int r;

	if (sock == NULL)
		return HV_DRV_OPEN_DECLINED;
	if ((c = hv_rpc_client_connect_unix(sock)) == NULL)
		return HV_DRV_OPEN_ERROR;
	name = remote_name(uri);
	r = hv_rpc_client_open(c, name, flags & HV_CONNECT_RO);
	free(name);
	if (r < 0) {
		hv_rpc_client_free(c);
		return HV_DRV_OPEN_ERROR;
	}
	priv = xcalloc(1, sizeof(*priv));
	priv->client = c;
	conn->priv = priv;
	return HV_DRV_OPEN_SUCCESS;
}

static void
remote_close(struct hv_conn *conn)
{
	struct remote_priv *priv = conn->priv;

	if (priv == NULL)
		return;
	hv_rpc_client_close(priv->client);
	free(priv->type);
	free(priv);
	conn->priv = NULL;
}

static const char *
remote_get_type(struct hv_conn *conn)
{
	struct remote_priv *priv = conn->priv;
	struct remote_connect_get_type_ret ret = { 0 };

	if (priv->type)
		return priv->type;
	if (hv_rpc_client_call(priv->client, REMOTE_PROC_CONNECT_GET_TYPE,
	    NULL, &ret) < 0)
		return NULL;
	priv->type = xstrdup(ret.type);
	FREE_RET(remote_connect_get_type_ret, &ret);
	return priv->type;
}

static int
remote_get_version(struct hv_conn *conn, unsigned long long *hvver)
{
	struct remote_connect_get_version_ret ret = { 0 };

	if (hv_rpc_client_call(CLIENT(conn), REMOTE_PROC_CONNECT_GET_VERSION,
	    NULL, &ret) < 0)
		return -1;
	*hvver = ret.hv_ver;
	return 0;
}

static int
remote_get_lib_version(struct hv_conn *conn, unsigned long long *ver)
{
	struct remote_connect_get_lib_version_ret ret = { 0 };

	if (hv_rpc_client_call(CLIENT(conn),
	    REMOTE_PROC_CONNECT_GET_LIB_VERSION, NULL, &ret) < 0)
		return -1;
	*ver = ret.lib_ver;
	return 0;
}

static char *
remote_get_hostname(struct hv_conn *conn)
{
	struct remote_connect_get_hostname_ret ret = { 0 };
	char *s;

	if (hv_rpc_client_call(CLIENT(conn), REMOTE_PROC_CONNECT_GET_HOSTNAME,
	    NULL, &ret) < 0)
		return NULL;
	s = xstrdup(ret.hostname);
	FREE_RET(remote_connect_get_hostname_ret, &ret);
	return s;
}

static int
remote_node_get_info(struct hv_conn *conn, struct hv_node_info *info)
{
	struct remote_node_get_info_ret ret;

	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(CLIENT(conn), REMOTE_PROC_NODE_GET_INFO,
	    NULL, &ret) < 0)
		return -1;
	memset(info, 0, sizeof(*info));
	memcpy(info->model, ret.model, sizeof(info->model));
	info->model[sizeof(info->model) - 1] = '\0';
	info->memory = ret.memory;
	info->cpus = ret.cpus;
	info->mhz = ret.mhz;
	info->nodes = ret.nodes;
	info->sockets = ret.sockets;
	info->cores = ret.cores;
	info->threads = ret.threads;
	return 0;
}

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
	if (hv_rpc_client_call(CLIENT(conn),
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &args, &ret) < 0)
		return -1;
	n = ret.domains.domains_len;
	list = xcalloc(n + 1, sizeof(*list));
	for (unsigned int i = 0; i < n; i++)
		list[i] = domain_of(conn, &ret.domains.domains_val[i]);
	FREE_RET(remote_connect_list_all_domains_ret, &ret);
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
	if (hv_rpc_client_call(CLIENT(conn), REMOTE_PROC_DOMAIN_LOOKUP_BY_ID,
	    &args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	FREE_RET(remote_domain_lookup_by_id_ret, &ret);
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
	if (hv_rpc_client_call(CLIENT(conn),
	    REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	FREE_RET(remote_domain_lookup_by_name_ret, &ret);
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
	if (hv_rpc_client_call(CLIENT(conn),
	    REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &args, &ret) < 0)
		return NULL;
	dom = domain_of(conn, &ret.dom);
	FREE_RET(remote_domain_lookup_by_uuid_ret, &ret);
	return dom;
}

static int
remote_get_info(struct hv_domain *dom, struct hv_domain_info *info)
{
	struct remote_domain_get_info_args args;
	struct remote_domain_get_info_ret ret;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(CLIENT(dom->conn), REMOTE_PROC_DOMAIN_GET_INFO,
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
	if (hv_rpc_client_call(CLIENT(dom->conn), REMOTE_PROC_DOMAIN_GET_STATE,
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
	if (hv_rpc_client_call(CLIENT(dom->conn),
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
	if (hv_rpc_client_call(CLIENT(dom->conn),
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
	if (hv_rpc_client_call(CLIENT(dom->conn),
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
	if (hv_rpc_client_call(CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_GET_OS_TYPE, &args, &ret) < 0)
		return NULL;
	s = xstrdup(ret.type);
	FREE_RET(remote_domain_get_os_type_ret, &ret);
	return s;
}

/* A char array of the wire (its count includes the NUL) into dst. */
static void
copy_chars(char *dst, size_t size, const char *src, unsigned int len)
{
	size_t n = len < size ? len : size - 1;

	memcpy(dst, src, n);
	dst[n] = '\0';
}

static int
remote_get_security_label(struct hv_domain *dom, struct hv_seclabel *label)
{
	struct remote_domain_get_security_label_args args;
	struct remote_domain_get_security_label_ret ret;

	domain_to(&args.dom, dom);
	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(CLIENT(dom->conn),
	    REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &args, &ret) < 0)
		return -1;
	memset(label, 0, sizeof(*label));
	copy_chars(label->label, sizeof(label->label), ret.label.label_val,
	    ret.label.label_len);
	label->enforcing = ret.enforcing;
	FREE_RET(remote_domain_get_security_label_ret, &ret);
	return 0;
}

static int
remote_node_get_security_model(struct hv_conn *conn,
    struct hv_secmodel *model)
{
	struct remote_node_get_security_model_ret ret;

	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(CLIENT(conn),
	    REMOTE_PROC_NODE_GET_SECURITY_MODEL, NULL, &ret) < 0)
		return -1;
	memset(model, 0, sizeof(*model));
	copy_chars(model->model, sizeof(model->model), ret.model.model_val,
	    ret.model.model_len);
	copy_chars(model->doi, sizeof(model->doi), ret.doi.doi_val,
	    ret.doi.doi_len);
	FREE_RET(remote_node_get_security_model_ret, &ret);
	return 0;
}

static const struct hv_domain_driver remote_domain_driver = {
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

const struct hv_driver hv_remote_driver = {
	.name = "remote",
	.open = remote_open,
	.close = remote_close,
	.get_type = remote_get_type,
	.get_version = remote_get_version,
	.get_lib_version = remote_get_lib_version,
	.get_hostname = remote_get_hostname,
	.node_get_info = remote_node_get_info,
	.node_get_security_model = remote_node_get_security_model,
	.domain = &remote_domain_driver,
};
