/*
 * The public host API (hv.h): reset the thread's error, refuse what the
 * driver does not offer, then ask the driver.
 */
#include <stdlib.h>

#include "driver.h"
#include "error.h"
#include "hv.h"
#include "libhv.h"

/* NULL conn or missing op: set the error and say so. */
static bool
missing(struct hv_conn *conn, const void *op, const char *api)
{
	hv_error_reset();
	if (conn == NULL) {
		hv_error_report(HV_FROM_NONE, HV_ERR_INVALID_CONN, "%s", api);
		return true;
	}
	return !hv_api_supported(op, api);
}

const char *
hv_conn_get_type(struct hv_conn *conn)
{
	if (missing(conn, conn ? conn->driver->get_type : NULL,
	    "virConnectGetType"))
		return NULL;
	return conn->driver->get_type(conn);
}

int
hv_conn_get_version(struct hv_conn *conn, unsigned long long *hvver)
{
	if (missing(conn, conn ? conn->driver->get_version : NULL,
	    "virConnectGetVersion"))
		return -1;
	return conn->driver->get_version(conn, hvver);
}

int
hv_conn_get_lib_version(struct hv_conn *conn, unsigned long long *ver)
{
	if (conn && conn->driver->get_lib_version == NULL) {
		/* a driver without its own answer runs on this library */
		hv_error_reset();
		*ver = hv_lib_version();
		return 0;
	}
	if (missing(conn, conn ? conn->driver->get_lib_version : NULL,
	    "virConnectGetLibVersion"))
		return -1;
	return conn->driver->get_lib_version(conn, ver);
}

char *
hv_conn_get_hostname(struct hv_conn *conn)
{
	if (missing(conn, conn ? conn->driver->get_hostname : NULL,
	    "virConnectGetHostname"))
		return NULL;
	return conn->driver->get_hostname(conn);
}

char *
hv_conn_get_sysinfo(struct hv_conn *conn, unsigned int flags)
{
	if (missing(conn, conn ? conn->driver->get_sysinfo : NULL,
	    "virConnectGetSysinfo"))
		return NULL;
	return conn->driver->get_sysinfo(conn, flags);
}

char *
hv_conn_get_capabilities(struct hv_conn *conn)
{
	if (missing(conn, conn ? conn->driver->get_capabilities : NULL,
	    "virConnectGetCapabilities"))
		return NULL;
	return conn->driver->get_capabilities(conn);
}

int
hv_conn_get_max_vcpus(struct hv_conn *conn, const char *type)
{
	if (missing(conn, conn ? conn->driver->get_max_vcpus : NULL,
	    "virConnectGetMaxVcpus"))
		return -1;
	return conn->driver->get_max_vcpus(conn, type);
}

int
hv_node_get_info(struct hv_conn *conn, struct hv_node_info *info)
{
	if (missing(conn, conn ? conn->driver->node_get_info : NULL,
	    "virNodeGetInfo"))
		return -1;
	return conn->driver->node_get_info(conn, info);
}

int
hv_node_get_cells_free_memory(struct hv_conn *conn,
    unsigned long long *mems, int start, int max)
{
	if (missing(conn, conn ? conn->driver->node_get_cells_free_memory :
	    NULL, "virNodeGetCellsFreeMemory"))
		return -1;
	/* libvirt's argument checks set these texts without a prefix */
	if (mems == NULL || max <= 0 || start < 0) {
		hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_NONE,
		    mems == NULL ? "freeMems in virNodeGetCellsFreeMemory "
		    "must not be NULL" : max <= 0 ? "maxCells in "
		    "virNodeGetCellsFreeMemory must be greater than zero" :
		    "startCell in virNodeGetCellsFreeMemory must be zero or "
		    "greater");
		return -1;
	}
	return conn->driver->node_get_cells_free_memory(conn, mems, start,
	    max);
}

int
hv_node_get_free_memory(struct hv_conn *conn, unsigned long long *bytes)
{
	if (missing(conn, conn ? conn->driver->node_get_free_memory : NULL,
	    "virNodeGetFreeMemory"))
		return -1;
	return conn->driver->node_get_free_memory(conn, bytes);
}

int
hv_node_get_security_model(struct hv_conn *conn, struct hv_secmodel *model)
{
	if (missing(conn, conn ? conn->driver->node_get_security_model : NULL,
	    "virNodeGetSecurityModel"))
		return -1;
	return conn->driver->node_get_security_model(conn, model);
}
