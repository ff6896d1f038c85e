/*
 * transport-cmd.c: the client on a child process (see client.h): the
 * child's standard input and output are one end of a socket pair, its
 * standard error a pipe.  When the stream fails or ends, what the child
 * wrote to standard error joins the error, as libvirt's client reports
 * it ("End of file while reading data: ssh: connect to host ...:
 * Input/output error").  Freeing the client closes the socket, then
 * ends the child: it has a moment to exit on its own, then SIGTERM,
 * then SIGKILL, and it is always reaped.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "rpc/client.h"
#include "util/xalloc.h"

/* What of the child's standard error a message carries at most. */
#define ERR_MAX 1024

struct child {
	struct hv_rpc_client *c;
	pid_t pid;
	int errfd;
	char err[ERR_MAX + 1];
	size_t errlen;
	int exited;
};

static void
sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* Whether the child has ended (and is reaped), waiting up to ms. */
static int
child_wait(struct child *k, long ms)
{
	for (;;) {
		pid_t r = waitpid(k->pid, NULL, WNOHANG);

		if (r == k->pid || (r < 0 && errno != EINTR)) {
			k->exited = 1;
			return 1;
		}
		if (ms <= 0)
			return 0;
		sleep_ms(ms < 10 ? ms : 10);
		ms -= 10;
	}
}

/*
 * The child's standard error so far, once it has ended or after a
 * short wait: the failing stream usually means it is exiting, and its
 * last words are the useful part.  Trailing white space is cut; "" when
 * it wrote nothing.
 */
static const char *
child_err(struct child *k)
{
	struct pollfd p = { k->errfd, POLLIN, 0 };

	if (!k->exited)
		(void)child_wait(k, 1000);
	while (k->errfd >= 0 && poll(&p, 1, 0) > 0 && k->errlen < ERR_MAX) {
		ssize_t n = read(k->errfd, k->err + k->errlen,
		    ERR_MAX - k->errlen);

		if (n <= 0)
			break;
		k->errlen += (size_t)n;
	}
	k->err[k->errlen] = '\0';
	while (k->errlen > 0 && strchr(" \t\r\n", k->err[k->errlen - 1]))
		k->err[--k->errlen] = '\0';
	return k->err;
}

/* The child's words are there even when empty, as in libvirt's. */
static void
report(struct child *k, const char *what, int err)
{
	hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR, "%s: %s: %s", what,
	    child_err(k), strerror(err));
}

static ssize_t
cmd_read(void *ctx, char *buf, size_t len)
{
	struct child *k = ctx;
	int fd = hv_rpc_client_fd(k->c);
	ssize_t n;

	do
		n = read(fd, buf, len);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		report(k, "Cannot recv data", errno);
	else if (n == 0)
		report(k, "End of file while reading data", EIO);
	return n == 0 ? -1 : n;
}

static int
cmd_write(void *ctx, const char *buf, size_t len)
{
	struct child *k = ctx;
	int fd = hv_rpc_client_fd(k->c);

	while (len > 0) {
		ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		/*
		 * A child gone before it read the call: libvirt's client
		 * finds it on its next read, as a reset, and says so.
		 */
		if (n < 0 && errno == EPIPE) {
			report(k, "Cannot recv data", ECONNRESET);
			return -1;
		}
		if (n < 0) {
			report(k, "Cannot write data", errno);
			return -1;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

static void
cmd_free(void *ctx)
{
	struct child *k = ctx;

	(void)shutdown(hv_rpc_client_fd(k->c), SHUT_RDWR);
	if (!k->exited && !child_wait(k, 200)) {
		kill(k->pid, SIGTERM);
		if (!child_wait(k, 1000)) {
			kill(k->pid, SIGKILL);
			while (waitpid(k->pid, NULL, 0) < 0 && errno == EINTR)
				;
		}
	}
	if (k->errfd >= 0)
		close(k->errfd);
	free(k);
}

static const struct hv_rpc_io_ops cmd_io = {
	.read = cmd_read,
	.write = cmd_write,
	.free = cmd_free,
};

/* In the child: never returns. */
static void
child_exec(int sock, int errw, int statw, char *const argv[],
    char *const envp[])
{
	sigset_t none;
	int e;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	if (dup2(sock, STDIN_FILENO) < 0 || dup2(sock, STDOUT_FILENO) < 0 ||
	    dup2(errw, STDERR_FILENO) < 0)
		_exit(127);
	if (envp)
		execvpe(argv[0], argv, envp);
	else
		execvp(argv[0], argv);
	e = errno;
	(void)!write(statw, &e, sizeof(e));
	_exit(127);
}

struct hv_rpc_client *
hv_rpc_client_connect_cmd(char *const argv[], char *const envp[])
{
	int sv[2], ep[2], st[2];
	struct child *k;
	struct hv_rpc_io io;
	pid_t pid;
	ssize_t n;
	int e = 0;

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "unable to create socket pair: %s", strerror(errno));
		return NULL;
	}
	if (pipe2(ep, O_CLOEXEC) < 0 || pipe2(st, O_CLOEXEC) < 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "unable to create pipe: %s", strerror(errno));
		close(sv[0]);
		close(sv[1]);
		return NULL;
	}
	if ((pid = fork()) < 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "cannot fork child process: %s", strerror(errno));
		close(sv[0]);
		close(sv[1]);
		close(ep[0]);
		close(ep[1]);
		close(st[0]);
		close(st[1]);
		return NULL;
	}
	if (pid == 0)
		child_exec(sv[1], ep[1], st[1], argv, envp);
	close(sv[1]);
	close(ep[1]);
	close(st[1]);
	/* The status pipe closes on a successful exec, or carries errno. */
	do
		n = read(st[0], &e, sizeof(e));
	while (n < 0 && errno == EINTR);
	close(st[0]);
	if (n == (ssize_t)sizeof(e)) {
		/* As libvirt's client words a program that did not start. */
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "Cannot recv data: libvirt:  error : cannot execute "
		    "binary %s: %s: %s", argv[0], strerror(e),
		    strerror(ECONNRESET));
		close(sv[0]);
		close(ep[0]);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		return NULL;
	}
	(void)fcntl(ep[0], F_SETFL, O_NONBLOCK);
	k = xcalloc(1, sizeof(*k));
	k->pid = pid;
	k->errfd = ep[0];
	k->c = hv_rpc_client_new(sv[0]);
	io.ops = &cmd_io;
	io.ctx = k;
	hv_rpc_client_set_io(k->c, &io, NULL);
	return k->c;
}
