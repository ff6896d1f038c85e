/*
 * sasl.c: SASL authentication and its security layer (see sasl.h).
 * The steps and their checks are libvirt's remote driver's, so that
 * each failure reads as it does with virsh.
 */
#include <dlfcn.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <sasl/sasl.h>

#include "error.h"
#include "driver.h"
#include "rpc/proc.h"
#include "rpc/sasl.h"
#include "rpc/tls.h"
#include "util/authconf.h"
#include "util/xalloc.h"

/* libvirt's buffer size for the layer and its floor for plain TCP. */
#define SASL_BUF_SIZE 65536
#define SASL_MIN_SSF 56
#define SASL_MAX_SSF 100000

/* The entry points of libsasl2 used here, found by dlsym(). */
static struct {
	int loaded;
	int (*client_init)(const sasl_callback_t *);
	int (*client_new)(const char *, const char *, const char *,
	    const char *, const sasl_callback_t *, unsigned, sasl_conn_t **);
	int (*client_start)(sasl_conn_t *, const char *, sasl_interact_t **,
	    const char **, unsigned *, const char **);
	int (*client_step)(sasl_conn_t *, const char *, unsigned,
	    sasl_interact_t **, const char **, unsigned *);
	int (*setprop)(sasl_conn_t *, int, const void *);
	int (*getprop)(sasl_conn_t *, int, const void **);
	int (*encode)(sasl_conn_t *, const char *, unsigned, const char **,
	    unsigned *);
	int (*decode)(sasl_conn_t *, const char *, unsigned, const char **,
	    unsigned *);
	const char *(*errdetail)(sasl_conn_t *);
	const char *(*errstring)(int, const char *, const char **);
	void (*dispose)(sasl_conn_t **);
} lib;

static int
sym(void *h, const char *name, void *slot)
{
	void *p = dlsym(h, name);

	if (p == NULL)
		return -1;
	memcpy(slot, &p, sizeof(p));
	return 0;
}

/* Loads and initialises libsasl2 once; -1 with the error set. */
static int
load(void)
{
	void *h;
	const char *why;
	int err;

	if (lib.loaded)
		return 0;
	h = dlopen("libsasl2.so.2", RTLD_NOW | RTLD_LOCAL);
	if (h == NULL || sym(h, "sasl_client_init", &lib.client_init) < 0 ||
	    sym(h, "sasl_client_new", &lib.client_new) < 0 ||
	    sym(h, "sasl_client_start", &lib.client_start) < 0 ||
	    sym(h, "sasl_client_step", &lib.client_step) < 0 ||
	    sym(h, "sasl_setprop", &lib.setprop) < 0 ||
	    sym(h, "sasl_getprop", &lib.getprop) < 0 ||
	    sym(h, "sasl_encode", &lib.encode) < 0 ||
	    sym(h, "sasl_decode", &lib.decode) < 0 ||
	    sym(h, "sasl_errdetail", &lib.errdetail) < 0 ||
	    sym(h, "sasl_errstring", &lib.errstring) < 0 ||
	    sym(h, "sasl_dispose", &lib.dispose) < 0) {
		why = dlerror();
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "cannot load the SASL library: %s",
		    why ? why : "libsasl2.so.2");
		return -1;
	}
	/* Never closed: libsasl2 keeps its plugins for the process. */
	err = lib.client_init(NULL);
	/* Its plugin probe leaves a failed dlsym()'s message in glibc's
	 * dlerror state: taken, then freed by the second call. */
	(void)dlerror();
	(void)dlerror();
	if (err != SASL_OK) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "failed to initialize SASL library: %d (%s)", err,
		    lib.errstring(err, NULL, NULL));
		return -1;
	}
	lib.loaded = 1;
	return 0;
}

/* ---- the security layer ---------------------------------------------- */

struct layer {
	sasl_conn_t *conn;
	struct hv_rpc_io lower;	/* the I/O the layer replaced */
	unsigned int maxout;	/* most plain bytes per sasl_encode() */
	char *plain;		/* decoded, not yet read */
	size_t off, len, cap;
	char wire[SASL_BUF_SIZE];
};

static ssize_t
layer_read(void *ctx, char *buf, size_t len)
{
	struct layer *l = ctx;
	size_t n;

	while (l->off == l->len) {
		const char *out;
		unsigned int outlen;
		ssize_t got = l->lower.ops->read(l->lower.ctx, l->wire,
		    sizeof(l->wire));
		int err;

		if (got <= 0)
			return got;
		/* Part of a chunk decodes to nothing yet: read on. */
		err = lib.decode(l->conn, l->wire, (unsigned)got, &out,
		    &outlen);
		if (err != SASL_OK) {
			hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
			    "failed to decode SASL data: %d (%s)", err,
			    lib.errstring(err, NULL, NULL));
			return -1;
		}
		if (outlen == 0)
			continue;
		l->plain = xgrow(l->plain, &l->cap, outlen, 1);
		memcpy(l->plain, out, outlen);
		l->off = 0;
		l->len = outlen;
	}
	n = l->len - l->off < len ? l->len - l->off : len;
	memcpy(buf, l->plain + l->off, n);
	l->off += n;
	return (ssize_t)n;
}

static int
layer_write(void *ctx, const char *buf, size_t len)
{
	struct layer *l = ctx;

	while (len > 0) {
		unsigned int chunk = len < l->maxout ? (unsigned)len :
		    l->maxout;
		const char *out;
		unsigned int outlen;
		int err = lib.encode(l->conn, buf, chunk, &out, &outlen);

		if (err != SASL_OK) {
			hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
			    "failed to encode SASL data: %d (%s)", err,
			    lib.errstring(err, NULL, NULL));
			return -1;
		}
		if (l->lower.ops->write(l->lower.ctx, out, outlen) < 0)
			return -1;
		buf += chunk;
		len -= chunk;
	}
	return 0;
}

static size_t
layer_pending(void *ctx)
{
	struct layer *l = ctx;
	size_t n = l->len - l->off;

	if (l->lower.ops->pending)
		n += l->lower.ops->pending(l->lower.ctx);
	return n;
}

static void
layer_free(void *ctx)
{
	struct layer *l = ctx;

	if (l->lower.ops->free)
		l->lower.ops->free(l->lower.ctx);
	lib.dispose(&l->conn);
	free(l->plain);
	free(l);
}

static const struct hv_rpc_io_ops layer_io = {
	.read = layer_read,
	.write = layer_write,
	.pending = layer_pending,
	.free = layer_free,
};

/* Puts conn's layer under c, which then owns conn; -1: error set. */
static int
install_layer(struct hv_rpc_client *c, sasl_conn_t *conn)
{
	const void *v;
	struct layer *l;
	struct hv_rpc_io io;
	int err = lib.getprop(conn, SASL_MAXOUTBUF, &v);

	if (err != SASL_OK) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "cannot get security props %d (%s)", err,
		    lib.errstring(err, NULL, NULL));
		return -1;
	}
	l = xcalloc(1, sizeof(*l));
	l->conn = conn;
	l->maxout = *(const unsigned int *)v;
	if (l->maxout == 0 || l->maxout > SASL_BUF_SIZE)
		l->maxout = SASL_BUF_SIZE;
	io.ops = &layer_io;
	io.ctx = l;
	hv_rpc_client_set_io(c, &io, &l->lower);
	return 0;
}

/* ---- the negotiation ------------------------------------------------- */

struct session {
	sasl_conn_t *conn;
	const struct hv_sasl_opts *o;
	struct hv_authconf *conf;
	int conf_read;
	/* Answers given to SASL, kept until the end: it may point at
	 * them until the negotiation is over. */
	char **answers;
	size_t nanswers, answers_cap;
};

/* The auth.conf key and the credential type for SASL's callback id. */
static const struct {
	unsigned long id;
	const char *key;
	int type;
} cb_map[] = {
	{ SASL_CB_USER, "username", HV_CRED_USERNAME },
	{ SASL_CB_AUTHNAME, "authname", HV_CRED_AUTHNAME },
	{ SASL_CB_LANGUAGE, NULL, HV_CRED_LANGUAGE },
	{ SASL_CB_CNONCE, NULL, HV_CRED_CNONCE },
	{ SASL_CB_PASS, "password", HV_CRED_PASSPHRASE },
	{ SASL_CB_ECHOPROMPT, NULL, HV_CRED_ECHOPROMPT },
	{ SASL_CB_NOECHOPROMPT, NULL, HV_CRED_NOECHOPROMPT },
	{ SASL_CB_GETREALM, "realm", HV_CRED_REALM },
};

/*
 * What the client may be asked: the credential types virsh's prompts
 * take, each answered through an interaction (no callback function).
 */
static const sasl_callback_t callbacks[] = {
	{ SASL_CB_AUTHNAME, NULL, NULL },
	{ SASL_CB_ECHOPROMPT, NULL, NULL },
	{ SASL_CB_GETREALM, NULL, NULL },
	{ SASL_CB_PASS, NULL, NULL },
	{ SASL_CB_NOECHOPROMPT, NULL, NULL },
	{ SASL_CB_LIST_END, NULL, NULL },
};

static int
cb_index(unsigned long id)
{
	for (size_t i = 0; i < sizeof(cb_map) / sizeof(cb_map[0]); i++) {
		if (cb_map[i].id == id)
			return (int)i;
	}
	return -1;
}

/* key from auth.conf into *value (NULL: none); -1 with the error set. */
static int
from_conf(struct session *s, const char *key, const char **value)
{
	char *path;

	*value = NULL;
	if (!s->conf_read) {
		s->conf_read = 1;
		path = hv_authconf_path(s->o->authfile);
		if (path)
			s->conf = hv_authconf_load(path);
		if (path && s->conf == NULL) {
			free(path);
			return -1;
		}
		free(path);
	}
	if (s->conf == NULL)
		return 0;
	return hv_authconf_lookup(s->conf, "libvirt", s->o->host, key, value);
}

/*
 * Answers SASL's questions in: auth.conf's values first, then the
 * program's prompts for the rest.  -1 with the error set.
 */
static int
answer(struct session *s, sasl_interact_t *in)
{
	struct hv_cred *cred;
	size_t *which, n = 0, count = 0, i;
	int r = -1;

	while (in[count].id != SASL_CB_LIST_END)
		count++;
	for (i = 0; i < count; i++) {
		int k = cb_index(in[i].id);
		const char *v = NULL;

		in[i].result = NULL;
		in[i].len = 0;
		if (k >= 0 && cb_map[k].key &&
		    from_conf(s, cb_map[k].key, &v) < 0)
			return -1;
		if (v) {
			in[i].result = v;
			in[i].len = (unsigned)strlen(v);
		}
	}
	cred = xcalloc(count + 1, sizeof(*cred));
	which = xcalloc(count + 1, sizeof(*which));
	for (i = 0; i < count; i++) {
		int k = cb_index(in[i].id);

		if (in[i].result)
			continue;
		if (k < 0) {
			hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED, "%s",
			    "Failed to make auth credentials");
			goto out;
		}
		cred[n].type = cb_map[k].type;
		cred[n].prompt = in[i].prompt;
		cred[n].challenge = in[i].challenge;
		cred[n].dflt = in[i].defresult;
		which[n++] = i;
	}
	if (n > 0 && hv_auth_ask(cred, n) < 0)
		goto out;
	for (i = 0; i < n; i++) {
		char *a = cred[i].result ? cred[i].result : xstrdup("");

		cred[i].result = NULL;
		s->answers = xgrow(s->answers, &s->answers_cap,
		    s->nanswers + 1, sizeof(*s->answers));
		s->answers[s->nanswers++] = a;
		in[which[i]].result = a;
		in[which[i]].len = (unsigned)strlen(a);
	}
	r = 0;
out:
	for (i = 0; i < n; i++)
		free(cred[i].result);
	free(cred);
	free(which);
	return r;
}

/*
 * answer() for the questions at *in.  The library frees the array at
 * its next call; one left behind by a failure is freed here.
 */
static int
interact(struct session *s, sasl_interact_t **in)
{
	if (answer(s, *in) == 0)
		return 0;
	free(*in);
	*in = NULL;
	return -1;
}

/* "ADDR;PORT" of fd's own or peer end, as SASL wants; NULL: none. */
static char *
addr_string(int fd, int peer)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char host[NI_MAXHOST], serv[NI_MAXSERV];
	int r = peer ? getpeername(fd, (struct sockaddr *)&ss, &len) :
	    getsockname(fd, (struct sockaddr *)&ss, &len);

	if (r < 0 || (ss.ss_family != AF_INET && ss.ss_family != AF_INET6))
		return NULL;
	if (getnameinfo((struct sockaddr *)&ss, len, host, sizeof(host), serv,
	    sizeof(serv), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
		return NULL;
	return xasprintf("%s;%s", host, serv);
}

/*
 * Over TLS, the strength of its cipher in bits as SASL's external
 * one, as libvirt tells it: a mechanism then need not add a layer of
 * its own (none is asked for over TLS anyway).  -1 with the error set.
 */
static int
external_ssf(sasl_conn_t *conn, int fd)
{
	int bytes = hv_tls_key_size(fd), err;
	sasl_ssf_t ssf;

	if (bytes <= 0)
		return bytes;
	ssf = (sasl_ssf_t)bytes * 8;
	if ((err = lib.setprop(conn, SASL_SSF_EXTERNAL, &ssf)) != SASL_OK) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "cannot set external SSF %d (%s)", err,
		    lib.errstring(err, NULL, NULL));
		return -1;
	}
	return 0;
}

/* A new client context for c with the security properties o asks. */
static int
session_new(struct session *s, struct hv_rpc_client *c)
{
	int fd = hv_rpc_client_fd(c), secure = s->o->secure, err;
	char *local = addr_string(fd, 0), *remote = addr_string(fd, 1);
	sasl_security_properties_t props;

	err = lib.client_new("libvirt", s->o->host, local, remote, callbacks,
	    0, &s->conn);
	free(local);
	free(remote);
	if (err != SASL_OK) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "Failed to create SASL client context: %d (%s)", err,
		    lib.errstring(err, NULL, NULL));
		s->conn = NULL;
		return -1;
	}
	if (external_ssf(s->conn, fd) < 0)
		return -1;
	memset(&props, 0, sizeof(props));
	props.min_ssf = secure ? 0 : SASL_MIN_SSF;
	props.max_ssf = secure ? 0 : SASL_MAX_SSF;
	props.maxbufsize = SASL_BUF_SIZE;
	/* On plain TCP no mechanism that sends the password in clear. */
	props.security_flags = secure ? 0 :
	    SASL_SEC_NOANONYMOUS | SASL_SEC_NOPLAINTEXT;
	err = lib.setprop(s->conn, SASL_SEC_PROPS, &props);
	if (err != SASL_OK) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "cannot set security props %d (%s)", err,
		    lib.errstring(err, NULL, NULL));
		return -1;
	}
	return 0;
}

static int
too_long(unsigned int len)
{
	if (len <= REMOTE_AUTH_SASL_DATA_MAX)
		return 0;
	hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
	    "SASL negotiation data too long: %u bytes", len);
	return 1;
}

/* The mechanisms to offer SASL: o->mech alone when the server lists
 * it (libvirt looks for it as a substring), else all of list. */
static const char *
pick_mechs(const struct hv_sasl_opts *o, const char *list)
{
	if (o->mech == NULL)
		return list;
	if (strstr(list, o->mech) == NULL) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "SASL mechanism %s not supported by server", o->mech);
		return NULL;
	}
	return o->mech;
}

/*
 * The exchange itself.  The client runs at least one local step after
 * START even when the server says complete (mutual authentication):
 * it is done when both sides are.
 */
static int
negotiate(struct session *s, struct hv_rpc_client *c)
{
	struct remote_auth_sasl_init_ret init = { 0 };
	struct remote_auth_sasl_start_args sa = { 0 };
	struct remote_auth_sasl_start_ret sr = { 0 };
	struct remote_auth_sasl_step_args pa = { 0 };
	struct remote_auth_sasl_step_ret pr = { 0 };
	sasl_interact_t *in = NULL;
	const char *mechs, *mech = NULL, *out = NULL, *sin;
	unsigned int outlen = 0, sinlen;
	int err, complete, r = -1;

	if (hv_rpc_client_call(c, REMOTE_PROC_AUTH_SASL_INIT, NULL,
	    &init) < 0)
		return -1;
	if ((mechs = pick_mechs(s->o, init.mechlist)) == NULL)
		goto out;
	while ((err = lib.client_start(s->conn, mechs, &in, &out, &outlen,
	    &mech)) == SASL_INTERACT) {
		if (interact(s, &in) < 0)
			goto out;
	}
	if (err != SASL_OK && err != SASL_CONTINUE) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "Failed to start SASL negotiation: %d (%s)", err,
		    lib.errdetail(s->conn));
		goto out;
	}
	if (too_long(outlen))
		goto out;
	sa.mech = (char *)mech;
	sa.nil = out == NULL;
	sa.data.data_val = (char *)out;
	sa.data.data_len = outlen;
	if (hv_rpc_client_call(c, REMOTE_PROC_AUTH_SASL_START, &sa, &sr) < 0)
		goto out;
	complete = sr.complete;
	sin = sr.nil ? NULL : sr.data.data_val;
	sinlen = sr.nil ? 0 : sr.data.data_len;
	while (!(complete && err == SASL_OK)) {
		while ((err = lib.client_step(s->conn, sin, sinlen, &in, &out,
		    &outlen)) == SASL_INTERACT) {
			if (interact(s, &in) < 0)
				goto out;
		}
		if (err != SASL_OK && err != SASL_CONTINUE) {
			hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
			    "Failed to step SASL negotiation: %d (%s)", err,
			    lib.errdetail(s->conn));
			goto out;
		}
		if (complete && err == SASL_OK)
			break;
		if (too_long(outlen))
			goto out;
		pa.nil = out == NULL;
		pa.data.data_val = (char *)out;
		pa.data.data_len = outlen;
		hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_sasl_step_ret,
		    &pr);
		if (hv_rpc_client_call(c, REMOTE_PROC_AUTH_SASL_STEP, &pa,
		    &pr) < 0)
			goto out;
		complete = pr.complete;
		sin = pr.nil ? NULL : pr.data.data_val;
		sinlen = pr.nil ? 0 : pr.data.data_len;
	}
	r = 0;
out:
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_sasl_init_ret, &init);
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_sasl_start_ret, &sr);
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_sasl_step_ret, &pr);
	return r;
}

/* The negotiated strength in bits; -1 with the error set. */
static int
get_ssf(sasl_conn_t *conn)
{
	const void *v;
	int err = lib.getprop(conn, SASL_SSF, &v);

	if (err != SASL_OK) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "cannot query SASL ssf on connection %d (%s)", err,
		    lib.errstring(err, NULL, NULL));
		return -1;
	}
	return *(const int *)v;
}

int
hv_sasl_authenticate(struct hv_rpc_client *c, const struct hv_sasl_opts *o)
{
	struct session s = { .o = o };
	int ssf, r = -1;

	if (load() < 0)
		return -1;
	if (session_new(&s, c) < 0 || negotiate(&s, c) < 0)
		goto out;
	if ((ssf = get_ssf(s.conn)) < 0)
		goto out;
	if (!o->secure && ssf < SASL_MIN_SSF) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "negotiation SSF %d was not strong enough", ssf);
		goto out;
	}
	if (ssf > 0) {
		if (install_layer(c, s.conn) < 0)
			goto out;
		s.conn = NULL;	/* the layer's now */
	}
	r = 0;
out:
	if (s.conn)
		lib.dispose(&s.conn);
	hv_authconf_free(s.conf);
	for (size_t i = 0; i < s.nanswers; i++) {
		/* Passwords do not linger in freed memory. */
		explicit_bzero(s.answers[i], strlen(s.answers[i]));
		free(s.answers[i]);
	}
	free(s.answers);
	return r;
}
