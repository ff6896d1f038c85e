/*
 * proc.c: the remote program's procedures (see proc.h).
 */
#include <stdlib.h>

#include "error.h"
#include "rpc/proc.h"

#define CODEC(t) (xdrproc_t)xdr_##t, sizeof(t)
#define NONE NULL, 0
#define RO HV_RPC_PROC_READONLY
#define PRIO HV_RPC_PROC_PRIORITY
#define STREAM HV_RPC_PROC_STREAM
#define EVENT HV_RPC_PROC_EVENT
#define ROW(name, args, ret, flags) \
	{ REMOTE_PROC_##name, #name, args, ret, flags },

/*
 * RO: libvirtd runs it on a read-only connection (DOMAIN_GET_XML_DESC
 * then refuses the SECURE and MIGRATABLE flags); the others it refuses
 * with "operation forbidden: read only access prevents virXxx".  The
 * rows come from remote_protocol.x through gen-procs.awk.
 */
const struct hv_rpc_proc hv_rpc_procs[] = {
#include "remote_procs.h"
};

const size_t hv_rpc_nprocs = sizeof(hv_rpc_procs) / sizeof(hv_rpc_procs[0]);

const struct hv_rpc_proc *
hv_rpc_proc_find(int num)
{
	size_t lo = 0, hi = hv_rpc_nprocs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (hv_rpc_procs[mid].num == num)
			return &hv_rpc_procs[mid];
		if (hv_rpc_procs[mid].num < num)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int
hv_rpc_encode_call(struct hv_rpc_buf *b, const struct hv_rpc_proc *p,
    unsigned int serial, const void *args)
{
	struct hv_rpc_header hdr = {
		.prog = REMOTE_PROGRAM,
		.vers = REMOTE_PROTOCOL_VERSION,
		.proc = p->num,
		.type = HV_RPC_CALL,
		.serial = serial,
		.status = HV_RPC_OK,
	};

	if (p->flags & HV_RPC_PROC_EVENT) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "unknown procedure: %d", p->num);
		return -1;
	}
	return hv_rpc_encode(b, &hdr, p->args, args);
}

int
hv_rpc_decode_reply(const char *pkt, size_t len,
    const struct hv_rpc_proc *p, unsigned int serial, void *ret)
{
	struct hv_rpc_header hdr;
	struct remote_error err;

	if (hv_rpc_decode_header(pkt, len, &hdr) < 0)
		return -1;
	if (hdr.prog != REMOTE_PROGRAM ||
	    hdr.vers != REMOTE_PROTOCOL_VERSION || hdr.type != HV_RPC_REPLY ||
	    hdr.serial != serial) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "no call waiting for reply with prog %u vers %u serial %u",
		    hdr.prog, hdr.vers, hdr.serial);
		return -1;
	}
	if (hdr.proc != p->num) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unexpected message proc %d != %d", hdr.proc, p->num);
		return -1;
	}
	switch (hdr.status) {
	case HV_RPC_OK:
		return hv_rpc_decode_payload(pkt, len, p->ret, ret,
		    p->ret_size);
	case HV_RPC_ERROR:
		if (hv_rpc_decode_payload(pkt, len,
		    (xdrproc_t)xdr_remote_error, &err, sizeof(err)) < 0)
			return -1;
		hv_rpc_error_raise(&err);
		xdr_free((xdrproc_t)xdr_remote_error, &err);
		return -1;
	default:
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unexpected message status %d", (int)hdr.status);
		return -1;
	}
}
