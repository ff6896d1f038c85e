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
 * tests/interop/remote-wire.py runs the stream and event probes, on
 * the daemon's test:///default:
 *
 *	test-rpc-client --screenshot SOCKET FILE
 *		domain test's screenshot through its stream into FILE;
 *		"mime MIME" and "bytes N"
 *	test-rpc-client --screenshot-abort SOCKET
 *		the first data, then an abort; "aborted", and "uri URI"
 *		from a call made after it on the same connection
 *	test-rpc-client --events SOCKET
 *		lifecycle events of every domain registered, then test
 *		suspended and resumed; "callback ID", then one "event
 *		PROC cb ID DOMAIN EVENT DETAIL" line per event as it is
 *		dispatched
 */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
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
	S_EVENTS,		/* a flood of events, good and bad, and a
				 * stream packet for no stream */
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
	case S_EVENTS: {
		struct remote_domain_event_callback_lifecycle_msg ev = {
			0, { { "test", { 0 }, 1 }, 3, 0 } };

		/* undecodable, unknown, then more good ones than are kept */
		srv_send(fd, REMOTE_PROGRAM, 318, HV_RPC_MESSAGE, 1,
		    HV_RPC_OK, NULL, NULL, 0);
		srv_send(fd, REMOTE_PROGRAM, 999, HV_RPC_MESSAGE, 1,
		    HV_RPC_OK, (xdrproc_t)xdr_remote_domain_event_callback_lifecycle_msg,
		    &ev, 0);
		srv_send(fd, REMOTE_PROGRAM, 211, HV_RPC_STREAM, 3,
		    HV_RPC_CONTINUE, (xdrproc_t)xdr_remote_auth_list_ret, &auth,
		    0);
		for (ev.callbackID = 0; ev.callbackID < HV_RPC_EVENTS_MAX + 5;
		    ev.callbackID++)
			srv_send(fd, REMOTE_PROGRAM, 318, HV_RPC_MESSAGE, 1,
			    HV_RPC_OK, (xdrproc_t)
			    xdr_remote_domain_event_callback_lifecycle_msg, &ev,
			    0);
		srv_send(fd, REMOTE_PROGRAM, h.proc = REMOTE_PROC_AUTH_LIST,
		    HV_RPC_REPLY, 0, HV_RPC_OK,
		    (xdrproc_t)xdr_remote_auth_list_ret, &auth, 0);
		break;
	}
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

static int got_events, first_id = -1, last_id = -1;

static void
count_event(int proc, const void *body, void *opaque)
{
	const struct remote_domain_event_callback_lifecycle_msg *m = body;

	CHECK_INT(proc, REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE);
	CHECK_STR(m->msg.dom.name, "test");
	if (first_id < 0)
		first_id = m->callbackID;
	last_id = m->callbackID;
	got_events++;
}

/* Events wait for dispatch, never run inside the call; at most
 * HV_RPC_EVENTS_MAX are kept, the bad ones among them dropped. */
static void
test_events(void)
{
	struct remote_auth_list_ret auth;
	pid_t pid;
	struct hv_rpc_client *c = start(S_EVENTS, &pid);

	hv_rpc_client_on_event(c, count_event, NULL);
	CHECK_INT(hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &auth),
	    0);
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_list_ret, &auth);
	CHECK_INT(got_events, 0);
	CHECK_INT(hv_rpc_client_is_dead(c), 0);
	CHECK_INT((int)hv_rpc_client_dispatch(c), HV_RPC_EVENTS_MAX - 2);
	CHECK_INT(got_events, HV_RPC_EVENTS_MAX - 2);
	CHECK_INT(first_id, 0);
	CHECK_INT(last_id, HV_RPC_EVENTS_MAX - 3);
	CHECK_INT((int)hv_rpc_client_dispatch(c), 0);
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

	CHECK_INT(hv_rpc_client_open(c, "test:///default", 0, NULL), -1);
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

	if (c == NULL || hv_rpc_client_open(c, name, 0, NULL) < 0 ||
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

/* A client on path with test:///default open and domain test looked
 * up into *dom, or NULL (error printed). */
static struct hv_rpc_client *
peer_open(const char *path, remote_nonnull_domain *dom)
{
	struct hv_rpc_client *c = hv_rpc_client_connect_unix(path);
	struct remote_domain_lookup_by_name_args la = { "test" };
	remote_domain_lookup_by_name_ret ret;

	if (c == NULL || hv_rpc_client_open(c, "test:///default", 0,
	    NULL) < 0 || hv_rpc_client_call(c,
	    REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &la, &ret) < 0) {
		fprintf(stderr, "error: %s\n", last_message());
		hv_rpc_client_free(c);
		return NULL;
	}
	*dom = ret.dom;
	return c;
}

static int
peer_done(struct hv_rpc_client *c, remote_nonnull_domain *dom, int r)
{
	if (r != 0)
		fprintf(stderr, "error: %s\n", last_message());
	xdr_free((xdrproc_t)xdr_remote_nonnull_domain, (char *)dom);
	if (hv_rpc_client_close(c) < 0 && r == 0) {
		fprintf(stderr, "error: %s\n", last_message());
		r = 1;
	}
	return r;
}

static int
screenshot(const char *path, const char *file, bool abort_it)
{
	remote_nonnull_domain dom;
	struct hv_rpc_client *c = peer_open(path, &dom);
	struct remote_domain_screenshot_args args;
	struct remote_domain_screenshot_ret ret;
	struct hv_rpc_stream *st;
	remote_connect_get_uri_ret uri;
	char buf[65536];
	long long total = 0;
	ssize_t n;
	FILE *out = NULL;
	int r = 1;

	if (c == NULL)
		return 1;
	args.dom = dom;
	args.screen = 0;
	args.flags = 0;
	st = hv_rpc_client_stream_open(c, REMOTE_PROC_DOMAIN_SCREENSHOT,
	    &args, &ret);
	if (st == NULL)
		return peer_done(c, &dom, 1);
	printf("mime %s\n", ret.mime ? *ret.mime : "(null)");
	xdr_free((xdrproc_t)xdr_remote_domain_screenshot_ret, (char *)&ret);
	if (abort_it) {
		n = hv_rpc_stream_recv(st, buf, sizeof(buf));
		if (n > 0 && hv_rpc_stream_abort(st) == 0) {
			printf("aborted\n");
			if (hv_rpc_client_call(c, REMOTE_PROC_CONNECT_GET_URI,
			    NULL, &uri) == 0) {
				printf("uri %s\n", uri.str);
				xdr_free((xdrproc_t)xdr_remote_connect_get_uri_ret,
				    (char *)&uri);
				r = 0;
			}
		}
		hv_rpc_stream_free(st);
		return peer_done(c, &dom, r);
	}
	if ((out = fopen(file, "wb")) == NULL) {
		hv_rpc_stream_free(st);
		return peer_done(c, &dom, 1);
	}
	while ((n = hv_rpc_stream_recv(st, buf, sizeof(buf))) > 0) {
		fwrite(buf, 1, (size_t)n, out);
		total += n;
	}
	if (n == 0 && hv_rpc_stream_finish(st) == 0) {
		printf("bytes %lld\n", total);
		r = 0;
	} else if (n < 0) {
		struct hv_error e;

		hv_error_save(&e);
		(void)hv_rpc_stream_abort(st);
		hv_error_restore(&e);
	}
	fclose(out);
	hv_rpc_stream_free(st);
	return peer_done(c, &dom, r);
}

static int events_seen;

static void
on_event(int proc, const void *body, void *opaque)
{
	if (proc == REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE) {
		const struct remote_domain_event_callback_lifecycle_msg *m =
		    body;

		printf("event %d cb %d %s %d %d\n", proc, m->callbackID,
		    m->msg.dom.name, m->msg.event, m->msg.detail);
	} else {
		printf("event %d\n", proc);
	}
	events_seen++;
}

static int
events(const char *path)
{
	remote_nonnull_domain dom;
	struct hv_rpc_client *c = peer_open(path, &dom);
	struct remote_connect_domain_event_callback_register_any_args reg = {
		0, NULL };
	struct remote_connect_domain_event_callback_register_any_ret id;
	struct remote_connect_domain_event_callback_deregister_any_args dereg;
	remote_domain_only one;
	int waited = 0;

	if (c == NULL)
		return 1;
	hv_rpc_client_on_event(c, on_event, NULL);
	if (hv_rpc_client_call(c,
	    REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, &reg,
	    &id) < 0)
		return peer_done(c, &dom, 1);
	printf("callback %d\n", id.callbackID);
	one.dom = dom;
	if (hv_rpc_client_call(c, REMOTE_PROC_DOMAIN_SUSPEND, &one,
	    NULL) < 0 || hv_rpc_client_call(c, REMOTE_PROC_DOMAIN_RESUME,
	    &one, NULL) < 0 || hv_rpc_client_keepalive(c, 0, 0) < 0)
		return peer_done(c, &dom, 1);
	/* What came with the replies, then what is still on its way; the
	 * bound only stops a daemon that never sends them. */
	(void)hv_rpc_client_dispatch(c);
	while (events_seen < 2 && waited++ < 100) {
		struct pollfd p[4];
		int timeout;
		size_t n = hv_rpc_watch_fds(p, 4, &timeout);

		(void)poll(p, n, 100);
		hv_rpc_watch_run(p, n);
	}
	dereg.callbackID = id.callbackID;
	if (hv_rpc_client_call(c,
	    REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, &dereg,
	    NULL) < 0)
		return peer_done(c, &dom, 1);
	return peer_done(c, &dom, 0);
}

int
main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 4 && strcmp(argv[1], "--screenshot") == 0)
		return screenshot(argv[2], argv[3], false);
	if (argc == 3 && strcmp(argv[1], "--screenshot-abort") == 0)
		return screenshot(argv[2], NULL, true);
	if (argc == 3 && strcmp(argv[1], "--events") == 0)
		return events(argv[2]);
	if (argc == 3)
		return probe(argv[1], argv[2]);
	test_ping_and_event();
	test_events();
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
