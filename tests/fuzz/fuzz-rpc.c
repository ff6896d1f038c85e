/*
 * libFuzzer target: packets as a peer of libvirt's RPC protocol may
 * send them.  Each input is one packet: its length word and header are
 * checked, then its payload is decoded through every codec that could
 * apply (the reply of the procedure it names, its arguments, an error
 * payload), as the reply to a call with its serial.  Whatever decodes
 * is encoded again, decoded, and encoded once more: the two encodings
 * must be the same bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "rpc/packet.h"
#include "rpc/proc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The largest struct any codec of the table decodes into. */
static union {
	struct remote_error err;
	struct remote_connect_open_args open;
	struct remote_connect_list_all_domains_ret all;
	struct remote_domain_get_info_ret info;
	remote_domain_get_state_args state;
	char bytes[256];
} body, again;

static void
round_trip(const struct hv_rpc_header *hdr, xdrproc_t codec, size_t size,
    const char *pkt, size_t len)
{
	struct hv_rpc_buf b1 = { 0 }, b2 = { 0 };

	if (codec == NULL || size > sizeof(body.bytes))
		return;
	if (hv_rpc_decode_payload(pkt, len, codec, &body, size) < 0)
		return;
	if (hv_rpc_encode(&b1, hdr, codec, &body) < 0)
		abort();
	if (hv_rpc_decode_payload(b1.data, b1.len, codec, &again, size) < 0)
		abort();
	if (hv_rpc_encode(&b2, hdr, codec, &again) < 0)
		abort();
	if (b1.len != b2.len || memcmp(b1.data, b2.data, b1.len) != 0)
		abort();
	hv_rpc_payload_free(codec, &body);
	hv_rpc_payload_free(codec, &again);
	hv_rpc_buf_release(&b1);
	hv_rpc_buf_release(&b2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct hv_rpc_proc *p;
	struct hv_rpc_header hdr;
	const char *pkt = (const char *)data;
	size_t len;

	if (size < 4 || hv_rpc_decode_length(data, &len) < 0 ||
	    hv_rpc_decode_header(pkt, size, &hdr) < 0) {
		hv_error_reset();
		return 0;
	}
	if (len != size)
		abort();
	round_trip(&hdr, (xdrproc_t)xdr_remote_error,
	    sizeof(struct remote_error), pkt, size);
	p = hv_rpc_proc_find(hdr.proc);
	if (p != NULL) {
		round_trip(&hdr, p->args, p->args_size, pkt, size);
		round_trip(&hdr, p->ret, p->ret_size, pkt, size);
		if (hv_rpc_decode_reply(pkt, size, p, hdr.serial, &body) == 0)
			hv_rpc_payload_free(p->ret, &body);
	}
	hv_error_reset();
	return 0;
}
