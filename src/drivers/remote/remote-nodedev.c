/*
 * remote-nodedev.c: the remote driver's nodedev operations, each an RPC call
 * (see remote.h).
 */
#include "drivers/remote/remote.h"

const struct hv_nodedev_driver remote_nodedev_driver = {
	.list_all = NULL,
};
