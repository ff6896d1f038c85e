/*
 * Opening a connection: the name is resolved (default URI, legacy
 * forms, aliases), parsed, and offered to each driver in turn.  A driver
 * answers accepted, not mine, or error (driver.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "driver.h"
#include "error.h"
#include "libhv.h"
#include "hv.h"
#include "util/xalloc.h"

/* The drivers built in, in probe order. */
static const struct hv_driver *const drivers[] = {
	&hv_test_driver,
	&hv_remote_driver,
};

/* The prompts the program registered, and the URI being opened. */
static const struct hv_auth *auth_cb;
static _Thread_local const struct hv_uri *opening;

void
hv_auth_set(const struct hv_auth *auth)
{
	auth_cb = auth;
}

int
hv_auth_ask(struct hv_cred *cred, size_t n)
{
	if (auth_cb == NULL || auth_cb->ask == NULL) {
		hv_error_report(HV_FROM_AUTH, HV_ERR_AUTH_FAILED, "%s",
		    "No authentication callback available");
		return -1;
	}
	if (auth_cb->ask(cred, n, auth_cb->opaque) < 0) {
		hv_error_report(HV_FROM_AUTH, HV_ERR_AUTH_FAILED, "%s",
		    "Failed to collect auth credentials");
		return -1;
	}
	return 0;
}

const struct hv_uri *
hv_conn_opening_uri(void)
{
	return opening;
}

unsigned long long
hv_lib_version(void)
{
	return 9000000;
}

/* The transports libvirt's remote driver knows, in its message order. */
static const char *const transports[] = {
	"tls", "unix", "ssh", "ext", "tcp", "libssh2", "libssh", NULL
};

/*
 * Nobody took uri: tell which missing piece would have.  Checks the
 * remote driver would make first run here so that a bad URI gets the
 * same message it gets from virsh.
 */
static void
report_unhandled(const struct hv_uri *uri)
{
	char *transport = hv_uri_transport(uri);
	bool known = transport == NULL;

	for (int i = 0; transport && transports[i]; i++) {
		if (strcasecmp(transport, transports[i]) == 0)
			known = true;
	}
	if (!known) {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_INVALID_ARG, "%s",
		    "remote_open: transport in URL not recognised (should be "
		    "tls|unix|ssh|ext|tcp|libssh2|libssh)");
	} else {
		hv_error_report(HV_FROM_NONE, HV_ERR_CONFIG_UNSUPPORTED,
		    "%s", "hvsh was built without the 'remote' driver");
	}
	free(transport);
}

/*
 * The URI to open for name (NULL: the default); caller frees.  NULL with
 * the error set when resolution fails, or with *probe set when there is
 * no URI at all: the drivers are then offered none, and the remote
 * driver asks the local daemon which it opened.
 */
static char *
resolve(const char *name, unsigned int flags, bool *probe)
{
	char *uri = NULL, *alias = NULL;
	const char *env;

	if (name && (strcasecmp(name, "xen") == 0 ||
	    strcasecmp(name, "xen://") == 0))
		name = "xen:///system";
	if (name) {
		uri = xstrdup(name);
	} else if ((env = getenv("LIBVIRT_DEFAULT_URI")) && *env) {
		uri = xstrdup(env);
	} else {
		if (hv_config_default_uri(&uri) < 0)
			return NULL;
		if (uri == NULL) {
			/* The local daemon is asked (hv_conn_open()). */
			*probe = true;
			return NULL;
		}
		if (*uri == '\0') {
			free(uri);
			hv_error_report(HV_FROM_NONE, HV_ERR_NO_CONNECT, "%s",
			    "URI '(null)' does not include a driver name");
			return NULL;
		}
	}
	if (flags & HV_CONNECT_NO_ALIASES)
		return uri;
	if (hv_config_resolve_alias(uri, &alias) < 0) {
		free(uri);
		return NULL;
	}
	if (alias) {
		free(uri);
		uri = alias;
	}
	return uri;
}

/* libvirt's hint for "qemu://system" and its kin. */
static int
check_system_session(const struct hv_uri *uri, const char *str)
{
	static const char *const drvs[] = { "qemu", "vbox", "vz", NULL };

	if (uri->server == NULL || (strcmp(uri->server, "system") != 0 &&
	    strcmp(uri->server, "session") != 0))
		return 0;
	for (int i = 0; drvs[i]; i++) {
		if (strcmp(uri->scheme, drvs[i]) == 0) {
			hv_error_report(HV_FROM_NONE, HV_ERR_INTERNAL_ERROR,
			    "invalid URI %s (maybe you want %s:///%s)", str,
			    uri->scheme, uri->server);
			return -1;
		}
	}
	return 0;
}

/*
 * Offer uri (taken; NULL for none) to each driver in turn.  A driver
 * opened without a URI sets conn->uri to what it reached.
 */
static struct hv_conn *
open_with(struct hv_uri *uri, unsigned int flags)
{
	struct hv_conn *conn = xcalloc(1, sizeof(*conn));
	size_t i;

	conn->uri = uri;
	conn->flags = flags;
	for (i = 0; i < sizeof(drivers) / sizeof(*drivers); i++) {
		int r;

		conn->driver = drivers[i];
		opening = uri;
		r = drivers[i]->open(conn, uri, flags & HV_CONNECT_RO);
		opening = NULL;
		if (r == HV_DRV_OPEN_SUCCESS)
			return conn;
		if (r == HV_DRV_OPEN_ERROR)
			break;
	}
	if (i == sizeof(drivers) / sizeof(*drivers) && uri)
		report_unhandled(uri);
	hv_uri_free(conn->uri);
	free(conn);
	return NULL;
}

struct hv_conn *
hv_conn_open(const char *name, unsigned int flags)
{
	struct hv_conn *conn;
	struct hv_uri *uri = NULL;
	bool probe = false;
	char *str;

	hv_error_reset();
	if (hv_check_flags(HV_FROM_NONE, flags, HV_CONNECT_RO |
	    HV_CONNECT_NO_ALIASES, "virConnectOpenAuth") < 0)
		return NULL;
	if (hv_config_check() < 0)
		return NULL;
	if (name && *name == '\0')
		name = NULL;
	if ((str = resolve(name, flags, &probe)) == NULL)
		return probe ? open_with(NULL, flags) : NULL;
	if ((uri = hv_uri_parse(str)) == NULL)
		goto error;
	/* libvirt names what the caller passed, not what an alias or the
	 * default made of it. */
	if (uri->scheme == NULL) {
		hv_error_report(HV_FROM_NONE, HV_ERR_NO_CONNECT,
		    "URI '%s' does not include a driver name",
		    name ? name : "(null)");
		goto error;
	}
	if (uri->path == NULL)
		uri->path = xstrdup("");
	if (check_system_session(uri, str) < 0)
		goto error;

	conn = open_with(uri, flags);
	free(str);
	return conn;

error:
	free(str);
	hv_uri_free(uri);
	return NULL;
}

void
hv_conn_close(struct hv_conn *conn)
{
	if (conn == NULL)
		return;
	if (conn->driver && conn->driver->close)
		conn->driver->close(conn);
	hv_uri_free(conn->uri);
	free(conn);
}

void
hv_conn_close_at_exit(struct hv_conn *conn)
{
	if (conn && conn->driver && conn->driver->close_at_exit)
		hv_conn_close(conn);
}

bool
hv_conn_is_readonly(const struct hv_conn *conn)
{
	return conn && (conn->flags & HV_CONNECT_RO);
}

char *
hv_conn_get_uri(struct hv_conn *conn)
{
	if (hv_api_enter(HV_API_CONNECT_GET_URI, conn, NULL) == NULL)
		return NULL;
	return hv_uri_format(conn->uri);
}
