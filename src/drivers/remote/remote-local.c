/*
 * remote-local.c: the unix transport (see remote.h).  The socket is
 * socket= as given, else the local daemon's, as libvirt's client finds
 * it:
 *
 *			legacy (libvirtd)	direct (virt<drv>d)
 *	system		/var/run/libvirt/libvirt-sock[-ro]
 *						/var/run/libvirt/virtqemud-sock[-ro]
 *	session		$XDG_RUNTIME_DIR/libvirt/libvirt-sock
 *						$XDG_RUNTIME_DIR/libvirt/virtqemud-sock
 *
 * mode=auto (the default) takes the direct socket when it exists, else
 * the legacy one.  A user's session daemon that is not running is
 * started (libvirtd --timeout=120) when target->autostart says so, as
 * libvirt's client does: under a lock, then the socket is tried every
 * 10 ms for 5 s.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "drivers/remote/remote.h"
#include "error.h"
#include "util/strv.h"
#include "util/xalloc.h"

#define SYSTEM_DIR "/var/run/libvirt"

/* The user's runtime directory for libvirt; caller frees. */
static char *
session_dir(void)
{
	const char *rt = getenv("XDG_RUNTIME_DIR"), *home = getenv("HOME");

	if (rt && *rt)
		return xasprintf("%s/libvirt", rt);
	return xasprintf("%s/.cache/libvirt", home ? home : "");
}

/* The daemon's socket of one mode; caller frees.  drv NULL: legacy. */
static char *
socket_path(const struct remote_target *t, const char *drv)
{
	const char *ro = t->flags & HV_CONNECT_RO && !t->user ? "-ro" : "";
	char *dir = t->user ? session_dir() : xstrdup(SYSTEM_DIR), *path;

	if (drv)
		path = xasprintf("%s/virt%sd-sock%s", dir, drv, ro);
	else
		path = xasprintf("%s/libvirt-sock%s", dir, ro);
	free(dir);
	return path;
}

char *
remote_local_socket(const struct remote_target *t, bool legacy)
{
	const char *mode = t->params->mode;
	char *drv = t->uri ? hv_uri_driver(t->uri) : NULL, *path;
	struct stat st;

	if (legacy || drv == NULL || strcasecmp(drv, "remote") == 0 ||
	    (mode && strcasecmp(mode, "legacy") == 0)) {
		free(drv);
		return socket_path(t, NULL);
	}
	path = socket_path(t, drv);
	free(drv);
	if (mode && strcasecmp(mode, "direct") == 0)
		return path;
	if (stat(path, &st) == 0)
		return path;
	free(path);
	return socket_path(t, NULL);
}

static void
sleep_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* What the session daemon's environment keeps of this one. */
static const char *const daemon_env[] = {
	"LD_PRELOAD", "LD_LIBRARY_PATH", "PATH", "HOME", "USER", "LOGNAME",
	"TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR",
};

/* Starts the session daemon, detached; its exit status is not waited. */
static void
spawn_daemon(const char *name)
{
	const char *dir = getenv("VIRTD_PATH");
	char *bin, **env = NULL;
	size_t n = 0;
	pid_t pid;

	hv_strv_add(&env, &n, "LC_ALL=C");
	for (size_t i = 0; i < sizeof(daemon_env) / sizeof(*daemon_env); i++) {
		const char *v = getenv(daemon_env[i]);

		if (v)
			hv_strv_add_take(&env, &n, xasprintf("%s=%s",
			    daemon_env[i], v));
	}

	if (dir == NULL)
		dir = getenv("LIBVIRTD_PATH");
	bin = xasprintf("%s/%s", dir ? dir : "/usr/sbin", name);
	if ((pid = fork()) == 0) {
		/* A grandchild, so that the daemon is nobody's child here. */
		if (fork() != 0)
			_exit(0);
		setsid();
		int nul = open("/dev/null", O_RDWR);
		if (nul >= 0) {
			dup2(nul, STDIN_FILENO);
			dup2(nul, STDOUT_FILENO);
			dup2(nul, STDERR_FILENO);
		}
		execle(bin, bin, "--timeout=120", (char *)NULL, env);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
	hv_strv_free(env);
	free(bin);
}

/* The session daemon's socket, the daemon started when need be. */
static int
connect_autostart(const char *path, const char *daemon)
{
	char *dir = session_dir(), *lock;
	int fd, lk;

	(void)mkdir(dir, 0700);
	lock = xasprintf("%s/%s.lock", dir, daemon);
	free(dir);
	lk = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	free(lock);
	if (lk >= 0)
		(void)flock(lk, LOCK_EX);
	fd = hv_rpc_unix_connect_quiet(path);
	if (fd == -ENOENT || fd == -ECONNREFUSED) {
		spawn_daemon(daemon);
		for (int i = 0; i < 500; i++) {
			fd = hv_rpc_unix_connect_quiet(path);
			if (fd >= 0 || (fd != -ENOENT && fd != -ECONNREFUSED))
				break;
			sleep_ms(10);
		}
	}
	if (lk >= 0)
		close(lk);
	if (fd < 0)
		return hv_rpc_unix_connect(path);
	return fd;
}

int
remote_connect_unix(const struct remote_target *t,
    struct hv_rpc_client **out)
{
	const struct hv_uri *u = t->uri;
	char *path, *drv;
	int fd;

	if (u && u->server && *u->server) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG,
		    "using unix socket and remote server '%s' is not "
		    "supported.", u->server);
		return HV_DRV_OPEN_ERROR;
	}
	if (t->params->socket && *t->params->socket) {
		*out = hv_rpc_client_connect_unix(t->params->socket);
		return *out ? HV_DRV_OPEN_SUCCESS : HV_DRV_OPEN_ERROR;
	}
	path = remote_local_socket(t, false);
	if (t->autostart) {
		const char *base = strrchr(path, '/') + 1;
		char *daemon;

		/* libvirt-sock: libvirtd; virtqemud-sock: virtqemud */
		drv = strncmp(base, "virt", 4) == 0 ? xstrdup(base) : NULL;
		if (drv)
			*strrchr(drv, '-') = '\0';
		daemon = drv ? drv : xstrdup("libvirtd");
		fd = connect_autostart(path, daemon);
		free(daemon);
	} else {
		fd = hv_rpc_unix_connect(path);
	}
	free(path);
	if (fd < 0)
		return HV_DRV_OPEN_ERROR;
	*out = hv_rpc_client_new(fd);
	return HV_DRV_OPEN_SUCCESS;
}
