/*
 * tls.h: the client side of libvirt's TLS transport, over GnuTLS.
 *
 * GnuTLS is loaded (dlopen of libgnutls.so.30) by the first
 * hv_tls_creds_new(), so that a shell that never opens a tls URI never
 * maps it.  The steps are libvirt's, in its order, with its error
 * texts and its warning lines on standard error:
 *
 *	struct hv_tls_options o = { .pkipath = dir, .sanity = 1,
 *	    .verify = 1 };
 *	struct hv_tls_creds *cr = hv_tls_creds_new(&o);  // files checked
 *	struct hv_rpc_client *c = cr ? hv_rpc_client_connect_tcp(host,
 *	    "16514") : NULL;
 *	if (c == NULL || hv_tls_client_start(c, cr, host) < 0)
 *		...				// cr is gone either way
 *	... calls on c go through the TLS session ...
 */
#ifndef HV_RPC_TLS_H
#define HV_RPC_TLS_H

#include "rpc/client.h"

/* libvirt's URI parameters for the tls transport. */
struct hv_tls_options {
	/*
	 * pkipath=: cacert.pem, cacrl.pem, clientcert.pem and clientkey.pem
	 * in that directory, whether they exist or not.  NULL: for a
	 * non-root user each of them in $HOME/.pki/libvirt when it is
	 * there (the certificate and key as a pair), else
	 * /etc/pki/CA/cacert.pem, /etc/pki/CA/cacrl.pem,
	 * /etc/pki/libvirt/clientcert.pem and
	 * /etc/pki/libvirt/private/clientkey.pem.
	 */
	const char *pkipath;
	const char *priority;	/* tls_priority=; NULL: "NORMAL" */
	int sanity;		/* check our own certificates first */
	int verify;		/* a server's bad certificate fails the open */
};

/* The located and loaded credentials (GnuTLS's certificate store). */
struct hv_tls_creds;

/*
 * Loads GnuTLS, locates the files, checks them (o->sanity) and loads
 * them: the CA certificate must exist, the CRL and our certificate and
 * key may be missing.  NULL with the error set ("Cannot read CA
 * certificate '/etc/pki/CA/cacert.pem': No such file or directory").
 * Caller frees with hv_tls_creds_free(), or hands it on.
 */
struct hv_tls_creds *hv_tls_creds_new(const struct hv_tls_options *o);
void hv_tls_creds_free(struct hv_tls_creds *cr);

/*
 * The TLS handshake on c's socket with cr, the server's certificate
 * checked against hostname (a failure is a warning line, and an error
 * when verify is set), then the server's one byte saying it accepts
 * us.  0 with c's I/O now the session's, which owns cr; or -1 with the
 * error set and cr freed (the caller frees c).
 */
int hv_tls_client_start(struct hv_rpc_client *c, struct hv_tls_creds *cr,
    const char *hostname);

/*
 * The key size in bytes of the cipher the TLS session on socket fd
 * negotiated (what SASL takes, times 8, as the strength the transport
 * already gives); 0 when no session runs on fd, -1 with libvirt's
 * error ("invalid cipher size for TLS session") when its cipher has no
 * key.
 */
int hv_tls_key_size(int fd);

#endif
