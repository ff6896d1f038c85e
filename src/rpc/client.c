/*
 * client.c: calls to a libvirt daemon over a stream socket (see
 * client.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "error.h"
#include "rpc/client.h"
#include "rpc/proc.h"
#include "util/xalloc.h"

struct hv_rpc_client {
	int fd;
	struct hv_rpc_io io;
	unsigned int serial;	/* of the next call */
	int dead;
	struct hv_rpc_reader rd;
	char in[65536];		/* bytes read, not yet fed to rd */
	size_t in_off, in_len;
};

struct hv_rpc_client *
hv_rpc_client_new(int fd)
{
	struct hv_rpc_client *c = xcalloc(1, sizeof(*c));

	c->fd = fd;
	c->io.ops = &hv_rpc_fd_io;
	c->io.ctx = c;
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

int
hv_rpc_client_is_dead(const struct hv_rpc_client *c)
{
	return c->dead;
}

/* Ends the connection; the error is set by the caller. */
static int
fail(struct hv_rpc_client *c)
{
	c->dead = 1;
	return -1;
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

/* The next whole packet, the caller to free() it; NULL when the
 * connection ended (error set). */
static char *
read_packet(struct hv_rpc_client *c, size_t *len)
{
	for (;;) {
		ssize_t n;

		while (c->in_off < c->in_len) {
			long used = hv_rpc_reader_feed(&c->rd,
			    c->in + c->in_off, c->in_len - c->in_off);

			if (used < 0) {
				fail(c);
				return NULL;
			}
			c->in_off += (size_t)used;
			if (c->rd.done)
				return hv_rpc_reader_take(&c->rd, len);
		}
		c->in_off = c->in_len = 0;
		n = c->io.ops->read(c->io.ctx, c->in, sizeof(c->in));
		if (n < 0) {
			fail(c);
			return NULL;
		}
		if (n == 0) {
			hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
			    "End of file while reading data: %s",
			    strerror(EIO));
			fail(c);
			return NULL;
		}
		c->in_len = (size_t)n;
	}
}

/*
 * Whether the packet with header hdr is for the client itself rather
 * than a reply: a keepalive (a PING answered at once) or an event,
 * dropped.  -1 when answering the PING failed.
 */
static int
handle_message(struct hv_rpc_client *c, const struct hv_rpc_header *hdr)
{
	struct hv_rpc_buf b = { 0 };
	int r;

	if (hv_rpc_is_keepalive(hdr)) {
		if (hdr->proc != KEEPALIVE_PROC_PING)
			return 1;
		if (hv_rpc_encode_keepalive(&b, KEEPALIVE_PROC_PONG) < 0)
			return fail(c);
		r = write_all(c, b.data, b.len);
		hv_rpc_buf_release(&b);
		return r < 0 ? -1 : 1;
	}
	if (hdr->type == HV_RPC_MESSAGE && hdr->prog == REMOTE_PROGRAM &&
	    hdr->vers == REMOTE_PROTOCOL_VERSION)
		return 1;
	return 0;
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
	if (c->dead) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "client socket is closed");
		return -1;
	}
	serial = c->serial++;
	if (hv_rpc_encode_call(&b, p, serial, args) < 0)
		goto out;
	if (write_all(c, b.data, b.len) < 0)
		goto out;
	for (;;) {
		int m;

		free(pkt);
		pkt = read_packet(c, &len);
		if (pkt == NULL)
			goto out;
		if (hv_rpc_decode_header(pkt, len, &hdr) < 0) {
			fail(c);
			goto out;
		}
		m = handle_message(c, &hdr);
		if (m < 0)
			goto out;
		if (m == 0)
			break;
	}
	r = hv_rpc_decode_reply(pkt, len, p, serial, ret);
	/* Only an error the daemon sent leaves the connection usable. */
	if (r < 0 && !(hdr.status == HV_RPC_ERROR &&
	    hdr.prog == REMOTE_PROGRAM && hdr.vers == REMOTE_PROTOCOL_VERSION &&
	    hdr.type == HV_RPC_REPLY && hdr.serial == serial &&
	    hdr.proc == p->num))
		fail(c);
out:
	free(pkt);
	hv_rpc_buf_release(&b);
	return r;
}

void
hv_rpc_client_free(struct hv_rpc_client *c)
{
	if (c == NULL)
		return;
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
	if (!c->dead)
		r = hv_rpc_client_call(c, REMOTE_PROC_CONNECT_CLOSE, NULL,
		    NULL);
	hv_rpc_client_free(c);
	return r;
}
