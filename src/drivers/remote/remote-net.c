/*
 * remote-net.c: the tcp and tls transports (see remote.h).  The host
 * defaults to localhost and the port to libvirtd's (16509 for tcp,
 * 16514 for tls).  tls, as libvirt's client: the priority string is
 * the URI's tls_priority=, else libvirt.conf's tls_priority (config.h),
 * else GnuTLS's "NORMAL"; the credentials are found and checked before
 * the connection (rpc/tls.h), the session is set up on it, and the
 * server's certificate is checked against the host.
 */
#include <stdio.h>
#include <stdlib.h>

#include "config.h"
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
	struct hv_tls_creds *cr = NULL;
	char port[16], *conf = NULL;
	const char *host = host_and_port(t, 16514, port, sizeof(port));
	int r = HV_DRV_OPEN_ERROR;

	*out = NULL;
	if (o.priority == NULL) {
		if (hv_config_string("tls_priority", &conf) < 0)
			goto out;
		o.priority = conf;
	}
	if ((cr = hv_tls_creds_new(&o)) == NULL)
		goto out;
	if ((*out = hv_rpc_client_connect_tcp(host, port)) == NULL)
		goto out;
	if (hv_tls_client_start(*out, cr, host) < 0) {
		cr = NULL;	/* freed there */
		hv_rpc_client_free(*out);
		*out = NULL;
		goto out;
	}
	cr = NULL;	/* the session's */
	r = HV_DRV_OPEN_SUCCESS;
out:
	hv_tls_creds_free(cr);
	free(conf);
	return r;
}
