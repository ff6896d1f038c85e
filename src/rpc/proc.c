/*
 * proc.c: the remote program's procedures (see proc.h).
 */
#include <stdlib.h>

#include "error.h"
#include "rpc/proc.h"

#define CODEC(t) (xdrproc_t)xdr_##t, sizeof(t)
#define NONE NULL, 0
#define RO HV_RPC_PROC_READONLY
#define PRIO HV_RPC_PROC_PRIORITY
#define ROW(name, args, ret, flags) \
	{ REMOTE_PROC_##name, #name, args, ret, flags }

/*
 * RO: libvirtd runs it on a read-only connection (DOMAIN_GET_XML_DESC
 * then refuses the SECURE and MIGRATABLE flags); the others it refuses
 * with "operation forbidden: read only access prevents virXxx".
 */
const struct hv_rpc_proc hv_rpc_procs[] = {
	ROW(CONNECT_OPEN, CODEC(remote_connect_open_args), NONE, RO | PRIO),
	ROW(CONNECT_CLOSE, NONE, NONE, RO | PRIO),
	ROW(CONNECT_GET_TYPE, NONE, CODEC(remote_connect_get_type_ret),
	    RO | PRIO),
	ROW(CONNECT_GET_VERSION, NONE,
	    CODEC(remote_connect_get_version_ret), RO | PRIO),
	ROW(NODE_GET_INFO, NONE, CODEC(remote_node_get_info_ret), RO | PRIO),
	ROW(DOMAIN_CREATE, CODEC(remote_domain_create_args), NONE, 0),
	ROW(DOMAIN_DESTROY, CODEC(remote_domain_destroy_args), NONE, PRIO),
	ROW(DOMAIN_GET_XML_DESC, CODEC(remote_domain_get_xml_desc_args),
	    CODEC(remote_domain_get_xml_desc_ret), RO),
	ROW(DOMAIN_GET_AUTOSTART, CODEC(remote_domain_get_autostart_args),
	    CODEC(remote_domain_get_autostart_ret), RO | PRIO),
	ROW(DOMAIN_GET_INFO, CODEC(remote_domain_get_info_args),
	    CODEC(remote_domain_get_info_ret), RO),
	ROW(DOMAIN_GET_OS_TYPE, CODEC(remote_domain_get_os_type_args),
	    CODEC(remote_domain_get_os_type_ret), RO | PRIO),
	ROW(DOMAIN_LOOKUP_BY_ID, CODEC(remote_domain_lookup_by_id_args),
	    CODEC(remote_domain_lookup_by_id_ret), RO | PRIO),
	ROW(DOMAIN_LOOKUP_BY_NAME, CODEC(remote_domain_lookup_by_name_args),
	    CODEC(remote_domain_lookup_by_name_ret), RO | PRIO),
	ROW(DOMAIN_LOOKUP_BY_UUID, CODEC(remote_domain_lookup_by_uuid_args),
	    CODEC(remote_domain_lookup_by_uuid_ret), RO | PRIO),
	ROW(DOMAIN_RESUME, CODEC(remote_domain_resume_args), NONE, 0),
	ROW(DOMAIN_SUSPEND, CODEC(remote_domain_suspend_args), NONE, 0),
	ROW(CONNECT_GET_HOSTNAME, NONE,
	    CODEC(remote_connect_get_hostname_ret), RO | PRIO),
	ROW(CONNECT_SUPPORTS_FEATURE,
	    CODEC(remote_connect_supports_feature_args),
	    CODEC(remote_connect_supports_feature_ret), RO | PRIO),
	ROW(AUTH_LIST, NONE, CODEC(remote_auth_list_ret), RO | PRIO),
	ROW(CONNECT_GET_URI, NONE, CODEC(remote_connect_get_uri_ret),
	    RO | PRIO),
	ROW(DOMAIN_GET_SECURITY_LABEL,
	    CODEC(remote_domain_get_security_label_args),
	    CODEC(remote_domain_get_security_label_ret), RO | PRIO),
	ROW(NODE_GET_SECURITY_MODEL, NONE,
	    CODEC(remote_node_get_security_model_ret), RO | PRIO),
	ROW(CONNECT_IS_SECURE, NONE, CODEC(remote_connect_is_secure_ret),
	    RO | PRIO),
	ROW(DOMAIN_IS_PERSISTENT, CODEC(remote_domain_is_persistent_args),
	    CODEC(remote_domain_is_persistent_ret), RO | PRIO),
	ROW(CONNECT_GET_LIB_VERSION, NONE,
	    CODEC(remote_connect_get_lib_version_ret), RO | PRIO),
	ROW(DOMAIN_HAS_MANAGED_SAVE_IMAGE,
	    CODEC(remote_domain_has_managed_save_image_args),
	    CODEC(remote_domain_has_managed_save_image_ret), RO),
	ROW(DOMAIN_GET_STATE, CODEC(remote_domain_get_state_args),
	    CODEC(remote_domain_get_state_ret), RO | PRIO),
	ROW(CONNECT_LIST_ALL_DOMAINS,
	    CODEC(remote_connect_list_all_domains_args),
	    CODEC(remote_connect_list_all_domains_ret), RO | PRIO),
	ROW(CONNECT_REGISTER_CLOSE_CALLBACK, NONE, NONE, RO | PRIO),
	ROW(CONNECT_UNREGISTER_CLOSE_CALLBACK, NONE, NONE, RO | PRIO),
};

const size_t hv_rpc_nprocs = sizeof(hv_rpc_procs) / sizeof(hv_rpc_procs[0]);

const struct hv_rpc_proc *
hv_rpc_proc_find(int num)
{
	size_t lo = 0, hi = hv_rpc_nprocs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (hv_rpc_procs[mid].num == num)
			return &hv_rpc_procs[mid];
		if (hv_rpc_procs[mid].num < num)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int
hv_rpc_encode_call(struct hv_rpc_buf *b, const struct hv_rpc_proc *p,
    unsigned int serial, const void *args)
{
	struct hv_rpc_header hdr = {
		.prog = REMOTE_PROGRAM,
		.vers = REMOTE_PROTOCOL_VERSION,
		.proc = p->num,
		.type = HV_RPC_CALL,
		.serial = serial,
		.status = HV_RPC_OK,
	};

	return hv_rpc_encode(b, &hdr, p->args, args);
}

int
hv_rpc_decode_reply(const char *pkt, size_t len,
    const struct hv_rpc_proc *p, unsigned int serial, void *ret)
{
	struct hv_rpc_header hdr;
	struct remote_error err;

	if (hv_rpc_decode_header(pkt, len, &hdr) < 0)
		return -1;
	if (hdr.prog != REMOTE_PROGRAM ||
	    hdr.vers != REMOTE_PROTOCOL_VERSION || hdr.type != HV_RPC_REPLY ||
	    hdr.serial != serial) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "no call waiting for reply with prog %u vers %u serial %u",
		    hdr.prog, hdr.vers, hdr.serial);
		return -1;
	}
	if (hdr.proc != p->num) {
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unexpected message proc %d != %d", hdr.proc, p->num);
		return -1;
	}
	switch (hdr.status) {
	case HV_RPC_OK:
		return hv_rpc_decode_payload(pkt, len, p->ret, ret,
		    p->ret_size);
	case HV_RPC_ERROR:
		if (hv_rpc_decode_payload(pkt, len,
		    (xdrproc_t)xdr_remote_error, &err, sizeof(err)) < 0)
			return -1;
		hv_rpc_error_raise(&err);
		xdr_free((xdrproc_t)xdr_remote_error, &err);
		return -1;
	default:
		hv_error_report(HV_FROM_RPC, HV_ERR_RPC,
		    "Unexpected message status %d", (int)hdr.status);
		return -1;
	}
}
