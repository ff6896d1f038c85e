/*
 * remote-iface.c: the remote driver's iface operations, each an RPC call
 * (see remote.h).
 */
#include "drivers/remote/remote.h"

const struct hv_iface_driver remote_iface_driver = {
	.list_all = NULL,
};
