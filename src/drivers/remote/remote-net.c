/*
 * remote-net.c: the tcp and tls transports (see remote.h); not
 * reached yet, so such URIs are declined.
 */
#include "drivers/remote/remote.h"

int
remote_connect_tcp(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	return HV_DRV_OPEN_DECLINED;
}

int
remote_connect_tls(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	return HV_DRV_OPEN_DECLINED;
}
