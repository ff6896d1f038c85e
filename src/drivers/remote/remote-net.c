/*
 * remote-net.c: the tcp and tls transports (see remote.h).  The host
 * defaults to localhost and the port to libvirtd's (16509 for tcp,
 * 16514 for tls).  tls is not spoken yet, so such URIs are declined.
 */
#include <stdio.h>

#include "drivers/remote/remote.h"

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
	return HV_DRV_OPEN_DECLINED;
}
