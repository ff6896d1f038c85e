/*
 * remote-cmd.c: the ssh and ext transports, a child process on a socket
 * pair (see remote.h, and transport-cmd.c for the child).
 *
 * ext runs command= alone.  ssh runs OpenSSH's client (or command=)
 * with libvirt's argv, in a cleared environment:
 *
 *	ssh [-p PORT] [-l USER] [-i KEYFILE] -T -e none [-o BatchMode=yes]
 *	    [-o StrictHostKeyChecking=no] -- HOST REMOTE_CMD
 *
 * libssh and libssh2 run OpenSSH's client too, with their parameters
 * (libssh_options()).  REMOTE_CMD, one word, reaches the daemon's socket
 * on the far side
 * through virt-ssh-helper (proxy=native), netcat (proxy=netcat, the
 * default with socket=) or whichever is there (proxy=auto).  The socket
 * is socket= or the one this side would use: the system daemon's, or
 * the session daemon's for a user's session.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "drivers/remote/remote.h"
#include "error.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

int
remote_connect_ext(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	char *argv[] = { (char *)t->params->command, NULL };

	if (argv[0] == NULL) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG, "%s",
		    "remote_open: for 'ext' transport, command is required");
		return HV_DRV_OPEN_ERROR;
	}
	*out = hv_rpc_client_connect_cmd(argv, NULL);
	return *out ? HV_DRV_OPEN_SUCCESS : HV_DRV_OPEN_ERROR;
}

enum proxy { PROXY_AUTO, PROXY_NETCAT, PROXY_NATIVE };

/* What ssh's environment keeps of this one (the rest is cleared). */
static const char *const ssh_env[] = {
	"PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "LD_PRELOAD",
	"LD_LIBRARY_PATH", "XDG_RUNTIME_DIR", "KRB5CCNAME", "SSH_AUTH_SOCK",
	"SSH_ASKPASS", "GPG_TTY", "TERM", "OPENSSL_CONF", "DISPLAY",
	"XAUTHORITY",
};

/* s quoted for the shell twice: ssh's remote shell, then sh -c. */
static char *
quote_twice(const char *s)
{
	struct hv_buf once, twice;

	hv_buf_init(&once);
	hv_buf_init(&twice);
	hv_buf_add_shell_quoted(&once, s);
	hv_buf_add_shell_quoted(&twice, hv_buf_str(&once));
	hv_buf_release(&once);
	return hv_buf_detach(&twice);
}

/* The command the far side runs; NULL with the error set. */
static char *
remote_command(enum proxy proxy, const char *netcat, const char *sock,
    const char *name, int ro)
{
	char *nc = quote_twice(netcat ? netcat : "nc");
	char *uri = quote_twice(name);
	char *nccmd, *helper, *cmd = NULL;

	if (proxy == PROXY_AUTO && netcat)
		proxy = PROXY_NETCAT;
	nccmd = xasprintf("if '%s' -q 2>&1 | grep \"requires an argument\" "
	    ">/dev/null 2>&1; then ARG=-q0;else ARG=;fi;'%s' $ARG -U %s", nc,
	    nc, sock);
	helper = xasprintf("virt-ssh-helper%s'%s'", ro ? " -r " : " ", uri);
	switch (proxy) {
	case PROXY_AUTO:
		cmd = xasprintf("sh -c 'which virt-ssh-helper 1>/dev/null "
		    "2>&1; if test $? = 0; then     %s; else    %s; fi'", helper,
		    nccmd);
		break;
	case PROXY_NETCAT:
		cmd = xasprintf("sh -c '%s'", nccmd);
		break;
	case PROXY_NATIVE:
		if (netcat)
			hv_error_report(HV_FROM_RPC, HV_ERR_INVALID_ARG,
			    "netcat path not valid with native proxy mode");
		else
			cmd = xasprintf("sh -c '%s'", helper);
		break;
	}
	free(nc);
	free(uri);
	free(nccmd);
	free(helper);
	return cmd;
}

static char **
ssh_environment(void)
{
	char **env = NULL;
	size_t n = 0;

	hv_strv_add(&env, &n, "LC_ALL=C");
	for (size_t i = 0; i < sizeof(ssh_env) / sizeof(*ssh_env); i++) {
		const char *v = getenv(ssh_env[i]);

		if (v)
			hv_strv_add_take(&env, &n, xasprintf("%s=%s",
			    ssh_env[i], v));
	}
	return env;
}

static void
add_option(char ***argv, size_t *n, const char *opt)
{
	hv_strv_add(argv, n, "-o");
	hv_strv_add(argv, n, opt);
}

/*
 * libssh and libssh2 are libvirt's own ssh clients; here OpenSSH's
 * client takes their parameters: root by default, the known hosts of
 * libvirt (known_hosts=, else ~/.config/libvirt/known_hosts), how an
 * unknown host key is met (known_hosts_verify= normal: ask, auto:
 * accept, ignore: no check) and the authentication methods (sshauth=).
 */
static void
libssh_options(const struct remote_target *t, char ***argv, size_t *n)
{
	const struct remote_params *p = t->params;
	const char *v = p->known_hosts_verify, *cfg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char *kh, *opt;

	if (p->known_hosts)
		kh = xstrdup(p->known_hosts);
	else if (cfg && *cfg)
		kh = xasprintf("%s/libvirt/known_hosts", cfg);
	else
		kh = xasprintf("%s/.config/libvirt/known_hosts",
		    home ? home : "");
	opt = xasprintf("UserKnownHostsFile=%s", kh);
	add_option(argv, n, opt);
	free(opt);
	free(kh);
	add_option(argv, n, v && strcasecmp(v, "auto") == 0 ?
	    "StrictHostKeyChecking=accept-new" : v && strcasecmp(v, "ignore") ==
	    0 ? "StrictHostKeyChecking=no" : "StrictHostKeyChecking=ask");
	if (p->sshauth) {
		struct hv_buf b;
		char *list = xstrdup(p->sshauth), *save = NULL;
		bool pubkey = false;
		const char *sep = "";

		hv_buf_init(&b);
		hv_buf_add(&b, "PreferredAuthentications=");
		for (char *m = strtok_r(list, ",", &save); m;
		    m = strtok_r(NULL, ",", &save)) {
			const char *name = m;

			if (strcmp(m, "agent") == 0 || strcmp(m, "privkey") == 0) {
				if (pubkey)
					continue;
				pubkey = true;
				name = "publickey";
			}
			hv_buf_add(&b, sep);
			hv_buf_add(&b, name);
			sep = ",";
		}
		add_option(argv, n, hv_buf_str(&b));
		hv_buf_release(&b);
		free(list);
	}
}

static char **
ssh_argv(const struct remote_target *t, const char *cmd)
{
	const struct hv_uri *u = t->uri;
	const struct remote_params *p = t->params;
	bool libssh = t->transport == REMOTE_LIBSSH ||
	    t->transport == REMOTE_LIBSSH2;
	char **argv = NULL;
	size_t n = 0;

	hv_strv_add(&argv, &n, p->command && !libssh ? p->command : "ssh");
	if (u->port > 0) {
		hv_strv_add(&argv, &n, "-p");
		hv_strv_add_take(&argv, &n, xasprintf("%d", u->port));
	}
	if (u->user || libssh) {
		hv_strv_add(&argv, &n, "-l");
		hv_strv_add(&argv, &n, u->user ? u->user : "root");
	}
	if (p->keyfile) {
		hv_strv_add(&argv, &n, "-i");
		hv_strv_add(&argv, &n, p->keyfile);
	}
	if (libssh)
		libssh_options(t, &argv, &n);
	hv_strv_add(&argv, &n, "-T");
	hv_strv_add(&argv, &n, "-e");
	hv_strv_add(&argv, &n, "none");
	if (p->no_tty && !libssh)
		add_option(&argv, &n, "BatchMode=yes");
	if (p->no_verify && !libssh)
		add_option(&argv, &n, "StrictHostKeyChecking=no");
	hv_strv_add(&argv, &n, "--");
	hv_strv_add(&argv, &n, u->server && *u->server ? u->server :
	    "localhost");
	hv_strv_add(&argv, &n, cmd);
	return argv;
}

int
remote_connect_ssh(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	const struct remote_params *p = t->params;
	enum proxy proxy;
	char *sock, *cmd, **argv, **env;

	if (p->socket == NULL && p->mode && strcasecmp(p->mode, "direct") == 0) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_OPERATION_UNSUPPORTED,
		    "Cannot use direct socket mode for %s transport",
		    t->transport == REMOTE_SSH ? "ssh" : t->transport ==
		    REMOTE_LIBSSH ? "libssh" : "libssh2");
		return HV_DRV_OPEN_ERROR;
	}
	if (p->proxy)
		proxy = strcasecmp(p->proxy, "netcat") == 0 ? PROXY_NETCAT :
		    strcasecmp(p->proxy, "native") == 0 ? PROXY_NATIVE :
		    PROXY_AUTO;
	else
		proxy = p->socket ? PROXY_NETCAT : t->user ? PROXY_NATIVE :
		    PROXY_AUTO;
	sock = p->socket ? xstrdup(p->socket) : remote_local_socket(t, true);
	cmd = remote_command(proxy, p->netcat, sock, t->name,
	    t->flags & HV_CONNECT_RO);
	free(sock);
	if (cmd == NULL)
		return HV_DRV_OPEN_ERROR;
	argv = ssh_argv(t, cmd);
	env = ssh_environment();
	free(cmd);
	*out = hv_rpc_client_connect_cmd(argv, env);
	hv_strv_free(argv);
	hv_strv_free(env);
	return *out ? HV_DRV_OPEN_SUCCESS : HV_DRV_OPEN_ERROR;
}
