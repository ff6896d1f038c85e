/*
 * remote-local.c: the unix transport (see remote.h).  A socket named by
 * socket= is connected as given; without it, the local daemon's socket
 * is not chosen yet, and the URI is declined.
 */
#include "drivers/remote/remote.h"
#include "error.h"

int
remote_connect_unix(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	const char *sock = t->params->socket;

	if (t->uri->server && *t->uri->server) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG,
		    "using unix socket and remote server '%s' is not "
		    "supported.", t->uri->server);
		return HV_DRV_OPEN_ERROR;
	}
	if (sock == NULL || *sock == '\0')
		return HV_DRV_OPEN_DECLINED;
	*out = hv_rpc_client_connect_unix(sock);
	return *out ? HV_DRV_OPEN_SUCCESS : HV_DRV_OPEN_ERROR;
}
