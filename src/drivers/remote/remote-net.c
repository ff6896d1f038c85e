/*
 * remote-net.c: the tcp and tls transports (see remote.h).  The host
 * defaults to localhost and the port to libvirtd's (16509 for tcp,
 * 16514 for tls).  tls, as libvirt's client: the credentials are found
 * and checked before the connection (rpc/tls.h), the session is set up
 * on it, and the server's certificate is checked against the host.
 */
#include <stdio.h>

#include "drivers/remote/remote.h"
#include "rpc/tls.h"

/* The host and the port (as text, into port) to reach. */
static const char *
host_and_port(const struct remote_target *t, int dflt, char *port,
    size_t size)
{
	const struct hv_uri *u = t->uri;

	snprintf(port, size, "%d", u->port > 0 ? u->port : dflt);
	return u->server && *u->server ? u->server : "localhost";
}

int
remote_connect_tcp(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	char port[16];
	const char *host = host_and_port(t, 16509, port, sizeof(port));

	*out = hv_rpc_client_connect_tcp(host, port);
	return *out ? HV_DRV_OPEN_SUCCESS : HV_DRV_OPEN_ERROR;
}

int
remote_connect_tls(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	const struct remote_params *p = t->params;
	struct hv_tls_options o = {
		.pkipath = p->pkipath,
		.priority = p->tls_priority,
		.sanity = !p->no_sanity,
		.verify = !p->no_verify,
	};
	struct hv_tls_creds *cr;
	char port[16];
	const char *host = host_and_port(t, 16514, port, sizeof(port));

	*out = NULL;
	if ((cr = hv_tls_creds_new(&o)) == NULL)
		return HV_DRV_OPEN_ERROR;
	if ((*out = hv_rpc_client_connect_tcp(host, port)) == NULL) {
		hv_tls_creds_free(cr);
		return HV_DRV_OPEN_ERROR;
	}
	if (hv_tls_client_start(*out, cr, host) < 0) {
		hv_rpc_client_free(*out);
		*out = NULL;
		return HV_DRV_OPEN_ERROR;
	}
	return HV_DRV_OPEN_SUCCESS;
}
