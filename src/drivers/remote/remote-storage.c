/*
 * remote-storage.c: the remote driver's storage operations, each an RPC call
 * (see remote.h).
 */
#include "drivers/remote/remote.h"

const struct hv_storage_driver remote_storage_driver = {
	.list_all = NULL,
};
