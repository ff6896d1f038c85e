/*
 * remote-network.c: the remote driver's network operations, each an RPC call
 * (see remote.h).
 */
#include "drivers/remote/remote.h"

const struct hv_network_driver remote_network_driver = {
	.list_all = NULL,
};
