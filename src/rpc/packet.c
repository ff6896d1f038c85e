/*
 * packet.c: framing of libvirt's RPC packets (see packet.h).
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "rpc/packet.h"
#include "util/xalloc.h"

void
hv_rpc_buf_release(struct hv_rpc_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

/* Header and body into data[0..cap); the packet's length, or 0. */
static size_t
encode_into(char *data, size_t cap, const struct hv_rpc_header *hdr,
    xdrproc_t codec, const void *body)
{
	XDR x;
	unsigned int len = 0;
	size_t pos = 0;
	int ok;

	xdrmem_create(&x, data, (unsigned int)cap, XDR_ENCODE);
	ok = xdr_u_int(&x, &len) &&
	    xdr_hv_rpc_header(&x, (struct hv_rpc_header *)hdr) &&
	    (codec == NULL || codec(&x, (void *)body));
	if (ok)
		pos = xdr_getpos(&x);
	xdr_destroy(&x);
	if (!ok)
		return 0;
	/* The length word goes in last, once the length is known. */
	len = (unsigned int)pos;
	xdrmem_create(&x, data, HV_RPC_LEN_SIZE, XDR_ENCODE);
	ok = xdr_u_int(&x, &len);
	xdr_destroy(&x);
	return ok ? pos : 0;
}

int
hv_rpc_encode(struct hv_rpc_buf *b, const struct hv_rpc_header *hdr,
    xdrproc_t codec, const void *body)
{
	size_t cap = (size_t)HV_RPC_MESSAGE_INITIAL + HV_RPC_LEN_SIZE;
	size_t len;

	b->len = 0;
	for (;;) {
		if (b->cap < cap) {
			free(b->data);
			b->data = xmalloc(cap);
			b->cap = cap;
		}
		len = encode_into(b->data, cap, hdr, codec, body);
		if (len)
			break;
		if (cap >= HV_RPC_PACKET_MAX) {
			hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
			    "Unable to encode message payload");
			return -1;
		}
		cap = cap * 2 > HV_RPC_PACKET_MAX ? HV_RPC_PACKET_MAX :
		    cap * 2;
	}
	b->len = len;
	return 0;
}

int
hv_rpc_encode_raw(struct hv_rpc_buf *b, const struct hv_rpc_header *hdr,
    const char *data, size_t len)
{
	size_t total;

	if (len > HV_RPC_PACKET_MAX - HV_RPC_PACKET_MIN) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unable to encode message payload");
		return -1;
	}
	if (hv_rpc_encode(b, hdr, NULL, NULL) < 0)
		return -1;
	total = HV_RPC_PACKET_MIN + len;
	if (b->cap < total) {
		b->data = xrealloc(b->data, total);
		b->cap = total;
	}
	if (len > 0)
		memcpy(b->data + HV_RPC_PACKET_MIN, data, len);
	b->data[0] = (char)(total >> 24);
	b->data[1] = (char)(total >> 16);
	b->data[2] = (char)(total >> 8);
	b->data[3] = (char)total;
	b->len = total;
	return 0;
}

int
hv_rpc_decode_length(const unsigned char word[4], size_t *len)
{
	size_t n = (size_t)word[0] << 24 | (size_t)word[1] << 16 |
	    (size_t)word[2] << 8 | word[3];

	/* libvirt's words count the packet without its length word. */
	if (n < HV_RPC_LEN_SIZE) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "packet %zu bytes received from server too small, want %d",
		    n, HV_RPC_LEN_SIZE);
		return -1;
	}
	if (n > HV_RPC_PACKET_MAX) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "packet %zu bytes received from server too large, want %d",
		    n - HV_RPC_LEN_SIZE, HV_RPC_MESSAGE_MAX);
		return -1;
	}
	if (n < HV_RPC_PACKET_MIN) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unable to decode message header");
		return -1;
	}
	*len = n;
	return 0;
}

int
hv_rpc_decode_header(const char *pkt, size_t len, struct hv_rpc_header *hdr)
{
	XDR x;
	size_t want;
	int ok;

	if (len < HV_RPC_LEN_SIZE) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "packet %zu bytes received from server too small, want %zu",
		    len, HV_RPC_PACKET_MIN);
		return -1;
	}
	if (hv_rpc_decode_length((const unsigned char *)pkt, &want) < 0)
		return -1;
	if (want != len) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "packet of %zu bytes says it has %zu", len, want);
		return -1;
	}
	memset(hdr, 0, sizeof(*hdr));
	xdrmem_create(&x, (char *)pkt + HV_RPC_LEN_SIZE, HV_RPC_HEADER_SIZE,
	    XDR_DECODE);
	ok = xdr_hv_rpc_header(&x, hdr);
	xdr_destroy(&x);
	if (!ok) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unable to decode message header");
		return -1;
	}
	return 0;
}

int
hv_rpc_decode_payload(const char *pkt, size_t len, xdrproc_t codec,
    void *body, size_t size)
{
	XDR x;
	int ok;

	if (size)
		memset(body, 0, size);
	if (codec == NULL)
		return 0;
	if (len < HV_RPC_PACKET_MIN || len > HV_RPC_PACKET_MAX) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unable to decode message payload");
		return -1;
	}
	xdrmem_create(&x, (char *)pkt + HV_RPC_PACKET_MIN,
	    (unsigned int)(len - HV_RPC_PACKET_MIN), XDR_DECODE);
	ok = codec(&x, body);
	xdr_destroy(&x);
	if (!ok) {
		/* What the codec allocated before it stopped. */
		xdr_free(codec, body);
		if (size)
			memset(body, 0, size);
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unable to decode message payload");
		return -1;
	}
	return 0;
}

void
hv_rpc_payload_free(xdrproc_t codec, void *body)
{
	if (codec)
		xdr_free(codec, body);
}

long
hv_rpc_reader_feed(struct hv_rpc_reader *r, const char *data, size_t n)
{
	size_t take, used = 0;

	if (r->done)
		return 0;
	if (r->have == HV_RPC_LEN_SIZE && r->len == 0) {
		/* The word was refused: the same error again. */
		(void)hv_rpc_decode_length(r->word, &r->len);
		r->len = 0;
		return -1;
	}
	if (r->have < HV_RPC_LEN_SIZE) {
		take = HV_RPC_LEN_SIZE - r->have;
		if (take > n)
			take = n;
		memcpy(r->word + r->have, data, take);
		r->have += take;
		used = take;
		if (r->have < HV_RPC_LEN_SIZE)
			return (long)used;
		if (hv_rpc_decode_length(r->word, &r->len) < 0) {
			r->len = 0;
			return -1;
		}
		r->pkt = xmalloc(r->len);
		memcpy(r->pkt, r->word, HV_RPC_LEN_SIZE);
	}
	take = r->len - r->have;
	if (take > n - used)
		take = n - used;
	memcpy(r->pkt + r->have, data + used, take);
	r->have += take;
	used += take;
	r->done = r->have == r->len;
	return (long)used;
}

char *
hv_rpc_reader_take(struct hv_rpc_reader *r, size_t *len)
{
	char *pkt = r->pkt;

	if (!r->done)
		return NULL;
	*len = r->len;
	r->pkt = NULL;
	r->have = 0;
	r->len = 0;
	r->done = 0;
	return pkt;
}

void
hv_rpc_reader_release(struct hv_rpc_reader *r)
{
	free(r->pkt);
	memset(r, 0, sizeof(*r));
}

void
hv_rpc_error_raise(const struct remote_error *e)
{
	const char *msg = e->message ? *e->message : NULL;
	int code = e->code;

	if (msg == NULL)
		msg = "An error occurred, but the cause is unknown";
	if ((e->domain == HV_FROM_REMOTE || e->domain == HV_FROM_RPC) &&
	    code == HV_ERR_RPC && e->level == 2 &&
	    strncmp(msg, "unknown procedure", 17) == 0)
		code = HV_ERR_NO_SUPPORT;
	hv_error_set(code, e->domain, msg);
}

int
hv_rpc_encode_keepalive(struct hv_rpc_buf *b, int proc)
{
	struct hv_rpc_header hdr = {
		.prog = KEEPALIVE_PROGRAM,
		.vers = KEEPALIVE_PROTOCOL_VERSION,
		.proc = proc,
		.type = HV_RPC_MESSAGE,
		.serial = 0,
		.status = HV_RPC_OK,
	};

	return hv_rpc_encode(b, &hdr, NULL, NULL);
}

int
hv_rpc_is_keepalive(const struct hv_rpc_header *hdr)
{
	return hdr->prog == KEEPALIVE_PROGRAM &&
	    hdr->vers == KEEPALIVE_PROTOCOL_VERSION &&
	    hdr->type == HV_RPC_MESSAGE;
}
