/*
 * tls.c: libvirt's TLS client (see tls.h) over GnuTLS, which is
 * looked up with dlopen() when the first tls URI is opened.
 *
 * The checks are libvirt 9.0's, in its order and with its words:
 * before connecting, our own certificate and the CA certificates
 * (times, basic constraints, key usage, purpose, and ours against the
 * CAs); after the handshake, the server's chain as GnuTLS verifies it,
 * its times, the host name and its first certificate's constraints,
 * usage and purpose.  A usage or purpose that is wrong but not marked
 * critical, and a server check that fails, are warnings, printed on
 * standard error as libvirt's logger prints them.
 */
#include <dlfcn.h>
#include <errno.h>
#include <netdb.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "error.h"
#include "rpc/tls.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/xalloc.h"

#define GNUTLS_SONAME "libgnutls.so.30"
#define GNUTLS_PACKAGE "libgnutls30"

/* What libvirt reads of a certificate file at most. */
#define CERT_FILE_MAX (1 << 16)
/* The CA certificates of one file that libvirt's sanity check takes. */
#define MAX_CA_CERTS 16

/* The GnuTLS functions used, each looked up by name. */
#define GNUTLS_FUNCS(X) \
	X(gnutls_global_init) \
	X(gnutls_strerror) \
	X(gnutls_certificate_allocate_credentials) \
	X(gnutls_certificate_free_credentials) \
	X(gnutls_certificate_set_x509_trust_file) \
	X(gnutls_certificate_set_x509_crl_file) \
	X(gnutls_certificate_set_x509_key_file) \
	X(gnutls_certificate_verify_peers2) \
	X(gnutls_certificate_type_get) \
	X(gnutls_certificate_get_peers) \
	X(gnutls_x509_crt_init) \
	X(gnutls_x509_crt_deinit) \
	X(gnutls_x509_crt_import) \
	X(gnutls_x509_crt_list_import) \
	X(gnutls_x509_crt_list_verify) \
	X(gnutls_x509_crt_get_expiration_time) \
	X(gnutls_x509_crt_get_activation_time) \
	X(gnutls_x509_crt_get_basic_constraints) \
	X(gnutls_x509_crt_get_key_usage) \
	X(gnutls_x509_crt_get_key_purpose_oid) \
	X(gnutls_x509_crt_check_hostname) \
	X(gnutls_init) \
	X(gnutls_deinit) \
	X(gnutls_priority_set_direct) \
	X(gnutls_credentials_set) \
	X(gnutls_transport_set_ptr) \
	X(gnutls_transport_set_push_function) \
	X(gnutls_transport_set_pull_function) \
	X(gnutls_handshake) \
	X(gnutls_record_send) \
	X(gnutls_record_recv) \
	X(gnutls_record_check_pending) \
	X(gnutls_cipher_get) \
	X(gnutls_cipher_get_key_size)

static struct {
#define GT_SLOT(f) __typeof__(f) *f;
	GNUTLS_FUNCS(GT_SLOT)
#undef GT_SLOT
} gt;

static const struct {
	const char *name;
	void **slot;
} gt_syms[] = {
#define GT_SYM(f) { #f, (void **)&gt.f },
	GNUTLS_FUNCS(GT_SYM)
#undef GT_SYM
};

static int gt_loaded;

static int
load_gnutls(void)
{
	void *h;
	size_t i;

	if (gt_loaded)
		return 0;
	h = dlopen(GNUTLS_SONAME, RTLD_NOW | RTLD_LOCAL);
	for (i = 0; h && i < sizeof(gt_syms) / sizeof(gt_syms[0]); i++) {
		if ((*gt_syms[i].slot = dlsym(h, gt_syms[i].name)) == NULL)
			break;
	}
	if (h == NULL || i < sizeof(gt_syms) / sizeof(gt_syms[0])) {
		hv_error_report(HV_FROM_RPC, HV_ERR_GNUTLS_ERROR,
		    "the tls transport needs GnuTLS (package %s): %s",
		    GNUTLS_PACKAGE, dlerror());
		if (h)
			dlclose(h);
		return -1;
	}
	/* Kept for the life of the process, as a linked library is. */
	gt.gnutls_global_init();
	gt_loaded = 1;
	return 0;
}

/*
 * libvirt's warning lines.  Its logger writes to standard error by
 * default, prefixing the first line of the process with its version and
 * host name, and naming the function and line each warning comes from;
 * virsh shows them, so these are libvirt 9.0.0's (the version conn.c
 * answers with) as Debian 12 builds it.
 */
#define LIBVIRT_VERSION "9.0.0"
#define LIBVIRT_PACKAGE "9.0.0-4+deb12u2 (Debian)"

enum warn_site {
	W_CA_SIGN,
	W_DIGITAL_SIGNATURE,
	W_KEY_ENCIPHERMENT,
	W_PURPOSE_SERVER,
	W_PURPOSE_CLIENT,
	W_CHECK_FAILED,
};

static const char *const warn_origin[] = {
	[W_CA_SIGN] = "virNetTLSContextCheckCertKeyUsage:234",
	[W_DIGITAL_SIGNATURE] = "virNetTLSContextCheckCertKeyUsage:246",
	[W_KEY_ENCIPHERMENT] = "virNetTLSContextCheckCertKeyUsage:257",
	[W_PURPOSE_SERVER] = "virNetTLSContextCheckCertKeyPurpose:331",
	[W_PURPOSE_CLIENT] = "virNetTLSContextCheckCertKeyPurpose:343",
	[W_CHECK_FAILED] = "virNetTLSContextCheckCertificate:1086",
};

/*
 * The host name as libvirt's log header gives it: gethostname()'s, or
 * its canonical name when it is neither "localhost..." nor dotted.
 */
static char *
log_hostname(void)
{
	char name[256];
	struct addrinfo hints, *ai;
	char *r;

	if (gethostname(name, sizeof(name)) < 0)
		return xstrdup("");
	name[sizeof(name) - 1] = '\0';
	if (strncmp(name, "localhost", 9) == 0 || strchr(name, '.'))
		return xstrdup(name);
	memset(&hints, 0, sizeof(hints));
	hints.ai_flags = AI_CANONNAME | AI_CANONIDN;
	hints.ai_family = AF_UNSPEC;
	if (getaddrinfo(name, NULL, &hints, &ai) != 0)
		return xstrdup(name);
	if (ai->ai_canonname == NULL ||
	    strncmp(ai->ai_canonname, "localhost", 9) == 0)
		r = xstrdup(name);
	else
		r = xstrdup(ai->ai_canonname);
	freeaddrinfo(ai);
	return r;
}

static void
warn(enum warn_site w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
warn(enum warn_site w, const char *fmt, ...)
{
	static int header_done;
	struct hv_buf b = HV_BUF_INIT;
	struct timespec ts;
	struct tm tm;
	char stamp[64];
	long tid = (long)syscall(SYS_gettid);
	va_list ap;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	snprintf(stamp, sizeof(stamp),
	    "%04d-%02d-%02d %02d:%02d:%02d.%03d+0000", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
	    (int)(ts.tv_nsec / 1000000));
	if (!header_done) {
		char *host = log_hostname();

		header_done = 1;
		hv_buf_addf(&b, "%s: %ld: info : libvirt version: %s, "
		    "package: %s\n", stamp, tid, LIBVIRT_VERSION,
		    LIBVIRT_PACKAGE);
		hv_buf_addf(&b, "%s: %ld: info : hostname: %s\n", stamp, tid,
		    host);
		free(host);
	}
	hv_buf_addf(&b, "%s: %ld: warning : %s : ", stamp, tid,
	    warn_origin[w]);
	va_start(ap, fmt);
	hv_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	hv_buf_addc(&b, '\n');
	fputs(hv_buf_str(&b), stderr);
	fflush(stderr);
	hv_buf_release(&b);
}

/* The certificate checks (libvirt's virNetTLSContextCheckCert*). */

static void
cert_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
cert_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_error_vreport(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR, fmt, ap);
	va_end(ap);
}

/* Why a verification status fails, the last matching bit winning. */
static const char *
status_reason(unsigned int status)
{
	const char *reason = "Invalid certificate";

	if (status & GNUTLS_CERT_INVALID)
		reason = "The certificate is not trusted.";
	if (status & GNUTLS_CERT_SIGNER_NOT_FOUND)
		reason = "The certificate hasn't got a known issuer.";
	if (status & GNUTLS_CERT_REVOKED)
		reason = "The certificate has been revoked.";
	if (status & GNUTLS_CERT_INSECURE_ALGORITHM)
		reason = "The certificate uses an insecure algorithm";
	return reason;
}

/* server: the certificate is a server's; ca: a CA's. */
static int
check_times(gnutls_x509_crt_t cert, const char *file, int server, int ca)
{
	time_t now = time(NULL);

	if (gt.gnutls_x509_crt_get_expiration_time(cert) < now) {
		cert_error(ca ? "The CA certificate %s has expired" :
		    server ? "The server certificate %s has expired" :
		    "The client certificate %s has expired", file);
		return -1;
	}
	if (gt.gnutls_x509_crt_get_activation_time(cert) > now) {
		cert_error(ca ? "The CA certificate %s is not yet active" :
		    server ? "The server certificate %s is not yet active" :
		    "The client certificate %s is not yet active", file);
		return -1;
	}
	return 0;
}

static int
check_constraints(gnutls_x509_crt_t cert, const char *file, int server,
    int ca)
{
	int st = gt.gnutls_x509_crt_get_basic_constraints(cert, NULL, NULL,
	    NULL);

	if (st > 0 && !ca) {
		cert_error(server ? "The certificate %s basic constraints show "
		    "a CA, but we need one for a server" : "The certificate %s "
		    "basic constraints show a CA, but we need one for a client",
		    file);
		return -1;
	}
	if (st == 0 && ca) {
		cert_error("The certificate %s basic constraints do not show "
		    "a CA", file);
		return -1;
	}
	if (st == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
		if (!ca)
			return 0;
		cert_error("The certificate %s is missing basic constraints "
		    "for a CA", file);
		return -1;
	}
	if (st < 0) {
		cert_error("Unable to query certificate %s basic constraints "
		    "%s", file, gt.gnutls_strerror(st));
		return -1;
	}
	return 0;
}

/* A key usage a certificate must have: an error when its usage is
 * marked critical, else a warning. */
static int
need_usage(unsigned int usage, unsigned int critical, unsigned int bit,
    const char *file, const char *what, enum warn_site w)
{
	if (usage & bit)
		return 0;
	if (critical) {
		cert_error("Certificate %s usage does not permit %s", file,
		    what);
		return -1;
	}
	warn(w, "Certificate %s usage does not permit %s", file, what);
	return 0;
}

static int
check_usage(gnutls_x509_crt_t cert, const char *file, int ca)
{
	unsigned int usage = 0, critical = 0;
	int st = gt.gnutls_x509_crt_get_key_usage(cert, &usage, &critical);

	if (st == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
		usage = ca ? GNUTLS_KEY_KEY_CERT_SIGN :
		    GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_KEY_ENCIPHERMENT;
	} else if (st < 0) {
		cert_error("Unable to query certificate %s key usage %s", file,
		    gt.gnutls_strerror(st));
		return -1;
	}
	if (ca)
		return need_usage(usage, critical, GNUTLS_KEY_KEY_CERT_SIGN,
		    file, "certificate signing", W_CA_SIGN);
	if (need_usage(usage, critical, GNUTLS_KEY_DIGITAL_SIGNATURE, file,
	    "digital signature", W_DIGITAL_SIGNATURE) < 0)
		return -1;
	return need_usage(usage, critical, GNUTLS_KEY_KEY_ENCIPHERMENT, file,
	    "key encipherment", W_KEY_ENCIPHERMENT);
}

/*
 * The extended key usage: none at all allows both ends; a purpose that
 * is neither TLS end nor "any" allows both too, as libvirt has it.
 */
static int
check_purpose(gnutls_x509_crt_t cert, const char *file, int server)
{
	int allow_server = 0, allow_client = 0, critical = 0;
	const char *end = server ? "server" : "client";

	for (unsigned int i = 0;; i++) {
		char oid[1024];
		size_t size = sizeof(oid);
		unsigned int crit = 0;
		int st = gt.gnutls_x509_crt_get_key_purpose_oid(cert, i, oid,
		    &size, &crit);

		if (st == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
			if (i == 0)
				allow_server = allow_client = 1;
			break;
		}
		if (st < 0) {
			cert_error("Unable to query certificate %s key purpose "
			    "%s", file, gt.gnutls_strerror(st));
			return -1;
		}
		if (crit)
			critical = 1;
		if (strcmp(oid, GNUTLS_KP_TLS_WWW_SERVER) == 0)
			allow_server = 1;
		else if (strcmp(oid, GNUTLS_KP_TLS_WWW_CLIENT) == 0)
			allow_client = 1;
		else if (strcmp(oid, GNUTLS_KP_ANY) != 0)
			allow_server = allow_client = 1;
	}
	if (server ? allow_server : allow_client)
		return 0;
	if (critical) {
		cert_error("Certificate %s purpose does not allow use for with "
		    "a TLS %s", file, end);
		return -1;
	}
	warn(server ? W_PURPOSE_SERVER : W_PURPOSE_CLIENT, "Certificate %s "
	    "purpose does not allow use for with a TLS %s", file, end);
	return 0;
}

static int
check_cert(gnutls_x509_crt_t cert, const char *file, int server, int ca)
{
	if (check_times(cert, file, server, ca) < 0 ||
	    check_constraints(cert, file, server, ca) < 0 ||
	    check_usage(cert, file, ca) < 0)
		return -1;
	return ca ? 0 : check_purpose(cert, file, server);
}

/* Our certificate against the CA certificates. */
static int
check_pair(gnutls_x509_crt_t cert, const char *file,
    gnutls_x509_crt_t *cas, unsigned int ncas, const char *cafile)
{
	unsigned int status;

	if (gt.gnutls_x509_crt_list_verify(&cert, 1, cas, ncas, NULL, 0, 0,
	    &status) < 0) {
		cert_error("Unable to verify client certificate %s against CA "
		    "certificate %s", file, cafile);
		return -1;
	}
	if (status != 0) {
		cert_error("Our own certificate %s failed validation against "
		    "%s: %s", file, cafile, status_reason(status));
		return -1;
	}
	return 0;
}

/* The file's text as GnuTLS takes it; NULL with the error set. */
static char *
read_pem(const char *file, gnutls_datum_t *data)
{
	char *text = hv_file_read(file, CERT_FILE_MAX, NULL);

	if (text) {
		data->data = (unsigned char *)text;
		data->size = (unsigned int)strlen(text);
	}
	return text;
}

static gnutls_x509_crt_t
load_cert(const char *file)
{
	gnutls_x509_crt_t cert = NULL;
	gnutls_datum_t data;
	char *text = NULL;

	if (gt.gnutls_x509_crt_init(&cert) < 0) {
		cert_error("Unable to initialize certificate");
		return NULL;
	}
	if ((text = read_pem(file, &data)) == NULL)
		goto fail;
	if (gt.gnutls_x509_crt_import(cert, &data, GNUTLS_X509_FMT_PEM) < 0) {
		cert_error("Unable to import client certificate %s", file);
		goto fail;
	}
	free(text);
	return cert;
fail:
	free(text);
	gt.gnutls_x509_crt_deinit(cert);
	return NULL;
}

static int
load_ca_list(const char *file, gnutls_x509_crt_t *cas, unsigned int *n)
{
	gnutls_datum_t data;
	char *text = read_pem(file, &data);
	int r;

	*n = 0;
	if (text == NULL)
		return -1;
	*n = MAX_CA_CERTS;
	r = gt.gnutls_x509_crt_list_import(cas, n, &data, GNUTLS_X509_FMT_PEM,
	    0);
	free(text);
	if (r < 0) {
		*n = 0;
		cert_error("Unable to import CA certificate list %s", file);
		return -1;
	}
	return 0;
}

/* Our own files, those that can be read, before any connection. */
static int
sanity_check(const char *cacert, const char *certfile)
{
	gnutls_x509_crt_t cert = NULL, cas[MAX_CA_CERTS];
	unsigned int ncas = 0, i;
	int r = -1;

	if (access(certfile, R_OK) == 0 &&
	    (cert = load_cert(certfile)) == NULL)
		goto out;
	if (access(cacert, R_OK) == 0 && load_ca_list(cacert, cas, &ncas) < 0)
		goto out;
	if (cert && check_cert(cert, certfile, 0, 0) < 0)
		goto out;
	for (i = 0; i < ncas; i++) {
		if (check_cert(cas[i], cacert, 0, 1) < 0)
			goto out;
	}
	if (cert && ncas && check_pair(cert, certfile, cas, ncas, cacert) < 0)
		goto out;
	r = 0;
out:
	if (cert)
		gt.gnutls_x509_crt_deinit(cert);
	for (i = 0; i < ncas; i++)
		gt.gnutls_x509_crt_deinit(cas[i]);
	return r;
}

/* Where the credentials are (tls.h). */
struct pki_files {
	char *cacert, *cacrl, *cert, *key;
};

static char *
home_dir(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if (home)
		return xstrdup(home);
	pw = getpwuid(geteuid());
	return xstrdup(pw && pw->pw_dir ? pw->pw_dir : "/");
}

static char *
existing(char *path)
{
	if (access(path, F_OK) == 0)
		return path;
	free(path);
	return NULL;
}

static void
locate(const char *pkipath, struct pki_files *f)
{
	memset(f, 0, sizeof(*f));
	if (pkipath) {
		f->cacert = xasprintf("%s/cacert.pem", pkipath);
		f->cacrl = xasprintf("%s/cacrl.pem", pkipath);
		f->cert = xasprintf("%s/clientcert.pem", pkipath);
		f->key = xasprintf("%s/clientkey.pem", pkipath);
	} else if (geteuid() != 0) {
		char *home = home_dir();

		f->cacert = existing(xasprintf("%s/.pki/libvirt/cacert.pem",
		    home));
		f->cacrl = existing(xasprintf("%s/.pki/libvirt/cacrl.pem",
		    home));
		f->cert = existing(xasprintf("%s/.pki/libvirt/clientcert.pem",
		    home));
		f->key = existing(xasprintf("%s/.pki/libvirt/clientkey.pem",
		    home));
		if (f->cert == NULL || f->key == NULL) {
			free(f->cert);
			free(f->key);
			f->cert = f->key = NULL;
		}
		free(home);
	}
	if (f->cacert == NULL)
		f->cacert = xstrdup("/etc/pki/CA/cacert.pem");
	if (f->cacrl == NULL)
		f->cacrl = xstrdup("/etc/pki/CA/cacrl.pem");
	if (f->cert == NULL) {
		f->cert = xstrdup("/etc/pki/libvirt/clientcert.pem");
		f->key = xstrdup("/etc/pki/libvirt/private/clientkey.pem");
	}
}

static void
pki_files_release(struct pki_files *f)
{
	free(f->cacert);
	free(f->cacrl);
	free(f->cert);
	free(f->key);
}

struct hv_tls_creds {
	gnutls_certificate_credentials_t x509;
	char *priority;
	int verify;
};

/* The CA certificate must be there; the CRL, certificate and key may
 * be missing (the client then offers no certificate). */
static int
load_files(struct hv_tls_creds *cr, const struct pki_files *f)
{
	int err;

	if (*f->cacert) {
		if (access(f->cacert, F_OK) < 0) {
			hv_error_system(errno,
			    "Cannot read CA certificate '%s'", f->cacert);
			return -1;
		}
		err = gt.gnutls_certificate_set_x509_trust_file(cr->x509,
		    f->cacert, GNUTLS_X509_FMT_PEM);
		if (err < 0) {
			cert_error("Unable to set x509 CA certificate: %s: %s",
			    f->cacert, gt.gnutls_strerror(err));
			return -1;
		}
	}
	if (*f->cacrl && access(f->cacrl, F_OK) == 0) {
		err = gt.gnutls_certificate_set_x509_crl_file(cr->x509,
		    f->cacrl, GNUTLS_X509_FMT_PEM);
		if (err < 0) {
			cert_error("Unable to set x509 certificate revocation "
			    "list: %s: %s", f->cacrl, gt.gnutls_strerror(err));
			return -1;
		}
	}
	if (*f->cert && *f->key && access(f->cert, F_OK) == 0 &&
	    access(f->key, F_OK) == 0) {
		err = gt.gnutls_certificate_set_x509_key_file(cr->x509, f->cert,
		    f->key, GNUTLS_X509_FMT_PEM);
		if (err < 0) {
			cert_error("Unable to set x509 key and certificate: "
			    "%s, %s: %s", f->key, f->cert,
			    gt.gnutls_strerror(err));
			return -1;
		}
	}
	return 0;
}

struct hv_tls_creds *
hv_tls_creds_new(const struct hv_tls_options *o)
{
	struct hv_tls_creds *cr;
	struct pki_files f;
	int err;

	if (load_gnutls() < 0)
		return NULL;
	cr = xcalloc(1, sizeof(*cr));
	cr->priority = xstrdup(o->priority ? o->priority : "NORMAL");
	cr->verify = o->verify;
	if ((err = gt.gnutls_certificate_allocate_credentials(&cr->x509)) < 0) {
		cr->x509 = NULL;
		cert_error("Unable to allocate x509 credentials: %s",
		    gt.gnutls_strerror(err));
		hv_tls_creds_free(cr);
		return NULL;
	}
	locate(o->pkipath, &f);
	if ((o->sanity && sanity_check(f.cacert, f.cert) < 0) ||
	    load_files(cr, &f) < 0) {
		hv_tls_creds_free(cr);
		cr = NULL;
	}
	pki_files_release(&f);
	return cr;
}

void
hv_tls_creds_free(struct hv_tls_creds *cr)
{
	if (cr == NULL)
		return;
	if (cr->x509)
		gt.gnutls_certificate_free_credentials(cr->x509);
	free(cr->priority);
	free(cr);
}

/* The session: GnuTLS over the client's socket. */
struct tls_session {
	gnutls_session_t s;
	struct hv_tls_creds *cr;
	int fd;
	struct tls_session *next;	/* on the list of open sessions */
};

/*
 * The sessions in use, for hv_tls_key_size(): SASL asks by socket, as
 * the client hides its I/O layers.  A session is on it from the end of
 * its handshake until it is freed.
 */
static struct tls_session *open_sessions;

static void
forget(struct tls_session *t)
{
	struct tls_session **p;

	for (p = &open_sessions; *p; p = &(*p)->next) {
		if (*p == t) {
			*p = t->next;
			return;
		}
	}
}

static ssize_t
push(gnutls_transport_ptr_t p, const void *buf, size_t len)
{
	struct tls_session *t = p;
	ssize_t n;

	/* No SIGPIPE when the daemon has gone. */
	do
		n = send(t->fd, buf, len, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n;
}

static ssize_t
pull(gnutls_transport_ptr_t p, void *buf, size_t len)
{
	struct tls_session *t = p;
	ssize_t n;

	do
		n = recv(t->fd, buf, len, 0);
	while (n < 0 && errno == EINTR);
	return n;
}

static int
retry(ssize_t r)
{
	return r == GNUTLS_E_AGAIN || r == GNUTLS_E_INTERRUPTED;
}

static ssize_t
tls_read(void *ctx, char *buf, size_t len)
{
	struct tls_session *t = ctx;
	ssize_t n;

	do
		n = gt.gnutls_record_recv(t->s, buf, len);
	while (retry(n));
	if (n < 0) {
		/* libvirt turns every other GnuTLS failure into EIO. */
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "Cannot recv data: %s", strerror(EIO));
		return -1;
	}
	return n;
}

/*
 * How much of buf one record may carry: the RPC packet it starts with.
 * libvirtd decrypts a whole record but parses one packet of it, and it
 * polls the socket, not gnutls, for more: a second packet in the same
 * record would wait there until other bytes arrive (its keepalive, five
 * seconds later).  A length that is not a packet's sends all of buf.
 */
static size_t
record_len(const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf;
	size_t n;

	if (len < 4)
		return len;
	n = (size_t)p[0] << 24 | (size_t)p[1] << 16 | (size_t)p[2] << 8 | p[3];
	return n >= 4 && n < len ? n : len;
}

static int
tls_write(void *ctx, const char *buf, size_t len)
{
	struct tls_session *t = ctx;
	size_t packet = 0;

	while (len > 0) {
		ssize_t n;

		if (packet == 0)
			packet = record_len(buf, len);
		n = gt.gnutls_record_send(t->s, buf, packet);

		if (retry(n))
			continue;
		if (n < 0) {
			hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
			    "Cannot write data: %s",
			    strerror(n == GNUTLS_E_UNEXPECTED_PACKET_LENGTH ?
			    ENOMSG : EIO));
			return -1;
		}
		buf += n;
		len -= (size_t)n;
		packet -= (size_t)n;
	}
	return 0;
}

static size_t
tls_pending(void *ctx)
{
	struct tls_session *t = ctx;

	return gt.gnutls_record_check_pending(t->s);
}

static void
tls_free(void *ctx)
{
	struct tls_session *t = ctx;

	if (t == NULL)
		return;
	forget(t);
	if (t->s)
		gt.gnutls_deinit(t->s);
	hv_tls_creds_free(t->cr);
	free(t);
}

static const struct hv_rpc_io_ops tls_io = {
	.read = tls_read,
	.write = tls_write,
	.pending = tls_pending,
	.free = tls_free,
};

/* The server's first certificate, beyond what GnuTLS verified. */
static int
check_server_cert(gnutls_x509_crt_t cert, const char *hostname)
{
	if (hostname && !gt.gnutls_x509_crt_check_hostname(cert, hostname)) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC, "Certificate %s owner "
		    "does not match the hostname %s", "[session]", hostname);
		return -1;
	}
	/* Its checks as a server's; the times were checked as libvirt
	 * does, which words them as a client's. */
	if (check_constraints(cert, "[session]", 1, 0) < 0 ||
	    check_usage(cert, "[session]", 0) < 0)
		return -1;
	return check_purpose(cert, "[session]", 1);
}

static int
check_peer(struct tls_session *t, const char *hostname)
{
	const gnutls_datum_t *certs;
	unsigned int status, n, i;
	int r;

	if ((r = gt.gnutls_certificate_verify_peers2(t->s, &status)) < 0) {
		cert_error("Unable to verify TLS peer: %s",
		    gt.gnutls_strerror(r));
		return -1;
	}
	if (status != 0) {
		cert_error("Certificate failed validation: %s",
		    status_reason(status));
		return -1;
	}
	if (gt.gnutls_certificate_type_get(t->s) != GNUTLS_CRT_X509) {
		cert_error("Only x509 certificates are supported");
		return -1;
	}
	if ((certs = gt.gnutls_certificate_get_peers(t->s, &n)) == NULL) {
		cert_error("The certificate has no peers");
		return -1;
	}
	for (i = 0, r = 0; i < n && r == 0; i++) {
		gnutls_x509_crt_t cert;

		if (gt.gnutls_x509_crt_init(&cert) < 0) {
			cert_error("Unable to initialize certificate");
			return -1;
		}
		if (gt.gnutls_x509_crt_import(cert, &certs[i],
		    GNUTLS_X509_FMT_DER) < 0) {
			cert_error("Unable to load certificate");
			r = -1;
		} else if (check_times(cert, "[session]", 0, i > 0) < 0) {
			r = -1;
		} else if (i == 0) {
			r = check_server_cert(cert, hostname);
		}
		gt.gnutls_x509_crt_deinit(cert);
	}
	return r;
}

static int
handshake(struct tls_session *t, const char *hostname)
{
	const struct hv_error *e;
	char byte;
	int r;
	ssize_t n;

	do
		r = gt.gnutls_handshake(t->s);
	while (retry(r));
	if (r < 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
		    "TLS handshake failed %s", gt.gnutls_strerror(r));
		return -1;
	}
	if (check_peer(t, hostname) < 0) {
		e = hv_error_last();
		warn(W_CHECK_FAILED, "Certificate check failed %s",
		    e && e->message ? e->message : "<unknown>");
		if (t->cr->verify) {
			hv_error_report(HV_FROM_RPC, HV_ERR_AUTH_FAILED,
			    "Failed to verify peer's certificate");
			return -1;
		}
		hv_error_reset();
	}
	/* The server now checks our certificate and address, and sends
	 * one byte 1 when it takes us. */
	do
		n = gt.gnutls_record_recv(t->s, &byte, 1);
	while (retry(n));
	if (n < 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "Unable to read TLS confirmation: %s", strerror(EIO));
		return -1;
	}
	if (n != 1 || byte != 1) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC, "server verification "
		    "(of our certificate or IP address) failed");
		return -1;
	}
	return 0;
}

int
hv_tls_client_start(struct hv_rpc_client *c, struct hv_tls_creds *cr,
    const char *hostname)
{
	struct tls_session *t = xcalloc(1, sizeof(*t));
	struct hv_rpc_io io = { &tls_io, t };
	int err;

	t->cr = cr;
	t->fd = hv_rpc_client_fd(c);
	if ((err = gt.gnutls_init(&t->s, GNUTLS_CLIENT)) != 0) {
		t->s = NULL;
		cert_error("Failed to initialize TLS session: %s",
		    gt.gnutls_strerror(err));
		goto fail;
	}
	if ((err = gt.gnutls_priority_set_direct(t->s, cr->priority,
	    NULL)) != 0) {
		cert_error("Failed to set TLS session priority to %s: %s",
		    cr->priority, gt.gnutls_strerror(err));
		goto fail;
	}
	if ((err = gt.gnutls_credentials_set(t->s, GNUTLS_CRD_CERTIFICATE,
	    cr->x509)) != 0) {
		cert_error("Failed set TLS x509 credentials: %s",
		    gt.gnutls_strerror(err));
		goto fail;
	}
	gt.gnutls_transport_set_ptr(t->s, t);
	gt.gnutls_transport_set_push_function(t->s, push);
	gt.gnutls_transport_set_pull_function(t->s, pull);
	if (handshake(t, hostname) < 0)
		goto fail;
	t->next = open_sessions;
	open_sessions = t;
	hv_rpc_client_set_io(c, &io, NULL);
	return 0;
fail:
	tls_free(t);
	return -1;
}

int
hv_tls_key_size(int fd)
{
	const struct tls_session *t;
	size_t n;

	for (t = open_sessions; t && t->fd != fd; t = t->next)
		;
	if (t == NULL)
		return 0;
	n = gt.gnutls_cipher_get_key_size(gt.gnutls_cipher_get(t->s));
	if (n == 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "invalid cipher size for TLS session");
		return -1;
	}
	return (int)n;
}
