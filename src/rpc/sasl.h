/*
 * sasl.h: SASL authentication of a client (AUTH_SASL_INIT, START and
 * STEP) through Cyrus SASL, and the security layer it may leave.
 *
 * libsasl2.so.2 is loaded with dlopen() the first time a daemon asks
 * for SASL, so that nothing else maps it.  The client names itself
 * with libvirt's service name, "libvirt", and the host as the URI
 * writes it (digest-uri "libvirt/HOST").  Credentials the mechanism
 * asks for come from auth.conf first (util/authconf.h), the rest from
 * the prompts the program registered (hv_auth_ask()).
 *
 * On a transport that does not protect the bytes itself (plain TCP)
 * the mechanism must offer a security layer of at least 56 bits; every
 * byte after the negotiation then goes through sasl_encode() and
 * sasl_decode(), whose chunks are a 4-byte big-endian length and that
 * many bytes, each at most the negotiated buffer size.  The layer is an
 * hv_rpc_io of the client (client.h) over the one it had.
 */
#ifndef HV_RPC_SASL_H
#define HV_RPC_SASL_H

#include "rpc/client.h"

struct hv_sasl_opts {
	const char *host;	/* the URI's server, or "localhost" */
	const char *mech;	/* only this mechanism (auth=sasl.MECH) */
	const char *authfile;	/* the URI's authfile=, or NULL */
	int secure;		/* unix, tls, ssh: no security layer asked */
};

/*
 * Authenticates c with SASL; 0 (and the layer installed when one was
 * negotiated), or -1 with the error set as libvirt words it.
 */
int hv_sasl_authenticate(struct hv_rpc_client *c,
    const struct hv_sasl_opts *o);

#endif
