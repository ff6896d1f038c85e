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

/* CONNECT_CLOSE when the connection is alive, then frees c (NULL is
 * fine); -1 when the CONNECT_CLOSE failed, c freed all the same. */
int hv_rpc_client_close(struct hv_rpc_client *c);
/* Frees c and closes its socket without a word to the daemon. */
void hv_rpc_client_free(struct hv_rpc_client *c);

#endif
