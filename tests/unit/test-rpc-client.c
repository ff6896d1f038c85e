/*
 * The RPC client (src/rpc/client.c, transport-unix.c) against peers
 * that misbehave: a forked server on the other end of a socket pair
 * pings, sends events, answers with the wrong serial, stops in the
 * middle of a packet, sends a length out of bounds or a CALL.  Each
 * must end in one error, the connection dead where libvirt's client
 * drops it.
 *
 * With arguments, "test-rpc-client SOCKET NAME", it is the probe that
 * tests/interop/remote-test.py runs against a real libvirtd: the open
 * sequence for NAME, then "uri URI" and one "domain NAME ID STATE"
 * line per domain on stdout, or "error: ..." on stderr and exit 1.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "error.h"
#include "rpc/client.h"
#include "rpc/proc.h"
#include "unit.h"

enum scenario {
	S_PING,			/* PING and an event before the reply */
	S_WRONG_SERIAL,		/* a reply to no call */
	S_EOF_MID,		/* half a reply, then the end */
	S_BAD_LEN,		/* a length word out of bounds */
	S_ERROR,		/* an error reply, then a good one */
	S_CALL,			/* a CALL from the daemon */
	S_SASL,			/* SASL the only authentication, refused */
};

/* The next packet from fd into *hdr; 0 at the end or on garbage. */
static int
srv_read(int fd, struct hv_rpc_header *hdr)
{
	struct hv_rpc_reader r = { 0 };
	char c;
	char *pkt;
	size_t len;
	int ok;

	while (!r.done) {
		if (read(fd, &c, 1) != 1 || hv_rpc_reader_feed(&r, &c, 1) < 0) {
			hv_rpc_reader_release(&r);
			return 0;
		}
	}
	pkt = hv_rpc_reader_take(&r, &len);
	ok = hv_rpc_decode_header(pkt, len, hdr) == 0;
	free(pkt);
	hv_rpc_reader_release(&r);
	return ok;
}

static void
srv_send(int fd, unsigned int prog, int proc, int type, unsigned int serial,
    int status, xdrproc_t codec, const void *body, size_t cut)
{
	struct hv_rpc_header h = { prog, 1, proc, type, serial, status };
	struct hv_rpc_buf b = { 0 };

	if (hv_rpc_encode(&b, &h, codec, body) < 0)
		_exit(4);
	if (write(fd, b.data, cut ? cut : b.len) < 0)
		_exit(4);
	hv_rpc_buf_release(&b);
}

/* The server's side of scenario s: exit status 0 when the client did
 * what it should. */
static void
serve(int fd, enum scenario s)
{
	struct hv_rpc_header h;
	remote_auth_type none = REMOTE_AUTH_NONE;
	struct remote_auth_list_ret auth = { { 1, &none } };
	char *msg = "Domain not found";
	struct remote_error err = { 42, 12, &msg, 2, NULL, &msg, NULL, NULL,
	    -1, -1, NULL };
	remote_connect_get_uri_ret uri = { "test:///default" };
	remote_auth_type sasl = REMOTE_AUTH_SASL;
	struct remote_auth_list_ret auth_sasl = { { 1, &sasl } };
	static const char huge[4] = { '\xff', '\xff', '\xff', '\xff' };

	if (!srv_read(fd, &h))
		_exit(2);
	switch (s) {
	case S_PING:
		srv_send(fd, KEEPALIVE_PROGRAM, KEEPALIVE_PROC_PING,
		    HV_RPC_MESSAGE, 0, HV_RPC_OK, NULL, NULL, 0);
		if (!srv_read(fd, &h) || !hv_rpc_is_keepalive(&h) ||
		    h.proc != KEEPALIVE_PROC_PONG || h.serial != 0)
			_exit(3);
		/* A lifecycle event, serial 1 as libvirtd sends it. */
		srv_send(fd, REMOTE_PROGRAM, 318, HV_RPC_MESSAGE, 1,
		    HV_RPC_OK, NULL, NULL, 0);
		srv_send(fd, REMOTE_PROGRAM, h.proc = REMOTE_PROC_AUTH_LIST,
		    HV_RPC_REPLY, 0, HV_RPC_OK,
		    (xdrproc_t)xdr_remote_auth_list_ret, &auth, 0);
		break;
	case S_WRONG_SERIAL:
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial + 5,
		    HV_RPC_OK, (xdrproc_t)xdr_remote_auth_list_ret, &auth, 0);
		break;
	case S_EOF_MID:
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial,
		    HV_RPC_OK, (xdrproc_t)xdr_remote_auth_list_ret, &auth, 10);
		_exit(0);
	case S_BAD_LEN:
		if (write(fd, huge, sizeof(huge)) < 0)
			_exit(4);
		break;
	case S_ERROR:
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial,
		    HV_RPC_ERROR, (xdrproc_t)xdr_remote_error, &err, 0);
		if (!srv_read(fd, &h) || h.serial != 1)
			_exit(3);
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial,
		    HV_RPC_OK, (xdrproc_t)xdr_remote_connect_get_uri_ret, &uri,
		    0);
		break;
	case S_SASL:
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial,
		    HV_RPC_OK, (xdrproc_t)xdr_remote_auth_list_ret, &auth_sasl,
		    0);
		/* SASL starts, and the daemon refuses it. */
		if (!srv_read(fd, &h) || h.proc != REMOTE_PROC_AUTH_SASL_INIT)
			_exit(3);
		msg = "authentication failed: authentication failed";
		err.code = 45;
		err.domain = 7;
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial,
		    HV_RPC_ERROR, (xdrproc_t)xdr_remote_error, &err, 0);
		/* No CONNECT_OPEN follows: the next call is the close. */
		if (!srv_read(fd, &h) || h.proc != REMOTE_PROC_CONNECT_CLOSE)
			_exit(3);
		srv_send(fd, h.prog, h.proc, HV_RPC_REPLY, h.serial,
		    HV_RPC_OK, NULL, NULL, 0);
		break;
	case S_CALL:
		srv_send(fd, h.prog, h.proc, HV_RPC_CALL, h.serial,
		    HV_RPC_OK, NULL, NULL, 0);
		break;
	}
	/* Wait for the client to hang up. */
	while (srv_read(fd, &h))
		;
	_exit(0);
}

static struct hv_rpc_client *
start(enum scenario s, pid_t *pid)
{
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) {
		perror("socketpair");
		exit(1);
	}
	*pid = fork();
	if (*pid < 0) {
		perror("fork");
		exit(1);
	}
	if (*pid == 0) {
		close(sv[0]);
		serve(sv[1], s);
	}
	close(sv[1]);
	return hv_rpc_client_new(sv[0]);
}

/* The server's exit status once the client is gone. */
static int
finish(struct hv_rpc_client *c, pid_t pid)
{
	int st;

	hv_rpc_client_free(c);
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static const char *
last_message(void)
{
	const struct hv_error *e = hv_error_last();

	return e ? e->message : NULL;
}

static void
test_ping_and_event(void)
{
	struct remote_auth_list_ret auth;
	pid_t pid;
	struct hv_rpc_client *c = start(S_PING, &pid);

	CHECK_INT(hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &auth),
	    0);
	CHECK_INT(auth.types.types_len, 1);
	CHECK_INT(hv_rpc_client_is_dead(c), 0);
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_list_ret, &auth);
	CHECK_INT(finish(c, pid), 0);
}

/* One call that must fail with message, the connection dead after. */
static void
check_fatal(enum scenario s, const char *message)
{
	struct remote_auth_list_ret auth;
	pid_t pid;
	struct hv_rpc_client *c = start(s, &pid);

	hv_error_reset();
	CHECK_INT(hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &auth),
	    -1);
	CHECK_STR(last_message(), message);
	CHECK_INT(hv_rpc_client_is_dead(c), 1);
	CHECK_INT(hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &auth),
	    -1);
	CHECK_STR(last_message(), "internal error: client socket is closed");
	/* Nothing more is sent: close frees without a CONNECT_CLOSE. */
	CHECK_INT(finish(c, pid), 0);
}

static void
test_error_reply(void)
{
	struct remote_auth_list_ret auth;
	remote_connect_get_uri_ret uri;
	const struct hv_error *e;
	pid_t pid;
	struct hv_rpc_client *c = start(S_ERROR, &pid);

	CHECK_INT(hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &auth),
	    -1);
	e = hv_error_last();
	CHECK(e != NULL && e->code == 42 && e->domain == 12);
	CHECK_STR(last_message(), "Domain not found");
	CHECK_INT(hv_rpc_client_is_dead(c), 0);
	CHECK_INT(hv_rpc_client_call(c, REMOTE_PROC_CONNECT_GET_URI, NULL,
	    &uri), 0);
	CHECK_STR(uri.str, "test:///default");
	hv_rpc_payload_free((xdrproc_t)xdr_remote_connect_get_uri_ret, &uri);
	CHECK_INT(finish(c, pid), 0);
}

static void
test_auth_sasl(void)
{
	pid_t pid;
	struct hv_rpc_client *c = start(S_SASL, &pid);
	int st;

	CHECK_INT(hv_rpc_client_open(c, "test:///default", 0), -1);
	CHECK_STR(last_message(),
	    "authentication failed: authentication failed");
	CHECK_INT(hv_rpc_client_is_dead(c), 0);
	CHECK_INT(hv_rpc_client_close(c), 0);
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
	    WEXITSTATUS(st) == 0);
}

static void
test_unix_missing(void)
{
	hv_error_reset();
	CHECK(hv_rpc_client_connect_unix("/nonexistent/hvsh-sock") == NULL);
	CHECK_STR(last_message(), "Failed to connect socket to "
	    "'/nonexistent/hvsh-sock': No such file or directory");
}

static int
probe(const char *path, const char *name)
{
	struct hv_rpc_client *c = hv_rpc_client_connect_unix(path);
	remote_connect_get_uri_ret uri;
	struct remote_connect_list_all_domains_args la = { 1, 3 };
	struct remote_connect_list_all_domains_ret all;
	unsigned int i;

	if (c == NULL || hv_rpc_client_open(c, name, 0) < 0 ||
	    hv_rpc_client_call(c, REMOTE_PROC_CONNECT_GET_URI, NULL,
	    &uri) < 0)
		goto fail;
	printf("uri %s\n", uri.str);
	hv_rpc_payload_free((xdrproc_t)xdr_remote_connect_get_uri_ret, &uri);
	if (hv_rpc_client_call(c, REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &la,
	    &all) < 0)
		goto fail;
	for (i = 0; i < all.domains.domains_len; i++) {
		remote_domain_get_state_args sa = {
			all.domains.domains_val[i], 0 };
		struct remote_domain_get_state_ret st;

		if (hv_rpc_client_call(c, REMOTE_PROC_DOMAIN_GET_STATE, &sa,
		    &st) < 0) {
			hv_rpc_payload_free(
			    (xdrproc_t)xdr_remote_connect_list_all_domains_ret,
			    &all);
			goto fail;
		}
		printf("domain %s %d %d\n", sa.dom.name, sa.dom.id, st.state);
	}
	hv_rpc_payload_free((xdrproc_t)xdr_remote_connect_list_all_domains_ret,
	    &all);
	if (hv_rpc_client_close(c) < 0) {
		c = NULL;
		goto fail;
	}
	return 0;
fail:
	fprintf(stderr, "error: %s\n", last_message());
	hv_rpc_client_free(c);
	return 1;
}

int
main(int argc, char **argv)
{
	if (argc == 3)
		return probe(argv[1], argv[2]);
	test_ping_and_event();
	check_fatal(S_WRONG_SERIAL, "no call waiting for "
	    "reply with prog 536903814 vers 1 serial 5");
	check_fatal(S_EOF_MID, "End of file while reading data: "
	    "Input/output error");
	check_fatal(S_BAD_LEN, "packet 4294967291 bytes received from "
	    "server too large, want 33554432");
	check_fatal(S_CALL, "no call waiting for "
	    "reply with prog 536903814 vers 1 serial 0");
	test_error_reply();
	test_auth_sasl();
	test_unix_missing();
	return unit_done();
}
