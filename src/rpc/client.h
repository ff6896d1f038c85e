/*
 * client.h: a connection to a libvirt daemon, one call at a time.
 *
 * A call encodes the CALL with the next serial (the first is 0, as
 * libvirt's client counts), writes it whole, then reads packets until
 * the REPLY with that serial arrives.  While it waits it answers the
 * daemon's keepalive PINGs with PONGs, keeps events for their owner
 * and routes stream packets to their stream (below).  A packet the
 * codec refuses, a reply to no call, a CALL from the daemon or the
 * end of the stream ends the connection: that call and every later
 * one fail, the error set once.  The reply to the call failing (an
 * error REPLY, a status or payload that does not decode) fails the
 * call only; the connection stays usable, as libvirt's does.
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
 *	if (c == NULL || hv_rpc_client_open(c, "test:///default", 0, NULL) < 0 ||
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
#include <stdbool.h>
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

/* What the daemon said it speaks when asked during the open
 * (CONNECT_SUPPORTS_FEATURE, libvirt's VIR_DRV_FEATURE_* numbers). */
struct hv_rpc_features {
	bool keepalive;		/* 10: the keepalive program */
	bool event_callback;	/* 14: events by callback ID */
	bool close_callback;	/* 15: close callbacks; one is registered */
};

/*
 * The open sequence (auth.c), libvirt's client's call for call:
 * AUTH_LIST, then SASL (sasl.h) or AUTH_POLKIT when the daemon (or the
 * URI's auth=) asks for one; SUPPORTS_FEATURE(10) with CONNECT_OPEN of
 * name, the URI's driver part ("test:///default"), in one write; when
 * probed is not NULL, CONNECT_GET_URI into it (the caller frees it);
 * SUPPORTS_FEATURE 14 and 15, and REGISTER_CLOSE_CALLBACK when the
 * daemon has close callbacks, as virsh registers one at once.  The
 * answers are the client's hv_rpc_client_features() from then on.
 */
int hv_rpc_client_open(struct hv_rpc_client *c, const char *name,
    unsigned int flags, char **probed);
const struct hv_rpc_features *hv_rpc_client_features(
    const struct hv_rpc_client *c);
/* For the open sequence: the features it learnt. */
void hv_rpc_client_set_features(struct hv_rpc_client *c,
    const struct hv_rpc_features *f);

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
 * Events.  The daemon sends one as a MESSAGE of the remote program
 * whose procedure is an event row of proc.c (HV_RPC_PROC_EVENT), after
 * a registration call (CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, ...)
 * the program makes itself.  The client keeps what arrives, in a call
 * or while serviced, at most HV_RPC_EVENTS_MAX of them (the rest are
 * dropped: a flood cannot grow memory), and hands each to fn(proc,
 * body, opaque) in order when hv_rpc_client_dispatch() runs, never
 * inside a call: body is the MESSAGE decoded with the row's codec,
 * freed after fn returns.  A MESSAGE of an unknown procedure or that
 * does not decode is dropped, as libvirt drops it.  Without fn (NULL,
 * the default) events are dropped on arrival.
 */
#define HV_RPC_EVENTS_MAX 1024
typedef void (*hv_rpc_event_fn)(int proc, const void *body, void *opaque);
void hv_rpc_client_on_event(struct hv_rpc_client *c, hv_rpc_event_fn fn,
    void *opaque);
/* Delivers the events kept so far; the count. */
size_t hv_rpc_client_dispatch(struct hv_rpc_client *c);

/*
 * Streams.  A call of a stream procedure (HV_RPC_PROC_STREAM: console,
 * screenshot, volume upload and download) is answered with its REPLY,
 * then both sides may send STREAM packets with the call's procedure and
 * serial: data (status CONTINUE, raw bytes; an empty one is the
 * sender's end), the end of the stream (OK), or an abort (ERROR, with
 * the daemon's remote_error).  Packets for a stream that is not open
 * are dropped, as libvirt drops them.  Data received before the
 * program reads it is kept, at most HV_RPC_STREAM_QUEUE_MAX bytes; a
 * daemon that sends more fails the stream.
 *
 *	struct hv_rpc_stream *s = hv_rpc_client_stream_open(c,
 *	    REMOTE_PROC_DOMAIN_SCREENSHOT, &args, &ret);
 *	while ((n = hv_rpc_stream_recv(s, buf, sizeof(buf))) > 0)
 *		fwrite(buf, 1, n, out);
 *	r = n == 0 ? hv_rpc_stream_finish(s) : hv_rpc_stream_abort(s);
 *	hv_rpc_stream_free(s);
 */
#define HV_RPC_STREAM_QUEUE_MAX ((size_t)16 << 20)
/* The most data one STREAM packet carries, as libvirt sends it. */
#define HV_RPC_STREAM_CHUNK 262120
struct hv_rpc_stream;
/* The call as hv_rpc_client_call() makes it, and its stream; NULL
 * with the error set when the call fails or proc opens no stream. */
struct hv_rpc_stream *hv_rpc_client_stream_open(struct hv_rpc_client *c,
    int proc, const void *args, void *ret);
/* Up to len bytes of the daemon's data, waiting for some: the count,
 * 0 at the daemon's end, -1 with the error set (the daemon's, or the
 * connection's). */
ssize_t hv_rpc_stream_recv(struct hv_rpc_stream *s, char *buf, size_t len);
/* All len bytes to the daemon, in packets of HV_RPC_STREAM_CHUNK at
 * most; -1 with the error set when the daemon ended the stream with an
 * error or the connection failed. */
int hv_rpc_stream_send(struct hv_rpc_stream *s, const char *data,
    size_t len);
/* Our end of the stream (OK), then the daemon's confirmation: 0, or -1
 * with the daemon's error. */
int hv_rpc_stream_finish(struct hv_rpc_stream *s);
/* Abandons the stream (ERROR), then waits for the daemon to confirm;
 * 0, or -1 when the connection failed. */
int hv_rpc_stream_abort(struct hv_rpc_stream *s);
/* Forgets the stream (NULL is fine); packets for it are dropped from
 * then on. */
void hv_rpc_stream_free(struct hv_rpc_stream *s);

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
 * say are readable, runs every timer that is due, and dispatches the
 * events each client has kept. */
void hv_rpc_watch_run(const struct pollfd *fds, size_t n);

/* When the connection is alive, UNREGISTER_CLOSE_CALLBACK if the open
 * registered one, then CONNECT_CLOSE; then frees c (NULL is fine).  -1
 * when the CONNECT_CLOSE failed, c freed all the same. */
int hv_rpc_client_close(struct hv_rpc_client *c);
/* Frees c and closes its socket without a word to the daemon. */
void hv_rpc_client_free(struct hv_rpc_client *c);

#endif
