/*
 * auth.c: the open sequence of a connection (see client.h): the
 * authentication types the daemon offers (AUTH_LIST), the one taken
 * (the first offered, or the one the URI's auth= names), then
 * CONNECT_OPEN.  SASL is sasl.c's; polkit is one call, the daemon
 * deciding (a root client is let through).
 *
 * What the URI says (auth=, authfile=, the host) comes from the open
 * in progress (hv_conn_opening_uri(), driver.h); a client opened outside
 * hv_conn_open() takes the daemon's first type, "localhost" and no
 * auth file.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "error.h"
#include "driver.h"
#include "rpc/client.h"
#include "rpc/proc.h"
#include "rpc/sasl.h"
#include "uri.h"
#include "util/xalloc.h"

/*
 * Whether the transport protects the bytes itself, so that SASL need
 * not: a unix socket (ssh and ext run on a socket pair) or TLS, which
 * a URI without "+transport" but with a host means.  Plain TCP does
 * not.
 */
static int
is_secure(struct hv_rpc_client *c, const struct hv_uri *uri)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char *t;
	int tls;

	if (getsockname(hv_rpc_client_fd(c), (struct sockaddr *)&ss,
	    &len) < 0 || ss.ss_family == AF_UNIX)
		return 1;
	if (uri == NULL)
		return 0;
	t = hv_uri_transport(uri);
	tls = t ? strcasecmp(t, "tls") == 0 : uri->server && *uri->server;
	free(t);
	return tls;
}

/*
 * The URI's authfile=: unlike every other parameter the remote driver
 * takes, libvirt looks for this one by its exact, lowercase name.
 */
static const char *
authfile(const struct hv_uri *uri)
{
	const char *v = NULL;

	for (size_t i = 0; uri && i < uri->nparams; i++) {
		if (v == NULL && strcmp(uri->params[i].name, "authfile") == 0)
			v = uri->params[i].value;
	}
	return v;
}

static int
auth_sasl(struct hv_rpc_client *c, const char *authtype)
{
	const struct hv_uri *uri = hv_conn_opening_uri();
	struct hv_sasl_opts o = { 0 };

	o.host = uri && uri->server && *uri->server ? uri->server :
	    "localhost";
	if (authtype && strncasecmp(authtype, "sasl.", 5) == 0)
		o.mech = authtype + 5;
	o.authfile = authfile(uri);
	o.secure = is_secure(c, uri);
	return hv_sasl_authenticate(c, &o);
}

static int
auth_polkit(struct hv_rpc_client *c)
{
	struct remote_auth_polkit_ret ret = { 0 };

	/* The daemon's error (denied, cancelled, no agent) is the one. */
	return hv_rpc_client_call(c, REMOTE_PROC_AUTH_POLKIT, NULL, &ret);
}

/*
 * The type to use of the list the daemon sent: the first, or the one
 * authtype names when the list has it.  -1 with the error set.
 */
static int
choose(const struct remote_auth_list_ret *list, const char *authtype)
{
	int want;

	if (authtype == NULL)
		return list->types.types_val[0];
	if (strcasecmp(authtype, "sasl") == 0 ||
	    strncasecmp(authtype, "sasl.", 5) == 0) {
		want = REMOTE_AUTH_SASL;
	} else if (strcasecmp(authtype, "polkit") == 0) {
		want = REMOTE_AUTH_POLKIT;
	} else {
		hv_error_report(HV_FROM_REMOTE, HV_ERR_AUTH_FAILED,
		    "unknown authentication type %s", authtype);
		return -1;
	}
	for (unsigned int i = 0; i < list->types.types_len; i++) {
		if ((int)list->types.types_val[i] == want)
			return want;
	}
	hv_error_report(HV_FROM_REMOTE, HV_ERR_AUTH_FAILED,
	    "requested authentication type %s rejected", authtype);
	return -1;
}

static int
authenticate(struct hv_rpc_client *c)
{
	const struct hv_uri *uri = hv_conn_opening_uri();
	const char *authtype = uri ? hv_uri_param(uri, "auth") : NULL;
	struct remote_auth_list_ret list = { 0 };
	int type, r = -1;

	if (hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &list) < 0) {
		/* A daemon older than the call: no authentication. */
		if (!hv_rpc_client_is_dead(c) &&
		    hv_error_last()->code == HV_ERR_NO_SUPPORT) {
			hv_error_reset();
			return 0;
		}
		return -1;
	}
	/* An empty list is libvirt's old daemons' way of saying none. */
	if (list.types.types_len == 0) {
		r = 0;
		goto out;
	}
	if ((type = choose(&list, authtype)) < 0)
		goto out;
	switch (type) {
	case REMOTE_AUTH_NONE:
		r = 0;
		break;
	case REMOTE_AUTH_SASL:
		r = auth_sasl(c, authtype);
		break;
	case REMOTE_AUTH_POLKIT:
		r = auth_polkit(c);
		break;
	default:
		hv_error_report(HV_FROM_REMOTE, HV_ERR_AUTH_FAILED,
		    "unsupported authentication type %d", type);
		break;
	}
out:
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_list_ret, &list);
	return r;
}

/* libvirt's VIR_DRV_FEATURE_* asked at the open. */
#define FEATURE_KEEPALIVE	10
#define FEATURE_EVENT_CALLBACK	14
#define FEATURE_CLOSE_CALLBACK	15

/* The daemon's answer to SUPPORTS_FEATURE(feature), fetched ahead or
 * not: 1 or 0, or -1 with the error set. */
static int
supports(struct hv_rpc_client *c, const remote_connect_supports_feature_args
    *args)
{
	remote_connect_supports_feature_ret ret;

	if (hv_rpc_client_call(c, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, args,
	    &ret) < 0)
		return -1;
	return ret.value != 0;
}

int
hv_rpc_client_open(struct hv_rpc_client *c, const char *name,
    unsigned int flags, char **probed)
{
	remote_connect_supports_feature_args ka = { FEATURE_KEEPALIVE };
	remote_connect_supports_feature_args ev = { FEATURE_EVENT_CALLBACK };
	remote_connect_supports_feature_args cl = { FEATURE_CLOSE_CALLBACK };
	struct hv_rpc_features f = { 0 };
	struct remote_connect_open_args open;
	char *uri = (char *)name;
	int r;

	if (authenticate(c) < 0)
		return -1;
	open.name = &uri;
	open.flags = flags;
	/* Neither waits for the other: one round trip for both. */
	hv_rpc_client_prefetch(c, (const struct hv_rpc_ahead[]){
	    { REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, &ka },
	    { REMOTE_PROC_CONNECT_OPEN, &open } }, 2);
	if ((r = supports(c, &ka)) < 0)
		return -1;
	f.keepalive = r;
	if (hv_rpc_client_call(c, REMOTE_PROC_CONNECT_OPEN, &open, NULL) < 0)
		return -1;
	if (probed) {
		remote_one_string ret;

		if (hv_rpc_client_call(c, REMOTE_PROC_CONNECT_GET_URI, NULL,
		    &ret) < 0)
			return -1;
		*probed = xstrdup(ret.str);
		hv_rpc_payload_free((xdrproc_t)xdr_remote_one_string, &ret);
	}
	hv_rpc_client_prefetch(c, (const struct hv_rpc_ahead[]){
	    { REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, &ev },
	    { REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, &cl } }, 2);
	if ((r = supports(c, &ev)) < 0)
		goto fail;
	f.event_callback = r;
	if ((r = supports(c, &cl)) < 0)
		goto fail;
	f.close_callback = r;
	if (f.close_callback && hv_rpc_client_call(c,
	    REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK, NULL, NULL) < 0)
		goto fail;
	hv_rpc_client_set_features(c, &f);
	return 0;
fail:
	if (probed) {
		free(*probed);
		*probed = NULL;
	}
	return -1;
}
