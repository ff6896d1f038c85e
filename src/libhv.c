/*
 * The refusals every public API family shares, kept in one place so
 * that their messages stay identical to libvirt's across families.
 */
#include "libhv.h"

#include "error.h"
#include "hv.h"

bool
hv_api_supported(const void *op, const char *func)
{
	if (op)
		return true;
	hv_error_unsupported(func);
	return false;
}

bool
hv_api_writable(const struct hv_conn *conn, int err_domain,
    const char *func)
{
	if (!hv_conn_is_readonly(conn))
		return true;
	hv_error_report(err_domain, HV_ERR_OPERATION_DENIED,
	    "read only access prevents %s", func);
	return false;
}
