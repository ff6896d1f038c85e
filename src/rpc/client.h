/*
 * client.h: a connection to a libvirt daemon, one call at a time.
 *
 * A call encodes the CALL with the next serial (the first is 0, as
 * libvirt's client counts), writes it whole, then reads packets until
 * the REPLY with that serial arrives.  While it waits it answers the
 * daemon's keepalive PINGs with PONGs and drops event MESSAGEs.  A
 * packet the codec refuses, a reply to no call, a CALL from the
 * daemon or the end of the stream ends the connection: that call and
 * every later one fail, the error set once.  An error REPLY fails the
 * call only; the connection stays usable.
 *
 *	struct hv_rpc_client *c = hv_rpc_client_connect_unix(path);
 *	struct remote_connect_get_uri_ret uri;
 *	if (c == NULL || hv_rpc_client_open(c, "test:///default", 0) < 0 ||
 *	    hv_rpc_client_call(c, REMOTE_PROC_CONNECT_GET_URI, NULL,
 *	    &uri) < 0)
 *		goto fail;
 *	...
 *	hv_rpc_payload_free((xdrproc_t)xdr_remote_connect_get_uri_ret, &uri);
 *	hv_rpc_client_close(c);
 */
#ifndef HV_RPC_CLIENT_H
#define HV_RPC_CLIENT_H

#include "rpc/packet.h"

struct hv_rpc_client;

/* A client on the connected stream socket fd, which it now owns. */
struct hv_rpc_client *hv_rpc_client_new(int fd);

/*
 * A client on the unix socket at path; NULL with the error set as
 * libvirt words it ("Failed to connect socket to 'PATH': No such file
 * or directory").  transport-unix.c.
 */
struct hv_rpc_client *hv_rpc_client_connect_unix(const char *path);
/* The connected socket's fd, or -1 with the error set. */
int hv_rpc_unix_connect(const char *path);

/*
 * Calls procedure proc (REMOTE_PROC_*, a row of proc.c) with args
 * (NULL when it takes none).  0 with ret filled (the procedure's
 * ret_size bytes; the caller frees it with hv_rpc_payload_free()), or
 * -1 with the error set.
 */
int hv_rpc_client_call(struct hv_rpc_client *c, int proc, const void *args,
    void *ret);

/*
 * The open sequence: AUTH_LIST (only "none" is spoken), then
 * CONNECT_OPEN of name, the URI's driver part ("test:///default").
 */
int hv_rpc_client_open(struct hv_rpc_client *c, const char *name,
    unsigned int flags);

/* Whether the connection has ended (every call now fails). */
int hv_rpc_client_is_dead(const struct hv_rpc_client *c);

/* CONNECT_CLOSE when the connection is alive, then frees c (NULL is
 * fine); -1 when the CONNECT_CLOSE failed, c freed all the same. */
int hv_rpc_client_close(struct hv_rpc_client *c);
/* Frees c and closes its socket without a word to the daemon. */
void hv_rpc_client_free(struct hv_rpc_client *c);

#endif
