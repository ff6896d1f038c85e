/*
 * remote.h: what the remote driver's files share.
 *
 * remote_driver.c opens the connection (URI parameters, the name the
 * daemon opens, the transport) and answers the connection and host
 * calls; each object kind has its file of operations, every one an
 * RPC call through the connection's client:
 *
 *	remote-domain.c  remote-network.c  remote-storage.c
 *	remote-iface.c   remote-nodedev.c
 *
 * and each transport its connector, which returns a client on which
 * the open sequence (rpc/auth.c) has not run yet:
 *
 *	remote-local.c	unix: socket=, the local daemon's sockets
 *	remote-net.c	tcp, tls
 *	remote-cmd.c	ssh, ext (a child process on a socket pair)
 */
#ifndef HV_REMOTE_H
#define HV_REMOTE_H

#include "driver.h"
#include "driver-iface.h"
#include "driver-network.h"
#include "driver-nodedev.h"
#include "driver-storage.h"
#include "rpc/client.h"
#include "rpc/proc.h"

enum remote_transport {
	REMOTE_TLS,
	REMOTE_UNIX,
	REMOTE_SSH,
	REMOTE_EXT,
	REMOTE_TCP,
	REMOTE_LIBSSH2,
	REMOTE_LIBSSH,
};

/*
 * The URI parameters the remote driver consumes (libvirt's names,
 * case-insensitive); NULL or 0 when absent.  Every other parameter
 * travels to the daemon in the name it opens.
 */
struct remote_params {
	const char *name;
	const char *command;
	const char *socket;
	const char *netcat;
	const char *keyfile;
	const char *pkipath;
	const char *tls_priority;
	const char *known_hosts;
	const char *known_hosts_verify;
	const char *sshauth;
	const char *auth;
	const char *mode;
	const char *proxy;
	const char *authfile;
	int no_verify;
	int no_tty;
	int no_sanity;
};

/* Everything a connector needs to know of the open. */
struct remote_target {
	const struct hv_uri *uri;
	enum remote_transport transport;
	const struct remote_params *params;
	const char *name;		/* what CONNECT_OPEN will send */
	unsigned int flags;		/* HV_CONNECT_* */
	/* Not root, and a session or the test driver asked for: the
	 * user's own daemon (libvirt's "user" open flag). */
	bool user;
	/* The user's daemon on its local socket, to be started when it
	 * is not running (unless LIBVIRT_AUTOSTART=0). */
	bool autostart;
};

/*
 * A connector: HV_DRV_OPEN_SUCCESS with *out a client on the
 * transport, HV_DRV_OPEN_ERROR with the error set (libvirt's words), or
 * HV_DRV_OPEN_DECLINED when the URI is not one this build can reach.
 */
int remote_connect_unix(const struct remote_target *t,
    struct hv_rpc_client **out);
/*
 * The local daemon's socket for t (remote-local.c), libvirtd's when
 * legacy, else as t's mode= says; caller frees.
 */
char *remote_local_socket(const struct remote_target *t, bool legacy);
int remote_connect_tcp(const struct remote_target *t,
    struct hv_rpc_client **out);
int remote_connect_tls(const struct remote_target *t,
    struct hv_rpc_client **out);
int remote_connect_ssh(const struct remote_target *t,
    struct hv_rpc_client **out);
int remote_connect_ext(const struct remote_target *t,
    struct hv_rpc_client **out);

struct remote_priv {
	struct hv_rpc_client *client;
	enum remote_transport transport;
	char *type;			/* CONNECT_GET_TYPE's answer */
};

/* A string of the API that may be NULL, as the wire's remote_string. */
#define REMOTE_OPTIONAL(s) ((char **)((s) ? &(s) : NULL))
#define REMOTE_CLIENT(conn) (((struct remote_priv *)(conn)->priv)->client)
#define REMOTE_FREE_RET(codec, ret) \
	hv_rpc_payload_free((xdrproc_t)xdr_##codec, (ret))

/* Calls proc on conn's client (hv_rpc_client_call()). */
int remote_call(struct hv_conn *conn, int proc, const void *args,
    void *ret);

/*
 * A procedure whose answer is remote_one_string: the string (the
 * caller frees it), or NULL with the error set.
 */
char *remote_call_string(struct hv_conn *conn, int proc, const void *args);
/*
 * A procedure whose answer is remote_one_int: the value, or -1 with the
 * error set (the values of such answers are never negative).
 */
int remote_call_int(struct hv_conn *conn, int proc, const void *args);

/* A char array of the wire (its count includes the NUL) into dst. */
void remote_copy_chars(char *dst, size_t size, const char *src,
    unsigned int len);

/* The object tables, one per file. */
extern const struct hv_domain_driver remote_domain_driver;
extern const struct hv_network_driver remote_network_driver;
extern const struct hv_storage_driver remote_storage_driver;
extern const struct hv_iface_driver remote_iface_driver;
extern const struct hv_nodedev_driver remote_nodedev_driver;

#endif
