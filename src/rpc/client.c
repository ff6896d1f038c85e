/*
 * client.c: calls to a libvirt daemon over a stream socket (see
 * client.h).
 */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "rpc/client.h"
#include "rpc/proc.h"
#include "util/clock.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct hv_rpc_client {
	int fd;
	struct hv_rpc_io io;
	unsigned int serial;	/* of the next call */
	int dead;
	int reason;		/* HV_RPC_CLOSE_*, once dead */
	struct hv_rpc_reader rd;
	char in[65536];		/* bytes read, not yet fed to rd */
	size_t in_off, in_len;
	/* Keepalive as libvirt's virKeepAlive; off while ka_interval is 0. */
	int ka_interval;	/* seconds */
	unsigned int ka_count;	/* PINGs to go unanswered before death */
	unsigned int ka_left;	/* of those, still to send */
	long long ka_start;	/* ms: the current interval's start */
	struct hv_rpc_client *watch_next;
	bool watched;
	/* Replies fetched ahead (hv_rpc_client_prefetch()), not yet taken. */
	struct ahead {
		const struct hv_rpc_proc *p;
		unsigned int serial;
		char *args;		/* the call's payload, to match */
		size_t args_len;
		char *pkt;		/* the reply, NULL once taken */
		size_t len;
	} ahead[HV_RPC_AHEAD_MAX];
	size_t nahead;
	/* Why the connection ended while fetching ahead, for the next call */
	struct hv_error cause;
	struct hv_rpc_features features;
	/* Events kept for hv_rpc_client_dispatch(), oldest first. */
	hv_rpc_event_fn event_fn;
	void *event_opaque;
	struct kept {
		struct kept *next;
		char *pkt;
		size_t len;
	} *events, **events_tail;
	size_t nevents;
	struct hv_rpc_stream *streams;
};

/* An open stream: the call's procedure and serial, what came for it. */
struct hv_rpc_stream {
	struct hv_rpc_client *c;
	const struct hv_rpc_proc *p;
	unsigned int serial;
	char *in;		/* data not yet read: in[off..len) */
	size_t off, len, cap;
	bool eof;		/* the daemon's empty CONTINUE */
	bool done;		/* its OK or ERROR: nothing more comes */
	bool failed;		/* with err, the daemon's error */
	struct hv_error err;
	struct hv_rpc_stream *next;
};

/* The watch list (client.h) and who hears of a death on it. */
static struct hv_rpc_client *watch_head;
static void (*watch_close_fn)(int reason, void *opaque);
static void *watch_close_opaque;

static long long
now_ms(void)
{
	return hv_clock_ns() / 1000000;
}

static void
unwatch(struct hv_rpc_client *c)
{
	struct hv_rpc_client **p;

	if (!c->watched)
		return;
	for (p = &watch_head; *p != NULL; p = &(*p)->watch_next) {
		if (*p == c) {
			*p = c->watch_next;
			break;
		}
	}
	c->watch_next = NULL;
	c->watched = false;
}

struct hv_rpc_client *
hv_rpc_client_new(int fd)
{
	struct hv_rpc_client *c = xcalloc(1, sizeof(*c));

	c->fd = fd;
	c->io.ops = &hv_rpc_fd_io;
	c->io.ctx = c;
	c->events_tail = &c->events;
	return c;
}

int
hv_rpc_client_fd(const struct hv_rpc_client *c)
{
	return c->fd;
}

void
hv_rpc_client_set_io(struct hv_rpc_client *c, const struct hv_rpc_io *io,
    struct hv_rpc_io *old)
{
	if (old)
		*old = c->io;
	else if (c->io.ops->free)
		c->io.ops->free(c->io.ctx);
	c->io = *io;
}

const struct hv_rpc_features *
hv_rpc_client_features(const struct hv_rpc_client *c)
{
	return &c->features;
}

void
hv_rpc_client_set_features(struct hv_rpc_client *c,
    const struct hv_rpc_features *f)
{
	c->features = *f;
}

int
hv_rpc_client_is_dead(const struct hv_rpc_client *c)
{
	return c->dead;
}

/*
 * Ends the connection for reason; the error is set by the caller.  A
 * watched client leaves the list and its death is told, as libvirt's
 * close callback is, with the error left as it was.
 */
static int
end(struct hv_rpc_client *c, int reason)
{
	bool told = c->watched && !c->dead;

	if (!c->dead)
		c->reason = reason;
	c->dead = 1;
	unwatch(c);
	if (told && watch_close_fn != NULL)
		watch_close_fn(reason, watch_close_opaque);
	return -1;
}

/* A broken packet or a failed write. */
static int
fail(struct hv_rpc_client *c)
{
	return end(c, HV_RPC_CLOSE_ERROR);
}

static ssize_t
fd_read(void *ctx, char *buf, size_t len)
{
	struct hv_rpc_client *c = ctx;
	ssize_t n;

	do
		n = read(c->fd, buf, len);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "Cannot recv data: %s", strerror(errno));
	return n;
}

static int
fd_write(void *ctx, const char *data, size_t len)
{
	struct hv_rpc_client *c = ctx;

	while (len > 0) {
		/* No SIGPIPE when the daemon has gone. */
		ssize_t n = send(c->fd, data, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
			    "Cannot write data: %s", strerror(errno));
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* ctx is the client itself: nothing to free. */
const struct hv_rpc_io_ops hv_rpc_fd_io = {
	.read = fd_read,
	.write = fd_write,
};

static int
write_all(struct hv_rpc_client *c, const char *data, size_t len)
{
	if (c->io.ops->write(c->io.ctx, data, len) < 0)
		return fail(c);
	return 0;
}

/* Bytes are waiting inside the client or its I/O layer. */
static bool
buffered(const struct hv_rpc_client *c)
{
	return c->in_off < c->in_len ||
	    (c->io.ops->pending && c->io.ops->pending(c->io.ctx) > 0);
}

/*
 * Until the socket can be read (1), for at most as long as wait allows
 * (0 when it does not), sending keepalive PINGs when they are due; -1
 * when the connection ended meanwhile.
 */
static int
wait_readable(struct hv_rpc_client *c, bool wait)
{
	struct pollfd p;
	int r;

	if (c->io.ops->pending && c->io.ops->pending(c->io.ctx) > 0)
		return 1;
	for (;;) {
		p.fd = c->fd;
		p.events = POLLIN;
		p.revents = 0;
		r = poll(&p, 1, wait ? hv_rpc_client_timeout(c) : 0);
		if (r > 0)
			return 1;
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
			    "poll on socket failed: %s", strerror(errno));
			return fail(c);
		}
		if (!wait)
			return 0;
		if (hv_rpc_client_tick(c) < 0)
			return -1;
	}
}

/*
 * libvirt's reason for a read that failed or met the end: the end of
 * the file when the socket reports a hangup (a unix peer gone, a TCP
 * reset), else an error (a TCP peer's orderly close, say).
 */
static int
read_end_reason(const struct hv_rpc_client *c)
{
	struct pollfd p = { .fd = c->fd, .events = POLLIN };

	if (poll(&p, 1, 0) > 0 && (p.revents & POLLHUP))
		return HV_RPC_CLOSE_EOF;
	return HV_RPC_CLOSE_ERROR;
}

/*
 * The next whole packet into *pkt (the caller frees it): 1; 0 when
 * wait is false and the rest of it has not come yet; -1 when the
 * connection ended (error set).  Every packet restarts the keepalive
 * interval, as any sign of life does in libvirt.
 */
static int
next_packet(struct hv_rpc_client *c, bool wait, char **pkt, size_t *len)
{
	for (;;) {
		ssize_t n;
		int r;

		while (c->in_off < c->in_len) {
			long used = hv_rpc_reader_feed(&c->rd,
			    c->in + c->in_off, c->in_len - c->in_off);

			if (used < 0)
				return fail(c);
			c->in_off += (size_t)used;
			if (c->rd.done) {
				c->ka_start = now_ms();
				c->ka_left = c->ka_count;
				*pkt = hv_rpc_reader_take(&c->rd, len);
				return 1;
			}
		}
		c->in_off = c->in_len = 0;
		if ((r = wait_readable(c, wait)) <= 0)
			return r;
		n = c->io.ops->read(c->io.ctx, c->in, sizeof(c->in));
		if (n < 0)
			return end(c, read_end_reason(c));
		if (n == 0) {
			hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
			    "End of file while reading data: %s",
			    strerror(EIO));
			return end(c, read_end_reason(c));
		}
		c->in_len = (size_t)n;
	}
}

static int
send_keepalive(struct hv_rpc_client *c, int proc)
{
	struct hv_rpc_buf b = { 0 };
	int r;

	if (hv_rpc_encode_keepalive(&b, proc) < 0)
		return fail(c);
	r = write_all(c, b.data, b.len);
	hv_rpc_buf_release(&b);
	return r;
}

/* Keeps the event *pkt (taking it) for dispatch, or drops it. */
static void
keep_event(struct hv_rpc_client *c, char **pkt, size_t len)
{
	struct kept *k;

	if (c->event_fn == NULL || c->nevents >= HV_RPC_EVENTS_MAX)
		return;
	k = xmalloc(sizeof(*k));
	k->next = NULL;
	k->pkt = *pkt;
	k->len = len;
	*pkt = NULL;
	*c->events_tail = k;
	c->events_tail = &k->next;
	c->nevents++;
}

/* The stream ends with the error now set, which it keeps. */
static void
stream_fail(struct hv_rpc_stream *s, struct hv_error *saved)
{
	hv_error_release(&s->err);
	hv_error_save(&s->err);
	hv_error_restore(saved);
	s->done = s->failed = true;
}

/*
 * The STREAM packet pkt with header hdr to its stream: data kept, the
 * sender's end, the daemon's OK or its error.  A packet for no open
 * stream, a hole (hvsh asks for no sparse stream) and anything after
 * the daemon's last word are dropped.
 */
static void
to_stream(struct hv_rpc_client *c, const struct hv_rpc_header *hdr,
    const char *pkt, size_t len)
{
	struct hv_rpc_stream *s;
	struct hv_error saved;
	struct remote_error e;
	size_t n = len - HV_RPC_PACKET_MIN;

	for (s = c->streams; s != NULL; s = s->next)
		if (s->serial == hdr->serial && s->p->num == hdr->proc &&
		    hdr->prog == REMOTE_PROGRAM &&
		    hdr->vers == REMOTE_PROTOCOL_VERSION)
			break;
	if (s == NULL || s->done || hdr->type != HV_RPC_STREAM)
		return;
	hv_error_save(&saved);
	switch (hdr->status) {
	case HV_RPC_CONTINUE:
		if (n == 0) {
			s->eof = true;
			break;
		}
		if (s->eof)
			break;
		if (s->len - s->off + n > HV_RPC_STREAM_QUEUE_MAX) {
			hv_error_report(HV_FROM_STREAMS, HV_ERR_INTERNAL_ERROR,
			    "stream data past %zu bytes not read",
			    HV_RPC_STREAM_QUEUE_MAX);
			stream_fail(s, &saved);
			return;
		}
		if (s->off > 0) {
			memmove(s->in, s->in + s->off, s->len - s->off);
			s->len -= s->off;
			s->off = 0;
		}
		if (s->cap < s->len + n) {
			s->cap = s->len + n;
			s->in = xrealloc(s->in, s->cap);
		}
		memcpy(s->in + s->len, pkt + HV_RPC_PACKET_MIN, n);
		s->len += n;
		break;
	case HV_RPC_OK:
		s->done = true;
		break;
	case HV_RPC_ERROR:
		if (hv_rpc_decode_payload(pkt, len, (xdrproc_t)xdr_remote_error,
		    &e, sizeof(e)) == 0) {
			hv_rpc_error_raise(&e);
			xdr_free((xdrproc_t)xdr_remote_error, (char *)&e);
		}
		stream_fail(s, &saved);
		return;
	default:
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unexpected message status %d", (int)hdr->status);
		stream_fail(s, &saved);
		return;
	}
	hv_error_restore(&saved);
}

/*
 * Whether the packet *pkt with header hdr is for the client itself
 * rather than a reply: a keepalive (a PING answered at once), an event
 * (kept or dropped; *pkt may be taken) or a stream's packet.  -1 when
 * answering the PING failed.
 */
static int
handle_message(struct hv_rpc_client *c, const struct hv_rpc_header *hdr,
    char **pkt, size_t len)
{
	if (hv_rpc_is_keepalive(hdr)) {
		if (hdr->proc != KEEPALIVE_PROC_PING)
			return 1;
		return send_keepalive(c, KEEPALIVE_PROC_PONG) < 0 ? -1 : 1;
	}
	if (hdr->type == HV_RPC_STREAM || hdr->type == HV_RPC_STREAM_HOLE) {
		to_stream(c, hdr, *pkt, len);
		return 1;
	}
	if (hdr->type == HV_RPC_MESSAGE && hdr->prog == REMOTE_PROGRAM &&
	    hdr->vers == REMOTE_PROTOCOL_VERSION) {
		keep_event(c, pkt, len);
		return 1;
	}
	return 0;
}

/*
 * The next packet that is a reply (keepalives answered, events and
 * stream packets taken on the way) into *pkt, *len, *hdr; -1 when the
 * connection ended.
 */
static int
next_reply(struct hv_rpc_client *c, char **pkt, size_t *len,
    struct hv_rpc_header *hdr)
{
	for (;;) {
		int m;

		*pkt = NULL;
		if (next_packet(c, true, pkt, len) < 0)
			return -1;
		if (hv_rpc_decode_header(*pkt, *len, hdr) < 0) {
			free(*pkt);
			*pkt = NULL;
			return fail(c);
		}
		m = handle_message(c, hdr, pkt, *len);
		if (m == 0)
			return 0;
		free(*pkt);
		*pkt = NULL;
		if (m < 0)
			return -1;
	}
}

/*
 * The reply pkt to the call serial of p into ret.  Only an error the
 * daemon sent leaves the connection usable.
 */
static int
take_reply(struct hv_rpc_client *c, const struct hv_rpc_proc *p,
    unsigned int serial, const char *pkt, size_t len, void *ret)
{
	struct hv_rpc_header hdr;
	int r;

	if (hv_rpc_decode_header(pkt, len, &hdr) < 0)
		return fail(c);
	r = hv_rpc_decode_reply(pkt, len, p, serial, ret);
	/* A reply to no call ends it; one that is the call's but wrong
	 * fails the call only. */
	if (r < 0 && !(hdr.prog == REMOTE_PROGRAM &&
	    hdr.vers == REMOTE_PROTOCOL_VERSION &&
	    hdr.type == HV_RPC_REPLY && hdr.serial == serial))
		fail(c);
	return r;
}

static void
drop_ahead(struct hv_rpc_client *c)
{
	for (size_t i = 0; i < c->nahead; i++) {
		free(c->ahead[i].args);
		free(c->ahead[i].pkt);
	}
	c->nahead = 0;
}

/*
 * The kept reply to this very call (b its encoding), taken into ret:
 * 1, or 0 when none is kept for it.
 */
static int
from_ahead(struct hv_rpc_client *c, const struct hv_rpc_proc *p,
    const struct hv_rpc_buf *b, void *ret, int *r)
{
	const char *args = b->data + HV_RPC_PACKET_MIN;
	size_t n = b->len - HV_RPC_PACKET_MIN;

	for (size_t i = 0; i < c->nahead; i++) {
		struct ahead *a = &c->ahead[i];

		if (a->pkt == NULL || a->p != p || a->args_len != n ||
		    memcmp(a->args, args, n) != 0)
			continue;
		*r = take_reply(c, p, a->serial, a->pkt, a->len, ret);
		free(a->pkt);
		a->pkt = NULL;
		return 1;
	}
	return 0;
}

void
hv_rpc_client_prefetch(struct hv_rpc_client *c,
    const struct hv_rpc_ahead *calls, size_t n)
{
	struct hv_rpc_buf one = { 0 };
	struct hv_buf b;
	struct hv_rpc_header hdr;
	struct hv_error saved;
	size_t got = 0;
	char *pkt;
	size_t len;

	drop_ahead(c);
	if (c->dead || n == 0 || n > HV_RPC_AHEAD_MAX)
		return;
	hv_buf_init(&b);
	hv_error_save(&saved);
	for (size_t i = 0; i < n; i++) {
		const struct hv_rpc_proc *p = hv_rpc_proc_find(calls[i].proc);
		struct ahead *a = &c->ahead[i];

		if (p == NULL || hv_rpc_encode_call(&one, p, c->serial,
		    calls[i].args) < 0)
			goto out;
		a->p = p;
		a->serial = c->serial++;
		a->args_len = one.len - HV_RPC_PACKET_MIN;
		a->args = xmalloc(a->args_len + 1);
		memcpy(a->args, one.data + HV_RPC_PACKET_MIN, a->args_len);
		a->pkt = NULL;
		c->nahead = i + 1;
		hv_buf_addn(&b, one.data, one.len);
	}
	if (write_all(c, hv_buf_str(&b), b.len) < 0)
		goto out;
	/* The daemon may answer in any order: each reply finds its call. */
	while (got < n && next_reply(c, &pkt, &len, &hdr) == 0) {
		size_t i;

		for (i = 0; i < c->nahead; i++) {
			if (c->ahead[i].serial == hdr.serial &&
			    c->ahead[i].pkt == NULL)
				break;
		}
		if (i == c->nahead) {
			/* Not ours: the one error that ends the connection. */
			(void)hv_rpc_decode_reply(pkt, len, c->ahead[0].p,
			    c->ahead[0].serial, NULL);
			free(pkt);
			fail(c);
			break;
		}
		c->ahead[i].pkt = pkt;
		c->ahead[i].len = len;
		got++;
	}
out:
	if (got < n && !c->dead)
		drop_ahead(c);
	hv_buf_release(&b);
	hv_rpc_buf_release(&one);
	/* A failure shows at the next call, which needs the answer. */
	if (c->dead) {
		hv_error_release(&c->cause);
		hv_error_save(&c->cause);
	}
	hv_error_restore(&saved);
}

int
hv_rpc_client_call(struct hv_rpc_client *c, int proc, const void *args,
    void *ret)
{
	const struct hv_rpc_proc *p = hv_rpc_proc_find(proc);
	struct hv_rpc_buf b = { 0 };
	struct hv_rpc_header hdr;
	unsigned int serial;
	char *pkt = NULL;
	size_t len;
	int r = -1;

	if (p == NULL) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "unknown procedure: %d", proc);
		return -1;
	}
	if (c->dead && c->cause.message) {
		hv_error_set(c->cause.code, c->cause.domain, c->cause.message);
		hv_error_release(&c->cause);
		return -1;
	}
	if (c->dead) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "client socket is closed");
		return -1;
	}
	serial = c->serial;
	if (hv_rpc_encode_call(&b, p, serial, args) < 0)
		goto out;
	if (c->nahead > 0) {
		if (from_ahead(c, p, &b, ret, &r))
			goto out;
		/* Another call: what was fetched ahead may be stale now. */
		drop_ahead(c);
	}
	c->serial++;
	if (write_all(c, b.data, b.len) < 0)
		goto out;
	if (next_reply(c, &pkt, &len, &hdr) < 0)
		goto out;
	r = take_reply(c, p, serial, pkt, len, ret);
out:
	free(pkt);
	hv_rpc_buf_release(&b);
	return r;
}

int
hv_rpc_client_close_reason(const struct hv_rpc_client *c)
{
	return c->dead ? c->reason : -1;
}

int
hv_rpc_client_keepalive(struct hv_rpc_client *c, int interval,
    unsigned int count)
{
	if (c->dead) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "client socket is closed");
		return -1;
	}
	if (interval > INT_MAX / 1000) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "keepalive interval %d too large", interval);
		return -1;
	}
	c->ka_interval = interval > 0 ? interval : 0;
	c->ka_count = c->ka_left = count;
	c->ka_start = now_ms();
	if (!c->watched) {
		c->watch_next = watch_head;
		watch_head = c;
		c->watched = true;
	}
	return 0;
}

int
hv_rpc_client_timeout(const struct hv_rpc_client *c)
{
	long long left;

	if (c->dead || c->ka_interval == 0)
		return -1;
	left = c->ka_start + c->ka_interval * 1000LL - now_ms();
	return left < 0 ? 0 : (int)left;
}

int
hv_rpc_client_tick(struct hv_rpc_client *c)
{
	if (c->dead)
		return -1;
	if (hv_rpc_client_timeout(c) != 0)
		return 0;
	if (c->ka_left == 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "connection closed due to keepalive timeout");
		return end(c, HV_RPC_CLOSE_KEEPALIVE);
	}
	c->ka_left--;
	c->ka_start = now_ms();
	return send_keepalive(c, KEEPALIVE_PROC_PING);
}

/*
 * The packet *pkt, which came while no call waits: a keepalive, an
 * event, a stream's; anything else (a reply to no call) ends the
 * connection.  0, or -1 when the connection ended.
 */
static int
idle_packet(struct hv_rpc_client *c, char **pkt, size_t len)
{
	struct hv_rpc_header hdr;
	int m;

	if (hv_rpc_decode_header(*pkt, len, &hdr) < 0)
		return fail(c);
	if ((m = handle_message(c, &hdr, pkt, len)) == 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "no call waiting for reply with prog %u vers %u "
		    "serial %u", hdr.prog, hdr.vers, hdr.serial);
		return fail(c);
	}
	return m < 0 ? -1 : 0;
}

int
hv_rpc_client_service(struct hv_rpc_client *c)
{
	char *pkt = NULL;
	size_t len;
	int r;

	if (c->dead)
		return -1;
	while ((r = next_packet(c, false, &pkt, &len)) > 0) {
		r = idle_packet(c, &pkt, len);
		free(pkt);
		pkt = NULL;
		if (r < 0)
			return -1;
	}
	return r;
}

void
hv_rpc_client_on_event(struct hv_rpc_client *c, hv_rpc_event_fn fn,
    void *opaque)
{
	c->event_fn = fn;
	c->event_opaque = opaque;
}

size_t
hv_rpc_client_dispatch(struct hv_rpc_client *c)
{
	struct hv_error saved;
	size_t n = 0;

	hv_error_save(&saved);
	while (c->events != NULL) {
		struct kept *k = c->events;
		struct hv_rpc_header hdr;
		const struct hv_rpc_proc *p;
		void *body;

		if ((c->events = k->next) == NULL)
			c->events_tail = &c->events;
		c->nevents--;
		if (hv_rpc_decode_header(k->pkt, k->len, &hdr) == 0 &&
		    (p = hv_rpc_proc_find(hdr.proc)) != NULL &&
		    (p->flags & HV_RPC_PROC_EVENT) && hdr.status == HV_RPC_OK &&
		    c->event_fn != NULL) {
			body = xcalloc(1, p->args_size);
			if (hv_rpc_decode_payload(k->pkt, k->len, p->args, body,
			    p->args_size) == 0) {
				c->event_fn(hdr.proc, body, c->event_opaque);
				hv_rpc_payload_free(p->args, body);
				n++;
			}
			free(body);
		}
		hv_error_reset();
		free(k->pkt);
		free(k);
	}
	hv_error_restore(&saved);
	return n;
}

static void
drop_events(struct hv_rpc_client *c)
{
	while (c->events != NULL) {
		struct kept *k = c->events;

		c->events = k->next;
		free(k->pkt);
		free(k);
	}
	c->events_tail = &c->events;
	c->nevents = 0;
}

struct hv_rpc_stream *
hv_rpc_client_stream_open(struct hv_rpc_client *c, int proc,
    const void *args, void *ret)
{
	const struct hv_rpc_proc *p = hv_rpc_proc_find(proc);
	struct hv_rpc_stream *s;

	if (p == NULL || !(p->flags & HV_RPC_PROC_STREAM)) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "procedure %d opens no stream", proc);
		return NULL;
	}
	/* Open before the call: its data may follow the reply at once. */
	s = xcalloc(1, sizeof(*s));
	s->c = c;
	s->p = p;
	s->serial = c->serial;
	s->next = c->streams;
	c->streams = s;
	if (hv_rpc_client_call(c, proc, args, ret) < 0) {
		hv_rpc_stream_free(s);
		return NULL;
	}
	return s;
}

/*
 * Waits for the next packet and takes it as idle_packet() does: 0, or
 * -1 with the error set when the stream has no connection any more.
 */
static int
stream_wait(struct hv_rpc_stream *s)
{
	struct hv_rpc_client *c = s->c;
	char *pkt = NULL;
	size_t len;
	int r;

	if (c == NULL || c->dead) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "client socket is closed");
		return -1;
	}
	if (next_packet(c, true, &pkt, &len) < 0)
		return -1;
	r = idle_packet(c, &pkt, len);
	free(pkt);
	return r;
}

/* The daemon's error that ended the stream, set again: -1. */
static int
stream_error(struct hv_rpc_stream *s)
{
	hv_error_set(s->err.code, s->err.domain, s->err.message);
	return -1;
}

ssize_t
hv_rpc_stream_recv(struct hv_rpc_stream *s, char *buf, size_t len)
{
	size_t n;

	while (s->off == s->len && !s->eof && !s->done)
		if (stream_wait(s) < 0)
			return -1;
	if (s->off < s->len) {
		n = s->len - s->off < len ? s->len - s->off : len;
		memcpy(buf, s->in + s->off, n);
		s->off += n;
		return (ssize_t)n;
	}
	if (s->failed)
		return stream_error(s);
	return 0;
}

/* One STREAM packet of ours with status and data. */
static int
stream_put(struct hv_rpc_stream *s, int status, const char *data,
    size_t len)
{
	struct hv_rpc_header hdr = {
		.prog = REMOTE_PROGRAM,
		.vers = REMOTE_PROTOCOL_VERSION,
		.proc = s->p->num,
		.type = HV_RPC_STREAM,
		.serial = s->serial,
		.status = status,
	};
	struct hv_rpc_buf b = { 0 };
	int r = -1;

	if (s->c == NULL || s->c->dead) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "client socket is closed");
		return -1;
	}
	if (hv_rpc_encode_raw(&b, &hdr, data, len) == 0)
		r = write_all(s->c, b.data, b.len);
	hv_rpc_buf_release(&b);
	return r;
}

int
hv_rpc_stream_send(struct hv_rpc_stream *s, const char *data, size_t len)
{
	while (len > 0) {
		size_t n = len < HV_RPC_STREAM_CHUNK ? len : HV_RPC_STREAM_CHUNK;

		/* What the daemon said meanwhile, its error first of all */
		if (s->c != NULL && hv_rpc_client_service(s->c) < 0)
			return -1;
		if (s->failed)
			return stream_error(s);
		if (stream_put(s, HV_RPC_CONTINUE, data, n) < 0)
			return -1;
		data += n;
		len -= n;
	}
	return 0;
}

/* Our last word (status), then the daemon's. */
static int
stream_end(struct hv_rpc_stream *s, int status)
{
	if (!s->done && stream_put(s, status, NULL, 0) < 0)
		return -1;
	while (!s->done)
		if (stream_wait(s) < 0)
			return -1;
	return 0;
}

int
hv_rpc_stream_finish(struct hv_rpc_stream *s)
{
	if (stream_end(s, HV_RPC_OK) < 0)
		return -1;
	return s->failed ? stream_error(s) : 0;
}

int
hv_rpc_stream_abort(struct hv_rpc_stream *s)
{
	return stream_end(s, HV_RPC_ERROR);
}

void
hv_rpc_stream_free(struct hv_rpc_stream *s)
{
	struct hv_rpc_stream **p;

	if (s == NULL)
		return;
	for (p = s->c ? &s->c->streams : NULL; p && *p; p = &(*p)->next) {
		if (*p == s) {
			*p = s->next;
			break;
		}
	}
	hv_error_release(&s->err);
	free(s->in);
	free(s);
}

void
hv_rpc_watch_on_close(void (*fn)(int reason, void *opaque), void *opaque)
{
	watch_close_fn = fn;
	watch_close_opaque = opaque;
}

size_t
hv_rpc_watch_fds(struct pollfd *fds, size_t max, int *timeout)
{
	struct hv_rpc_client *c;
	size_t n = 0;

	*timeout = -1;
	for (c = watch_head; c != NULL && n < max; c = c->watch_next) {
		int t = buffered(c) ? 0 : hv_rpc_client_timeout(c);

		fds[n].fd = c->fd;
		fds[n].events = POLLIN;
		fds[n].revents = 0;
		n++;
		if (t >= 0 && (*timeout < 0 || t < *timeout))
			*timeout = t;
	}
	return n;
}

void
hv_rpc_watch_run(const struct pollfd *fds, size_t n)
{
	struct hv_rpc_client *c, *next;
	size_t i;

	for (c = watch_head; c != NULL; c = next) {
		bool ready = buffered(c);

		/* c may leave the list (and be told dead) on the way */
		next = c->watch_next;
		for (i = 0; i < n && !ready; i++)
			ready = fds[i].fd == c->fd && fds[i].revents != 0;
		if (ready && hv_rpc_client_service(c) < 0)
			continue;
		if (hv_rpc_client_tick(c) == 0)
			(void)hv_rpc_client_dispatch(c);
	}
}

void
hv_rpc_client_free(struct hv_rpc_client *c)
{
	if (c == NULL)
		return;
	unwatch(c);
	drop_ahead(c);
	drop_events(c);
	/* Streams left open outlive their connection, which they lose. */
	for (struct hv_rpc_stream *s = c->streams; s != NULL; s = s->next)
		s->c = NULL;
	hv_error_release(&c->cause);
	if (c->io.ops->free)
		c->io.ops->free(c->io.ctx);
	if (c->fd >= 0)
		close(c->fd);
	hv_rpc_reader_release(&c->rd);
	free(c);
}

int
hv_rpc_client_close(struct hv_rpc_client *c)
{
	int r = 0;

	if (c == NULL)
		return 0;
	/* The program's own close is no death to tell. */
	unwatch(c);
	if (!c->dead && c->features.close_callback)
		(void)hv_rpc_client_call(c,
		    REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK, NULL, NULL);
	if (!c->dead)
		r = hv_rpc_client_call(c, REMOTE_PROC_CONNECT_CLOSE, NULL,
		    NULL);
	hv_rpc_client_free(c);
	return r;
}
