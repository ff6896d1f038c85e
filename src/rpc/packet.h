/*
 * packet.h: libvirt's RPC packets as bytes, and back.
 *
 * A packet is a 4-byte length (of the whole packet, itself included),
 * the 24-byte header, then the payload, all XDR (big-endian).  The
 * structures and their codecs come from remote_protocol.x through
 * rpcgen; this file frames them and keeps to libvirt's limits: a
 * length word is checked before a byte of the packet is allocated,
 * and every string and list of a payload has its maximum, checked by
 * the codec before it allocates the string or the list.
 *
 *	struct hv_rpc_buf b = { 0 };
 *	hv_rpc_encode(&b, &hdr, (xdrproc_t)xdr_remote_connect_open_args,
 *	    &args);
 *	write(fd, b.data, b.len);
 *	hv_rpc_buf_release(&b);
 *
 * Errors are set on the thread (HV_ERR_RPC, HV_FROM_RPC) where they
 * are found; functions return -1.
 */
#ifndef HV_RPC_PACKET_H
#define HV_RPC_PACKET_H

#include <stddef.h>

#include "remote_protocol.h"

/* The largest whole packet: header and payload, and the length word. */
#define HV_RPC_PACKET_MAX ((size_t)HV_RPC_MESSAGE_MAX + HV_RPC_LEN_SIZE)
/* The smallest: a header and no payload. */
#define HV_RPC_PACKET_MIN ((size_t)HV_RPC_LEN_SIZE + HV_RPC_HEADER_SIZE)

/* An encoded packet: data[0..len), in a buffer of cap bytes. */
struct hv_rpc_buf {
	char *data;
	size_t len;
	size_t cap;
};

/* Frees the bytes; b can be encoded into again. */
void hv_rpc_buf_release(struct hv_rpc_buf *b);

/*
 * Encodes hdr and body (through codec; codec NULL for no payload) as
 * one packet into b, replacing what it held.  The buffer starts at
 * 64 KiB and doubles while the payload does not fit, up to the
 * maximum packet; -1 when it does not fit there either, or when body
 * breaks a limit of its codec (a string over its maximum length, say).
 */
int hv_rpc_encode(struct hv_rpc_buf *b, const struct hv_rpc_header *hdr,
    xdrproc_t codec, const void *body);

/*
 * Encodes hdr and len raw bytes of data as its payload (a stream's
 * data, which has no XDR of its own) into b; -1 when the packet would
 * pass the maximum.
 */
int hv_rpc_encode_raw(struct hv_rpc_buf *b, const struct hv_rpc_header *hdr,
    const char *data, size_t len);

/*
 * The total length of the packet whose first 4 bytes are word: -1
 * unless it lies within [HV_RPC_PACKET_MIN, HV_RPC_PACKET_MAX].  A
 * reader calls it before it allocates room for the rest.
 */
int hv_rpc_decode_length(const unsigned char word[4], size_t *len);

/*
 * The header of the whole packet pkt[0..len): -1 when len is not what
 * the packet's length word says, or is out of bounds.
 */
int hv_rpc_decode_header(const char *pkt, size_t len,
    struct hv_rpc_header *hdr);

/*
 * Decodes the payload of the whole packet pkt[0..len) (header checked
 * already) into body, size bytes, which it clears first.  On success
 * the caller frees what body holds with hv_rpc_payload_free(); on
 * failure (-1) nothing is left allocated.  Bytes after the payload
 * are ignored, as libvirt ignores them.  codec NULL: no payload to
 * read.
 */
int hv_rpc_decode_payload(const char *pkt, size_t len, xdrproc_t codec,
    void *body, size_t size);
void hv_rpc_payload_free(xdrproc_t codec, void *body);

/*
 * Sets the thread's error from an error payload, as libvirt's client
 * does: "unknown procedure" from an older daemon becomes
 * HV_ERR_NO_SUPPORT.
 */
void hv_rpc_error_raise(const struct remote_error *e);

/*
 * Packets out of a byte stream, one at a time.  The length word is
 * read and checked first; only then is room for that one packet
 * allocated.
 *
 *	struct hv_rpc_reader r = { 0 };
 *	while ((n = read(fd, buf, sizeof(buf))) > 0)
 *		for (off = 0; off < n; off += used) {
 *			used = hv_rpc_reader_feed(&r, buf + off, n - off);
 *			if (used < 0)
 *				goto fail;
 *			if (r.done)
 *				handle(hv_rpc_reader_take(&r, &len), len);
 *		}
 *	hv_rpc_reader_release(&r);
 */
struct hv_rpc_reader {
	unsigned char word[HV_RPC_LEN_SIZE];
	size_t have;		/* bytes of the packet received so far */
	size_t len;		/* its length; 0 until the word is in */
	char *pkt;		/* the packet, len bytes */
	int done;		/* the whole packet is in pkt */
};

/*
 * Takes bytes of data[0..n) up to the end of the current packet: the
 * number taken, or -1 (the error set) when the length word is out of
 * bounds; the stream cannot be read any further then.  Sets r->done
 * when a packet is complete.
 */
long hv_rpc_reader_feed(struct hv_rpc_reader *r, const char *data,
    size_t n);
/* The complete packet and its length, the caller to free() it; the
 * reader then waits for the next. */
char *hv_rpc_reader_take(struct hv_rpc_reader *r, size_t *len);
void hv_rpc_reader_release(struct hv_rpc_reader *r);

/* A keepalive PING or PONG (KEEPALIVE_PROC_*) into b. */
int hv_rpc_encode_keepalive(struct hv_rpc_buf *b, int proc);
/* Whether hdr is a keepalive message, whatever its procedure. */
int hv_rpc_is_keepalive(const struct hv_rpc_header *hdr);

#endif
