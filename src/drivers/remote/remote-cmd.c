/*
 * remote-cmd.c: the ssh and ext transports, a child process on a socket
 * pair (see remote.h); not reached yet, so such URIs are declined.
 */
#include "drivers/remote/remote.h"

int
remote_connect_ssh(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	return HV_DRV_OPEN_DECLINED;
}

int
remote_connect_ext(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	return HV_DRV_OPEN_DECLINED;
}
