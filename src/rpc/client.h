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
 * Between calls nothing is read unless the program asks: a client
 * with keepalive on (hv_rpc_client_keepalive()) is on the watch list,
 * whose descriptors a program that waits for something else (the
 * shell at its prompt) polls with its own, so that the daemon's PINGs
 * are answered, ours go out and a dead peer is noticed while it waits.
 * One thread, no timer of its own: the program's poll() is the loop.
 *
 *	struct hv_rpc_client *c = hv_rpc_client_connect_unix(path);
 *	remote_connect_get_uri_ret uri;
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

#include <poll.h>
#include <stddef.h>
#include <sys/types.h>

struct hv_rpc_client;

/*
 * How the client moves bytes: plain reads and writes of its socket by
 * default; a transport (TLS) or a security layer (SASL) installs its
 * own, which may call the one it replaces.
 */
struct hv_rpc_io_ops {
	/* Up to len bytes into buf; 0 at the end of the stream; -1 with
	 * the error set as libvirt words it ("Cannot recv data: ..."). */
	ssize_t (*read)(void *ctx, char *buf, size_t len);
	/* All len bytes, or -1 with the error set. */
	int (*write)(void *ctx, const char *buf, size_t len);
	/* Bytes read off the socket and held inside, so that a wait for
	 * the socket to become readable must not start; NULL: none. */
	size_t (*pending)(void *ctx);
	/* Frees ctx (not the socket, which the client closes); may be
	 * NULL. */
	void (*free)(void *ctx);
};

struct hv_rpc_io {
	const struct hv_rpc_io_ops *ops;
	void *ctx;
};

/* A client on the connected stream socket fd, which it now owns. */
struct hv_rpc_client *hv_rpc_client_new(int fd);
/* The client's socket, for a layer that needs it (TLS, poll). */
int hv_rpc_client_fd(const struct hv_rpc_client *c);
/*
 * The client's I/O from now on is io; *old (when old is not NULL) gets
 * the one it replaces, which the caller then owns (a layer keeps it to
 * call through it, and frees it with its own ctx).  Without old, the
 * replaced one is freed.
 */
void hv_rpc_client_set_io(struct hv_rpc_client *c, const struct hv_rpc_io *io,
    struct hv_rpc_io *old);
/* The plain socket I/O of fd. */
extern const struct hv_rpc_io_ops hv_rpc_fd_io;

/*
 * A client on the unix socket at path; NULL with the error set as
 * libvirt words it ("Failed to connect socket to 'PATH': No such file
 * or directory").  transport-unix.c.
 */
struct hv_rpc_client *hv_rpc_client_connect_unix(const char *path);
/* The connected socket's fd, or -1 with the error set. */
int hv_rpc_unix_connect(const char *path);
/* The same, but -errno and no error set when it fails. */
int hv_rpc_unix_connect_quiet(const char *path);

/*
 * A client on TCP to host (a name or an address of any family) at
 * service (a port number or name), each address tried in turn; NULL
 * with the error set as libvirt words it ("unable to connect to server
 * at 'HOST:PORT': Connection refused").  transport-tcp.c.
 */
struct hv_rpc_client *hv_rpc_client_connect_tcp(const char *host,
    const char *service);
/* The connected socket's fd, or -1 with the error set. */
int hv_rpc_tcp_connect(const char *host, const char *service);

/*
 * A client on a child process running argv (argv[0] a path, or a name
 * looked up in PATH when envp is NULL; envp NULL: this environment),
 * its standard input and output the stream.  NULL with the error set
 * when the program cannot run; one that fails later shows as the
 * failing call's error, with what it wrote to standard error.
 * transport-cmd.c.
 */
struct hv_rpc_client *hv_rpc_client_connect_cmd(char *const argv[],
    char *const envp[]);

/*
 * Calls procedure proc (REMOTE_PROC_*, a row of proc.c) with args
 * (NULL when it takes none).  0 with ret filled (the procedure's
 * ret_size bytes; the caller frees it with hv_rpc_payload_free()), or
 * -1 with the error set.
 */
int hv_rpc_client_call(struct hv_rpc_client *c, int proc, const void *args,
    void *ret);

/* One call of hv_rpc_client_prefetch(). */
struct hv_rpc_ahead {
	int proc;
	const void *args;
};
#define HV_RPC_AHEAD_MAX 16

/*
 * Sends calls (at most HV_RPC_AHEAD_MAX) in one write, then reads their
 * replies, in whatever order the daemon's workers answer.  Each reply
 * is kept until a hv_rpc_client_call() of the same procedure with the
 * same arguments, byte for byte, takes it instead of going out; the
 * first call that matches none drops them all, as the daemon's state
 * may have moved since.  The calls go out as they would have one by
 * one, only sooner.  No error is set here: a failure shows at the call
 * that wanted the answer.
 */
void hv_rpc_client_prefetch(struct hv_rpc_client *c,
    const struct hv_rpc_ahead *calls, size_t n);

/*
 * The open sequence (auth.c): AUTH_LIST, then SASL (sasl.h) or
 * AUTH_POLKIT when the daemon (or the URI's auth=) asks for one, then
 * CONNECT_OPEN of name, the URI's driver part ("test:///default").
 */
int hv_rpc_client_open(struct hv_rpc_client *c, const char *name,
    unsigned int flags);

/* Whether the connection has ended (every call now fails). */
int hv_rpc_client_is_dead(const struct hv_rpc_client *c);

/* Why a connection ended: libvirt's virConnectCloseReason values. */
enum hv_rpc_close_reason {
	HV_RPC_CLOSE_ERROR,	/* a read or write failed, a broken packet */
	HV_RPC_CLOSE_EOF,	/* the daemon closed the stream */
	HV_RPC_CLOSE_KEEPALIVE,	/* count PINGs went unanswered */
	HV_RPC_CLOSE_CLIENT,	/* the program closed it */
};

/* HV_RPC_CLOSE_* once the connection has ended, else -1. */
int hv_rpc_client_close_reason(const struct hv_rpc_client *c);

/*
 * Keepalive as libvirt's client keeps it (virKeepAlive): once nothing
 * has come from the daemon for interval seconds the client sends a
 * PING, again every interval while silence lasts, and an interval
 * after the count-th unanswered one it ends the connection
 * (HV_RPC_CLOSE_KEEPALIVE, "internal error: connection closed due to
 * keepalive timeout").  Any packet received starts the count afresh.
 * interval <= 0: no PINGs.  Either way the client joins the watch
 * list.  -1 with libvirt's error for an interval over INT_MAX / 1000
 * or a dead client.  Whether the daemon speaks keepalive at all is
 * the caller's to ask (CONNECT_SUPPORTS_FEATURE).
 */
int hv_rpc_client_keepalive(struct hv_rpc_client *c, int interval,
    unsigned int count);
/* Milliseconds until hv_rpc_client_tick() has work: 0 when it has,
 * -1 for never (keepalive off, or the connection ended). */
int hv_rpc_client_timeout(const struct hv_rpc_client *c);
/*
 * Handles whatever the daemon sent that can be read without waiting:
 * PINGs answered, PONGs taken as a sign of life, events dropped; a
 * reply (no call is waiting) ends the connection.  A part of a packet
 * stays for the next read.  0, or -1 when the connection ended (error
 * set).
 */
int hv_rpc_client_service(struct hv_rpc_client *c);
/* The keepalive timer: a PING or the end when due, else nothing.  0,
 * or -1 when the connection ended (error set). */
int hv_rpc_client_tick(struct hv_rpc_client *c);

/*
 * The watch list, the process's own as libvirt's default event loop
 * is.  A client is on it from hv_rpc_client_keepalive() until it ends,
 * is closed or freed.
 *
 *	struct pollfd p[1 + 4];
 *	int timeout;
 *	size_t n;
 *
 *	p[0] = (the program's own descriptor);
 *	n = hv_rpc_watch_fds(p + 1, 4, &timeout);
 *	poll(p, 1 + n, timeout);
 *	hv_rpc_watch_run(p + 1, n);
 */
/*
 * fn(reason, opaque) when a watched client ends by itself, not by the
 * program's close or free: idle or in a call, like libvirt's close
 * callback.  The error is set then; fn must leave it so.  NULL: none.
 */
void hv_rpc_watch_on_close(void (*fn)(int reason, void *opaque),
    void *opaque);
/*
 * Up to max entries of fds (POLLIN on each watched socket), and in
 * *timeout the longest wait in ms before hv_rpc_watch_run() has work
 * (-1: none; 0 when bytes are waiting inside a client).  The count.
 */
size_t hv_rpc_watch_fds(struct pollfd *fds, size_t max, int *timeout);
/* After the wait: services the clients fds (n of them, revents set)
 * say are readable, then runs every timer that is due. */
void hv_rpc_watch_run(const struct pollfd *fds, size_t n);

/* CONNECT_CLOSE when the connection is alive, then frees c (NULL is
 * fine); -1 when the CONNECT_CLOSE failed, c freed all the same. */
int hv_rpc_client_close(struct hv_rpc_client *c);
/* Frees c and closes its socket without a word to the daemon. */
void hv_rpc_client_free(struct hv_rpc_client *c);

#endif
