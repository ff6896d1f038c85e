/*
 * Dispatch: the connection life cycle, running parsed commands with the
 * blank line or timing after each, the error channel and the log.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lexer.h"
#include "rpc/client.h"
#include "shell.h"
#include "util/clock.h"
#include "util/buf.h"
#include "util/num.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* ---- signals that end the shell ------------------------------------- */

volatile sig_atomic_t shell_signal;

void
shell_on_signal(int sig)
{
	shell_signal = sig;
}

void
shell_catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = shell_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a read waiting for a line must give up. */
	sa.sa_flags = 0;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

void
shell_signal_exit(void)
{
	int sig = shell_signal;
	sigset_t set;

	if (sig == 0)
		return;
	fflush(stdout);
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);
}

/* ---- standard output -------------------------------------------------- */

/* The cause of the first failed flush: stdio keeps only the error flag. */
static int stdout_errno;

void
shell_flush_stdout(void)
{
	if (fflush(stdout) != 0 && stdout_errno == 0)
		stdout_errno = errno;
}

int
shell_stdout_errno(void)
{
	return stdout_errno;
}

/* ---- logging and errors ---------------------------------------------- */

static const char *const level_names[] = {
	"DEBUG", "INFO", "INFO", "WARNING", "ERROR",
};

static void
log_write(struct shell *sh, int level, const char *msg)
{
	struct hv_buf b = HV_BUF_INIT;
	char stamp[64];
	struct tm tm;
	time_t now;
	size_t len;

	if (sh->log_fd < 0)
		return;
	now = time(NULL);
	localtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y.%m.%d %H:%M:%S", &tm);
	len = strlen(msg);
	while (len > 0 && msg[len - 1] == '\n')
		len--;
	hv_buf_addf(&b, "[%s %s %ld] %s ", stamp, sh->progname,
	    (long)getpid(), level_names[level]);
	hv_buf_addn(&b, msg, len);
	hv_buf_addc(&b, '\n');
	/* A log that cannot be written must not stop the shell. */
	if (write(sh->log_fd, b.s, b.len) < 0)
		(void)0;
	hv_buf_release(&b);
}

void
shell_log(struct shell *sh, int level, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (level < sh->debug)
		return;
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	fputs(msg, stdout);
	fputc('\n', stdout);
	log_write(sh, level, msg);
	free(msg);
}

static void
error_print(struct shell *sh, const char *msg, const struct hv_error *e)
{
	if (sh->silent == 0 && !out_is_text()) {
		if (!sh->stdout_closed)
			shell_flush_stdout();
		out_error(sh, msg, e);
	} else if (sh->silent == 0) {
		if (!sh->stdout_closed)
			shell_flush_stdout();
		fprintf(stderr, "error: %s\n", msg);
		fflush(stderr);
	}
	log_write(sh, LOG_ERROR, msg);
}

void
shell_error(struct shell *sh, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	error_print(sh, msg, NULL);
	free(msg);
}

void
shell_error_lines(struct shell *sh, char *const *lines)
{
	for (; lines != NULL && *lines != NULL; lines++)
		error_print(sh, *lines, NULL);
}

void
shell_report_error(struct shell *sh)
{
	const struct hv_error *e = hv_error_last();

	if (e == NULL || e->code == HV_ERR_OK)
		return;
	error_print(sh, e->message ? e->message : "unknown error", e);
	hv_error_reset();
}

void
shell_info(struct shell *sh, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (!out_is_text()) {
		/* what a changing command says: the record's message */
		va_start(ap, fmt);
		msg = xvasprintf(fmt, ap);
		va_end(ap);
		out_field(sh, 0, NULL, "message", OV_STR(msg), NULL);
		free(msg);
		return;
	}
	if (sh->quiet)
		return;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

bool
shell_quiet(const struct shell *sh)
{
	return sh->quiet;
}

struct hv_conn *
shell_conn(struct shell *sh)
{
	return sh->conn;
}

bool
opt_exclusive(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned int j)
{
	return opt_check_exclusive(sh, opt_given(a, i), opt_given(a, j),
	    a->cmd->opts[i].name, a->cmd->opts[j].name);
}

bool
opt_check_exclusive(struct shell *sh, bool x, bool y, const char *xn,
    const char *yn)
{
	if (!x || !y)
		return true;
	shell_error(sh, "Options --%s and --%s are mutually exclusive", xn,
	    yn);
	return false;
}

/* ---- checked option values ------------------------------------------ */

bool
opt_string(struct shell *sh, const struct cmd_args *a, unsigned int i,
    const char **v)
{
	const char *s = opt_str(a, i);

	*v = NULL;
	if (s == NULL)
		return true;
	if (s[0] == '\0' && !(a->cmd->opts[i].flags & OPT_EMPTY_OK)) {
		shell_error(sh, "Failed to get option '%s': Option argument "
		    "is empty", a->cmd->opts[i].name);
		return false;
	}
	*v = s;
	return true;
}

static int
bad_number(struct shell *sh, const struct cmd_args *a, unsigned int i)
{
	shell_error(sh, "Numeric value '%s' for <%s> option is malformed or "
	    "out of range", opt_str(a, i), a->cmd->opts[i].name);
	return -1;
}

int
opt_int(struct shell *sh, const struct cmd_args *a, unsigned int i, int *v)
{
	const char *s = opt_str(a, i);

	if (s == NULL)
		return 0;
	return hv_num_int(s, 10, v) ? 1 : bad_number(sh, a, i);
}

int
opt_uint(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned int *v)
{
	const char *s = opt_str(a, i);

	if (s == NULL)
		return 0;
	return hv_num_uint(s, v) ? 1 : bad_number(sh, a, i);
}

int
opt_scaled(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned long long max, unsigned long long *v)
{
	const char *s = opt_str(a, i);
	unsigned long long unit = a->cmd->opts[i].unit;
	char *end;

	if (s == NULL)
		return 0;
	if (hv_num_ull(s, &end, v) &&
	    hv_num_scale(v, end, unit ? unit : 1, max) == 0)
		return 1;
	/* the dispatcher prints the reason, when there is one, after */
	shell_error(sh, "Scaled numeric value '%s' for <%s> option is "
	    "malformed or out of range", s, a->cmd->opts[i].name);
	return -1;
}

/* ---- the connection -------------------------------------------------- */

void
shell_disconnect(struct shell *sh)
{
	if (sh->conn == NULL)
		return;
	hv_conn_close(sh->conn);
	sh->conn = NULL;
}

/*
 * Keepalive as asked (-k, -K) or by default; a peer that cannot do it
 * (an answer of 1) counts as a failure, as in virsh.  Only a failure of
 * what the user asked for fails the connection.
 */
static bool
setup_keepalive(struct shell *sh)
{
	/*
	 * Without PINGs the connection is still watched, so that its end
	 * is told at the prompt as virsh tells it; a driver without
	 * keepalive has nothing to watch.
	 */
	if (sh->keepalive_off) {
		if (hv_conn_set_keepalive(sh->conn, 0,
		    sh->keepalive_count) != 0)
			hv_error_reset();
		return true;
	}
	if (hv_conn_set_keepalive(sh->conn, sh->keepalive_interval,
	    sh->keepalive_count) == 0)
		return true;
	if (!sh->keepalive_given) {
		hv_error_reset();
		shell_log(sh, LOG_INFO, "Failed to setup keepalive on "
		    "connection");
		return true;
	}
	return false;
}

/*
 * virsh's close callback: the connection ended by itself (idle at the
 * prompt or in a call), so the next command reconnects.  The error of
 * the call it ended in stays for that call to report.
 */
static void
on_close(int reason, void *opaque)
{
	struct shell *sh = opaque;
	struct hv_error saved = { 0 };
	char *uri;

	hv_error_save(&saved);
	uri = sh->conn != NULL ? hv_conn_get_uri(sh->conn) : NULL;
	hv_error_reset();
	if (uri == NULL)
		uri = xstrdup("<null>");
	switch (reason) {
	case HV_RPC_CLOSE_ERROR:
		shell_error(sh, "Disconnected from %s due to I/O error", uri);
		break;
	case HV_RPC_CLOSE_EOF:
		shell_error(sh, "Disconnected from %s due to end of file",
		    uri);
		break;
	case HV_RPC_CLOSE_KEEPALIVE:
		shell_error(sh, "Disconnected from %s due to keepalive "
		    "timeout", uri);
		break;
	default:
		shell_error(sh, "unknown reason");
		break;
	}
	free(uri);
	sh->disconnected = true;
	hv_error_restore(&saved);
}

/* The second of the two lines of a failed (re)connect. */
static void
connect_failed(struct shell *sh)
{
	shell_error(sh, sh->disconnected ? "Failed to reconnect to the "
	    "hypervisor" : "failed to connect to the hypervisor");
}

/* libvirt's VIR_FROM_POLKIT: the daemon's polkit check said no. */
#define FROM_POLKIT 60
/* Refusals by polkit (a password mistyped at its agent) tried. */
#define POLKIT_TRIES 5

/*
 * hv_conn_open() as virsh opens a connection: polkit's text agent
 * first, when it can run, so that the daemon's polkit check can ask on
 * this terminal (it fails quietly); when the daemon finds no agent and
 * none is running, one is started when it can run and the open tried
 * again (else the daemon's error stands, or the agent's when it does
 * not start); a refusal by polkit is
 * tried again, POLKIT_TRIES times in all.  Read-only opens are tried
 * once.  The agent is stopped once the connection is open or failed.
 */
static struct hv_conn *
open_conn(struct shell *sh)
{
	const struct hv_error *e;
	struct hv_conn *c;
	pid_t agent = -1;
	bool again = false;
	int refused = 0;

	if (shell_agent_available() && (agent = shell_agent_start()) < 0)
		hv_error_reset();
	for (;;) {
		c = hv_conn_open(sh->uri, sh->readonly ? HV_CONNECT_RO : 0);
		if (c != NULL || sh->readonly)
			break;
		e = hv_error_last();
		if (e == NULL || e->domain != FROM_POLKIT)
			break;
		if (e->code == HV_ERR_AUTH_UNAVAILABLE && agent < 0 &&
		    !again) {
			again = true;
			if (!shell_agent_available() ||
			    (agent = shell_agent_start()) < 0)
				break;
		} else if (e->code != HV_ERR_AUTH_FAILED ||
		    ++refused == POLKIT_TRIES) {
			break;
		}
		hv_error_reset();
	}
	shell_agent_stop(agent);
	return c;
}

bool
shell_connect(struct shell *sh)
{
	struct hv_error saved = { 0 };

	shell_disconnect(sh);
	hv_error_reset();
	sh->conn = open_conn(sh);
	if (sh->conn == NULL) {
		connect_failed(sh);
		shell_report_error(sh);
		return false;
	}
	hv_rpc_watch_on_close(on_close, sh);
	if (!setup_keepalive(sh)) {
		hv_error_save(&saved);
		shell_error(sh, "Cannot setup keepalive on connection as "
		    "requested, disconnecting");
		shell_disconnect(sh);
		connect_failed(sh);
		hv_error_restore(&saved);
		shell_report_error(sh);
		return false;
	}
	sh->disconnected = false;
	return true;
}

/*
 * Before a command that needs the connection, as virsh does: none yet,
 * or one that ended, means a new one; replacing one that ended says so.
 */
static bool
shell_reconnect(struct shell *sh)
{
	bool had = sh->conn != NULL;

	if (!shell_connect(sh))
		return false;
	if (had)
		shell_error(sh, "Reconnected to the hypervisor");
	return true;
}

/*
 * virsh's guess after a failed command that the connection is gone:
 * the next command connects anew.
 */
static bool
lost_connection(const struct hv_error *e)
{
	if (e == NULL)
		return false;
	return (e->code == HV_ERR_SYSTEM_ERROR && e->domain == HV_FROM_REMOTE) ||
	    e->code == HV_ERR_RPC || e->code == HV_ERR_NO_CONNECT ||
	    e->code == HV_ERR_INVALID_CONN;
}

/* Room for the shell's connection and one more on the way out. */
#define WATCH_MAX 4

int
shell_wait_input(struct shell *sh, int fd, const sigset_t *mask,
    short *revents)
{
	struct pollfd p[1 + WATCH_MAX];
	struct timespec ts, *tp;
	size_t n;
	int timeout;

	for (;;) {
		p[0].fd = fd;
		p[0].events = POLLIN;
		p[0].revents = 0;
		n = hv_rpc_watch_fds(p + 1, WATCH_MAX, &timeout);
		tp = NULL;
		if (timeout >= 0) {
			ts.tv_sec = timeout / 1000;
			ts.tv_nsec = (long)(timeout % 1000) * 1000000;
			tp = &ts;
		}
		if (ppoll(p, 1 + n, tp, mask) < 0)
			return -1;
		hv_rpc_watch_run(p + 1, n);
		if (p[0].revents != 0) {
			*revents = p[0].revents;
			return 0;
		}
	}
}

/* ---- object lookup ------------------------------------------------- */

static bool
parse_id(const char *s, int *id)
{
	return hv_num_int(s, 10, id) && *id >= 0;
}

struct hv_domain *
shell_domain(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned int by, const char **name)
{
	const char *n;
	const char *oname = a->cmd->opts[i].name;
	struct hv_domain *dom = NULL;
	int id;

	if (name != NULL)
		*name = NULL;
	if (!opt_string(sh, a, i, &n) || n == NULL)
		return NULL;
	if (name != NULL)
		*name = n;
	shell_log(sh, LOG_INFO, "%s: found option <%s>: %s", a->cmd->name,
	    oname, n);
	if ((by & BY_ID) && parse_id(n, &id)) {
		shell_log(sh, LOG_DEBUG, "%s: <%s> looks like ID",
		    a->cmd->name, oname);
		dom = hv_domain_lookup_by_id(sh->conn, id);
	}
	if (dom == NULL && (by & BY_UUID) && strlen(n) == 36) {
		shell_log(sh, LOG_DEBUG, "%s: <%s> trying as domain UUID",
		    a->cmd->name, oname);
		dom = hv_domain_lookup_by_uuid_string(sh->conn, n);
	}
	if (dom == NULL && (by & BY_NAME)) {
		shell_log(sh, LOG_DEBUG, "%s: <%s> trying as domain NAME",
		    a->cmd->name, oname);
		dom = hv_domain_lookup_by_name(sh->conn, n);
	}
	if (dom == NULL) {
		/*
		 * virsh says only this; the machine formats keep the
		 * lookup's error as the cause (its code and domain).
		 */
		if (out_is_text())
			hv_error_reset();
		shell_error(sh, "failed to get domain '%s'", n);
		shell_report_error(sh);
	}
	return dom;
}

/* ---- running commands ---------------------------------------------- */

static void
log_args(struct shell *sh, const struct cmd_args *a)
{
	const struct cmd_opt *o;
	size_t i, j;

	if (LOG_INFO < sh->debug)
		return;
	for (i = 0; i < a->nopts; i++) {
		o = &a->cmd->opts[i];
		if (!a->v[i].given)
			continue;
		if (o->type == OPT_BOOL)
			shell_log(sh, LOG_INFO, "%s: %s(bool): (none)",
			    a->cmd->name, o->name);
		else if (o->type == OPT_ARGV)
			for (j = 0; j < a->v[i].argc; j++)
				shell_log(sh, LOG_INFO, "%s: %s(optdata): %s",
				    a->cmd->name, o->name, a->v[i].argv[j]);
		else
			shell_log(sh, LOG_INFO, "%s: %s(optdata): %s",
			    a->cmd->name, o->name, a->v[i].str);
	}
}

static double
now_ms(void)
{
	return hv_clock_ns() / 1e6;
}

/* "CMD --help" runs "help CMD" instead. */
static bool
run_help_for(struct shell *sh, const struct cmd_entry *cmd)
{
	out_raw(sh);
	help_command(cmd);
	return true;
}

static bool
run_one(struct shell *sh, struct cmd_args *a)
{
	const struct cmd_entry *cmd = a->cmd;
	double before = 0;
	bool ok;

	if (sh->timing)
		before = now_ms();
	hv_error_reset();
	out_begin(sh);
	if (a->help) {
		ok = run_help_for(sh, cmd);
	} else if (!(cmd->flags & CMD_NOCONNECT) &&
	    (sh->conn == NULL || sh->disconnected) && !shell_reconnect(sh)) {
		ok = false;
	} else {
		ok = cmd->handler(sh, a);
	}
	if (!ok && lost_connection(hv_error_last()))
		sh->disconnected = true;
	if (!ok)
		shell_report_error(sh);
	out_end(sh, ok);
	if (sh->stop || !out_is_text())
		return ok;
	/*
	 * No flush here: stdout is flushed before anything goes to stderr
	 * and before the shell may wait for input, which is all the order
	 * a reader of both streams can see.
	 */
	if (sh->timing)
		printf("\n(Time: %.3f ms)\n\n", now_ms() - before);
	else if (!sh->quiet)
		putchar('\n');
	return ok;
}

struct cmd_list {
	struct cmd_args **cmds;
	size_t n;
};

void
cmd_list_free(struct cmd_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		cmd_args_free(l->cmds[i]);
	free(l->cmds);
	free(l);
}

/* Parse every command first: one error anywhere and nothing runs. */
static struct cmd_list *
parse_all(struct shell *sh, const struct lex_cmd *cmds, size_t n)
{
	struct cmd_list *l = xcalloc(1, sizeof(*l));
	char **errs = NULL;
	size_t i;

	l->cmds = xcalloc(n + 1, sizeof(*l->cmds));
	for (i = 0; i < n; i++) {
		l->cmds[i] = parse_command(cmds[i].words, cmds[i].n, &errs);
		shell_error_lines(sh, errs);
		out_errors_flush(sh);
		hv_strv_free(errs);
		errs = NULL;
		if (l->cmds[i] == NULL) {
			cmd_list_free(l);
			return NULL;
		}
		l->n++;
		log_args(sh, l->cmds[i]);
	}
	return l;
}

struct cmd_list *
shell_parse_string(struct shell *sh, const char *s)
{
	struct cmd_list *l;
	struct lex_result r;
	const char *err = NULL;

	if (lex_split(s, 0, &r, &err) < 0) {
		shell_error(sh, "%s", err);
		out_errors_flush(sh);
		lex_result_release(&r);
		return NULL;
	}
	l = parse_all(sh, r.cmds, r.n);
	lex_result_release(&r);
	return l;
}

struct cmd_list *
shell_parse_argv(struct shell *sh, char *const *words, size_t n)
{
	struct lex_cmd one;

	if (n == 0 || words[0][0] == '#')
		return parse_all(sh, NULL, 0);
	one.words = (char **)words;
	one.n = n;
	return parse_all(sh, &one, 1);
}

bool
shell_run_list(struct shell *sh, const struct cmd_list *l)
{
	bool ok = true;
	size_t i;

	for (i = 0; i < l->n && !sh->stop; i++)
		ok = run_one(sh, l->cmds[i]);
	return ok;
}

bool
shell_run_string(struct shell *sh, const char *s)
{
	struct cmd_list *l = shell_parse_string(sh, s);
	bool ok;

	if (l == NULL)
		return false;
	ok = shell_run_list(sh, l);
	cmd_list_free(l);
	return ok;
}
