/*
 * The remote driver: every URI no driver in process takes goes to a
 * libvirt daemon over one of libvirt's transports (remote.h names the
 * files).  Here: the URI parameters it consumes, the name the daemon
 * is asked to open (remote_name()), the choice of transport, the open
 * sequence, and the connection and host calls.  A transport this
 * build cannot reach declines, so the core keeps its "built without"
 * message.  Nothing here runs before a remote URI is used.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>

#include "drivers/remote/remote.h"
#include "error.h"
#include "util/num.h"
#include "util/xalloc.h"

/* The transports in libvirt's order, enum remote_transport's. */
static const char *const transport_names[] = {
	"tls", "unix", "ssh", "ext", "tcp", "libssh2", "libssh", NULL
};

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

static int
param_flag(const struct hv_uri_param *q, int *v)
{
	if (!hv_num_int(q->value, 10, v)) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG,
		    "Failed to parse value of URI component %s", q->name);
		return -1;
	}
	return 0;
}

/*
 * The consumed parameters of uri into p (pointing into uri), in
 * libvirt's order of checks: the integer ones as they come, then mode
 * and proxy.  -1 with libvirt's error for a bad value.
 */
static int
read_params(const struct hv_uri *uri, struct remote_params *p)
{
	static const char *const modes[] = { "auto", "legacy", "direct", NULL };
	static const char *const proxies[] = { "auto", "netcat", "native",
	    NULL };
	struct {
		const char *name;
		const char **str;
		int *num;
	} map[] = {
		{ "name", &p->name, NULL },
		{ "command", &p->command, NULL },
		{ "socket", &p->socket, NULL },
		{ "netcat", &p->netcat, NULL },
		{ "keyfile", &p->keyfile, NULL },
		{ "pkipath", &p->pkipath, NULL },
		{ "tls_priority", &p->tls_priority, NULL },
		{ "known_hosts", &p->known_hosts, NULL },
		{ "known_hosts_verify", &p->known_hosts_verify, NULL },
		{ "sshauth", &p->sshauth, NULL },
		{ "auth", &p->auth, NULL },
		{ "mode", &p->mode, NULL },
		{ "proxy", &p->proxy, NULL },
		{ "authfile", &p->authfile, NULL },
		{ "no_verify", NULL, &p->no_verify },
		{ "no_tty", NULL, &p->no_tty },
		{ "no_sanity", NULL, &p->no_sanity },
	};
	bool ok;

	memset(p, 0, sizeof(*p));
	for (size_t i = 0; i < uri->nparams; i++) {
		const struct hv_uri_param *q = &uri->params[i];

		for (size_t j = 0; j < sizeof(map) / sizeof(map[0]); j++) {
			if (strcasecmp(q->name, map[j].name) != 0)
				continue;
			if (map[j].str)
				*map[j].str = q->value;
			else if (param_flag(q, map[j].num) < 0)
				return -1;
			break;
		}
	}
	ok = p->mode == NULL;
	for (int i = 0; !ok && modes[i]; i++)
		ok = strcasecmp(p->mode, modes[i]) == 0;
	if (!ok) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG,
		    "Unknown remote mode '%s'", p->mode);
		return -1;
	}
	ok = p->proxy == NULL;
	for (int i = 0; !ok && proxies[i]; i++)
		ok = strcasecmp(p->proxy, proxies[i]) == 0;
	if (!ok) {
		/* sic: libvirt 9.0's spelling */
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG,
		    "Unnkown proxy type '%s'", p->proxy);
		return -1;
	}
	return 0;
}

/*
 * uri's transport: the one named after '+', else tls with a host and
 * unix without.  -1 for a name libvirt does not know (conn.c reports
 * it when every driver has declined).
 */
static int
transport_of(const struct hv_uri *uri)
{
	char *name = hv_uri_transport(uri);
	int t = -1;

	if (name == NULL) {
		t = uri->server && *uri->server ? REMOTE_TLS : REMOTE_UNIX;
	} else {
		for (int i = 0; transport_names[i]; i++) {
			if (strcasecmp(name, transport_names[i]) == 0)
				t = i;
		}
	}
	free(name);
	return t;
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

/*
 * libvirt's "user" open flag: not root, and a session or the test
 * driver asked for (with no URI at all, the probe, as well).
 */
static bool
user_session(const struct hv_uri *uri)
{
	char *drv;
	bool test;

	if (geteuid() == 0)
		return false;
	if (uri == NULL || (uri->path && strcmp(uri->path, "/session") == 0))
		return true;
	drv = hv_uri_driver(uri);
	test = strcasecmp(drv, "test") == 0;
	free(drv);
	return test;
}

/* The wire's open flags: libvirt sends its internal ones. */
#define OPEN_RO		0x1
#define OPEN_USER	0x2
#define OPEN_AUTOSTART	0x4

static int
remote_open(struct hv_conn *conn, const struct hv_uri *uri,
    unsigned int flags)
{
	struct remote_params params = { 0 };
	struct remote_target t = { uri, REMOTE_UNIX, &params, NULL, flags };
	struct remote_priv *priv;
	struct hv_rpc_client *c = NULL;
	const char *as = getenv("LIBVIRT_AUTOSTART");
	unsigned int wire;
	char *name, *probed = NULL;
	int r;

	if (uri) {
		int tr = transport_of(uri);

		if (tr < 0)
			return HV_DRV_OPEN_DECLINED;
		t.transport = (enum remote_transport)tr;
		if (read_params(uri, &params) < 0)
			return HV_DRV_OPEN_ERROR;
	}
	t.user = user_session(uri);
	t.autostart = t.user && t.transport == REMOTE_UNIX &&
	    (uri == NULL || uri->server == NULL || *uri->server == '\0') &&
	    !(as && strcmp(as, "0") == 0);
	name = uri ? remote_name(uri) : xstrdup("");
	t.name = name;
	/* A socket given is not started, but the flag still goes. */
	wire = (flags & HV_CONNECT_RO ? OPEN_RO : 0) |
	    (t.user ? OPEN_USER : 0) | (t.autostart ? OPEN_AUTOSTART : 0);
	if (params.socket)
		t.autostart = false;
	switch (t.transport) {
	case REMOTE_UNIX:
		r = remote_connect_unix(&t, &c);
		break;
	case REMOTE_TCP:
		r = remote_connect_tcp(&t, &c);
		break;
	case REMOTE_TLS:
		r = remote_connect_tls(&t, &c);
		break;
	case REMOTE_SSH:
	case REMOTE_LIBSSH:
	case REMOTE_LIBSSH2:
		r = remote_connect_ssh(&t, &c);
		break;
	case REMOTE_EXT:
		r = remote_connect_ext(&t, &c);
		break;
	default:
		r = HV_DRV_OPEN_DECLINED;
		break;
	}
	if (r == HV_DRV_OPEN_SUCCESS &&
	    (hv_rpc_client_open(c, name, wire, uri ? NULL : &probed) < 0 ||
	    (uri == NULL && (conn->uri = hv_uri_parse(probed)) == NULL))) {
		hv_rpc_client_free(c);
		r = HV_DRV_OPEN_ERROR;
	}
	free(probed);
	free(name);
	if (r != HV_DRV_OPEN_SUCCESS)
		return r;
	priv = xcalloc(1, sizeof(*priv));
	priv->client = c;
	priv->transport = t.transport;
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
	remote_connect_get_type_ret ret = { 0 };

	if (priv->type)
		return priv->type;
	if (hv_rpc_client_call(priv->client, REMOTE_PROC_CONNECT_GET_TYPE,
	    NULL, &ret) < 0)
		return NULL;
	priv->type = xstrdup(ret.str);
	REMOTE_FREE_RET(remote_connect_get_type_ret, &ret);
	return priv->type;
}

static int
remote_get_version(struct hv_conn *conn, unsigned long long *hvver)
{
	struct remote_connect_get_version_ret ret = { 0 };

	if (hv_rpc_client_call(REMOTE_CLIENT(conn), REMOTE_PROC_CONNECT_GET_VERSION,
	    NULL, &ret) < 0)
		return -1;
	*hvver = ret.hv_ver;
	return 0;
}

static int
remote_get_lib_version(struct hv_conn *conn, unsigned long long *ver)
{
	struct remote_connect_get_lib_version_ret ret = { 0 };

	if (hv_rpc_client_call(REMOTE_CLIENT(conn),
	    REMOTE_PROC_CONNECT_GET_LIB_VERSION, NULL, &ret) < 0)
		return -1;
	*ver = ret.lib_ver;
	return 0;
}

static char *
remote_get_hostname(struct hv_conn *conn)
{
	return remote_call_string(conn, REMOTE_PROC_CONNECT_GET_HOSTNAME, NULL);
}

static char *
remote_get_sysinfo(struct hv_conn *conn, unsigned int flags)
{
	struct remote_connect_get_sysinfo_args args = { flags };

	return remote_call_string(conn, REMOTE_PROC_CONNECT_GET_SYSINFO, &args);
}

static char *
remote_get_capabilities(struct hv_conn *conn)
{
	return remote_call_string(conn, REMOTE_PROC_CONNECT_GET_CAPABILITIES,
	    NULL);
}

static int
remote_get_max_vcpus(struct hv_conn *conn, const char *type)
{
	struct remote_connect_get_max_vcpus_args args;

	args.type = REMOTE_OPTIONAL(type);
	return remote_call_int(conn, REMOTE_PROC_CONNECT_GET_MAX_VCPUS, &args);
}

static int
remote_node_get_cells_free_memory(struct hv_conn *conn,
    unsigned long long *mems, int start, int max)
{
	struct remote_node_get_cells_free_memory_args args = { start, max };
	struct remote_node_get_cells_free_memory_ret ret;
	unsigned int n;

	if (max > REMOTE_NODE_MAX_CELLS) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "too many NUMA cells: %d > %d", max, REMOTE_NODE_MAX_CELLS);
		return -1;
	}
	if (remote_call(conn, REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY, &args,
	    &ret) < 0)
		return -1;
	n = ret.cells.cells_len;
	if (n > (unsigned int)max)
		n = (unsigned int)max;
	for (unsigned int i = 0; i < n; i++)
		mems[i] = ret.cells.cells_val[i];
	REMOTE_FREE_RET(remote_node_get_cells_free_memory_ret, &ret);
	return (int)n;
}

static int
remote_node_get_free_memory(struct hv_conn *conn, unsigned long long *bytes)
{
	struct remote_node_get_free_memory_ret ret;

	if (remote_call(conn, REMOTE_PROC_NODE_GET_FREE_MEMORY, NULL, &ret) < 0)
		return -1;
	*bytes = ret.freeMem;
	return 0;
}

static int
remote_node_get_info(struct hv_conn *conn, struct hv_node_info *info)
{
	struct remote_node_get_info_ret ret;

	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(conn), REMOTE_PROC_NODE_GET_INFO,
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

static int
remote_node_get_security_model(struct hv_conn *conn,
    struct hv_secmodel *model)
{
	struct remote_node_get_security_model_ret ret;

	memset(&ret, 0, sizeof(ret));
	if (hv_rpc_client_call(REMOTE_CLIENT(conn),
	    REMOTE_PROC_NODE_GET_SECURITY_MODEL, NULL, &ret) < 0)
		return -1;
	memset(model, 0, sizeof(*model));
	remote_copy_chars(model->model, sizeof(model->model), ret.model.model_val,
	    ret.model.model_len);
	remote_copy_chars(model->doi, sizeof(model->doi), ret.doi.doi_val,
	    ret.doi.doi_len);
	REMOTE_FREE_RET(remote_node_get_security_model_ret, &ret);
	return 0;
}

int
remote_call(struct hv_conn *conn, int proc, const void *args, void *ret)
{
	return hv_rpc_client_call(REMOTE_CLIENT(conn), proc, args, ret);
}

char *
remote_call_string(struct hv_conn *conn, int proc, const void *args)
{
	remote_one_string ret;

	if (remote_call(conn, proc, args, &ret) < 0)
		return NULL;
	return ret.str;		/* one malloc'd string: the caller's */
}

int
remote_call_int(struct hv_conn *conn, int proc, const void *args)
{
	remote_one_int ret;

	if (remote_call(conn, proc, args, &ret) < 0)
		return -1;
	return ret.value;
}

void
remote_copy_chars(char *dst, size_t size, const char *src, unsigned int len)
{
	size_t n = len < size ? len : size - 1;

	memcpy(dst, src, n);
	dst[n] = '\0';
}

/*
 * As libvirt's remote driver: a daemon that does not speak keepalive
 * (asked at the open) gives 1, the connection watched all the same, so
 * that its end is told as libvirt's close callback tells it.  The
 * daemon's own PINGs started with that question; the client answers
 * them from then on, in calls and (the watch list) between them.
 */
static int
remote_set_keepalive(struct hv_conn *conn, int interval, unsigned int count)
{
	struct hv_rpc_client *c = REMOTE_CLIENT(conn);

	if (!hv_rpc_client_features(c)->keepalive)
		return hv_rpc_client_keepalive(c, 0, count) < 0 ? -1 : 1;
	return hv_rpc_client_keepalive(c, interval, count);
}

const struct hv_driver hv_remote_driver = {
	.name = "remote",
	.open = remote_open,
	.close = remote_close,
	.close_at_exit = true,
	.get_type = remote_get_type,
	.get_version = remote_get_version,
	.get_lib_version = remote_get_lib_version,
	.get_hostname = remote_get_hostname,
	.get_sysinfo = remote_get_sysinfo,
	.get_capabilities = remote_get_capabilities,
	.get_max_vcpus = remote_get_max_vcpus,
	.node_get_cells_free_memory = remote_node_get_cells_free_memory,
	.node_get_free_memory = remote_node_get_free_memory,
	.node_get_info = remote_node_get_info,
	.node_get_security_model = remote_node_get_security_model,
	.set_keepalive = remote_set_keepalive,
	.domain = &remote_domain_driver,
	.network = &remote_network_driver,
	.storage = &remote_storage_driver,
	.iface = &remote_iface_driver,
	.nodedev = &remote_nodedev_driver,
};
