/*
 * auth.c: the open sequence of a connection (see client.h): the
 * authentication types the daemon offers (AUTH_LIST), the one taken,
 * then CONNECT_OPEN.
 */
#include "error.h"
#include "rpc/client.h"
#include "rpc/proc.h"

int
hv_rpc_client_open(struct hv_rpc_client *c, const char *name,
    unsigned int flags)
{
	struct remote_auth_list_ret auth;
	struct remote_connect_open_args open;
	char *uri = (char *)name;
	unsigned int i;
	int none = 0;

	if (hv_rpc_client_call(c, REMOTE_PROC_AUTH_LIST, NULL, &auth) < 0)
		return -1;
	/* An empty list is libvirt's old daemons' way of saying none. */
	none = auth.types.types_len == 0;
	for (i = 0; i < auth.types.types_len; i++)
		if (auth.types.types_val[i] == REMOTE_AUTH_NONE)
			none = 1;
	if (!none) {
		/* SASL and polkit are not spoken (yet). */
		hv_error_report(HV_FROM_REMOTE, HV_ERR_AUTH_FAILED,
		    "unsupported authentication type %d",
		    (int)auth.types.types_val[0]);
		hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_list_ret, &auth);
		return -1;
	}
	hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_list_ret, &auth);
	open.name = &uri;
	open.flags = flags;
	return hv_rpc_client_call(c, REMOTE_PROC_CONNECT_OPEN, &open, NULL);
}
