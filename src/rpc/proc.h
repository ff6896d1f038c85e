/*
 * proc.h: the one table of the remote program's procedures hvsh
 * speaks: number, name, the codecs of its arguments and of its reply,
 * and what libvirt annotates it with.  A client encodes a call and
 * decodes its reply through the row; a server would dispatch by it.
 */
#ifndef HV_RPC_PROC_H
#define HV_RPC_PROC_H

#include <stddef.h>

#include "rpc/packet.h"

enum {
	/* Allowed on a read-only connection. */
	HV_RPC_PROC_READONLY = 1 << 0,
	/* libvirtd may run it on its high-priority workers. */
	HV_RPC_PROC_PRIORITY = 1 << 1,
	/* The call opens a stream on its serial (client.h). */
	HV_RPC_PROC_STREAM = 1 << 2,
	/* Not a call: an event MESSAGE from the daemon, its body in the
	 * args codec.  Never encoded as a CALL. */
	HV_RPC_PROC_EVENT = 1 << 3,
};

struct hv_rpc_proc {
	int num;		/* REMOTE_PROC_* */
	const char *name;	/* "CONNECT_OPEN" */
	xdrproc_t args;		/* NULL: no arguments */
	size_t args_size;
	xdrproc_t ret;		/* NULL: nothing in the reply */
	size_t ret_size;
	unsigned int flags;	/* HV_RPC_PROC_* */
};

/* The rows, by ascending number. */
extern const struct hv_rpc_proc hv_rpc_procs[];
extern const size_t hv_rpc_nprocs;

/* The row of procedure num, or NULL when hvsh does not know it. */
const struct hv_rpc_proc *hv_rpc_proc_find(int num);

/*
 * A CALL of p with serial and args (NULL for a procedure without
 * arguments) into b; -1 (error set) for an event, which is no call.
 */
int hv_rpc_encode_call(struct hv_rpc_buf *b, const struct hv_rpc_proc *p,
    unsigned int serial, const void *args);

/*
 * Decodes the whole packet pkt[0..len) as the REPLY to the CALL of p
 * with serial: 0 with ret (p->ret_size bytes) filled when its status
 * is OK, the caller freeing it with hv_rpc_payload_free(p->ret, ret);
 * -1 otherwise, with the thread's error the one the peer sent (status
 * ERROR) or what is wrong with the packet.
 */
int hv_rpc_decode_reply(const char *pkt, size_t len,
    const struct hv_rpc_proc *p, unsigned int serial, void *ret);

#endif
