/*
 * The public host API (hv.h): the checks of the call's row in api-list.h
 * (hv_api_enter), then the driver.
 */
#include <stdlib.h>

#include "driver.h"
#include "error.h"
#include "hv.h"
#include "libhv.h"

/* The checks of call id, and that the driver has op. */
#define ENTER(d, id, obj, args, op) \
	(hv_api_enter((id), (obj), (args)) != NULL && \
	    ((d) = (obj)->driver, hv_api_has((id), (d)->op != NULL)))

const char *
hv_conn_get_type(struct hv_conn *conn)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_GET_TYPE, conn, NULL, get_type))
		return NULL;
	return d->get_type(conn);
}

int
hv_conn_get_version(struct hv_conn *conn, unsigned long long *hvver)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_GET_VERSION, conn,
	    HV_API_ARGS(hvver), get_version))
		return -1;
	return d->get_version(conn, hvver);
}

int
hv_conn_get_lib_version(struct hv_conn *conn, unsigned long long *ver)
{
	if (hv_api_enter(HV_API_CONNECT_GET_LIB_VERSION, conn,
	    HV_API_ARGS(ver)) == NULL)
		return -1;
	if (conn->driver->get_lib_version == NULL) {
		/* a driver without its own answer runs on this library */
		*ver = hv_lib_version();
		return 0;
	}
	return conn->driver->get_lib_version(conn, ver);
}

int
hv_conn_set_keepalive(struct hv_conn *conn, int interval, unsigned int count)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_SET_KEEPALIVE, conn, NULL, set_keepalive))
		return -1;
	return d->set_keepalive(conn, interval, count);
}

char *
hv_conn_get_hostname(struct hv_conn *conn)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_GET_HOSTNAME, conn, NULL, get_hostname))
		return NULL;
	return d->get_hostname(conn);
}

char *
hv_conn_get_sysinfo(struct hv_conn *conn, unsigned int flags)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_GET_SYSINFO, conn, NULL, get_sysinfo))
		return NULL;
	return d->get_sysinfo(conn, flags);
}

char *
hv_conn_get_capabilities(struct hv_conn *conn)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_GET_CAPABILITIES, conn,
	    NULL, get_capabilities))
		return NULL;
	return d->get_capabilities(conn);
}

int
hv_conn_get_max_vcpus(struct hv_conn *conn, const char *type)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_CONNECT_GET_MAX_VCPUS, conn, NULL, get_max_vcpus))
		return -1;
	return d->get_max_vcpus(conn, type);
}

int
hv_node_get_info(struct hv_conn *conn, struct hv_node_info *info)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_NODE_GET_INFO, conn,
	    HV_API_ARGS(info), node_get_info))
		return -1;
	return d->node_get_info(conn, info);
}

int
hv_node_get_cells_free_memory(struct hv_conn *conn,
    unsigned long long *mems, int start, int max)
{
	enum hv_api id = HV_API_NODE_GET_CELLS_FREE_MEMORY;

	if (hv_api_enter(id, conn, HV_API_ARGS(mems)) == NULL)
		return -1;
	if (max <= 0) {
		hv_api_bad_arg(id, "maxCells", "must be greater than zero");
		return -1;
	}
	if (start < 0) {
		hv_api_bad_arg(id, "startCell", "must be zero or greater");
		return -1;
	}
	if (!hv_api_has(id, conn->driver->node_get_cells_free_memory != NULL))
		return -1;
	return conn->driver->node_get_cells_free_memory(conn, mems, start,
	    max);
}

int
hv_node_get_free_memory(struct hv_conn *conn, unsigned long long *bytes)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_NODE_GET_FREE_MEMORY, conn,
	    HV_API_ARGS(bytes), node_get_free_memory))
		return -1;
	return d->node_get_free_memory(conn, bytes);
}

int
hv_node_get_security_model(struct hv_conn *conn, struct hv_secmodel *model)
{
	const struct hv_driver *d;

	if (!ENTER(d, HV_API_NODE_GET_SECURITY_MODEL, conn,
	    HV_API_ARGS(model), node_get_security_model))
		return -1;
	return d->node_get_security_model(conn, model);
}
