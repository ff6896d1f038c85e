/*
 * The public API's table and the refusals every call shares, kept in
 * one place so that their messages stay identical to libvirt's across
 * families and, later, through a daemon.
 */
#include "libhv.h"

#include <stdlib.h>
#include <string.h>

#include "driver-iface.h"
#include "driver-network.h"
#include "driver-nodedev.h"
#include "driver-storage.h"
#include "driver.h"
#include "error.h"
#include "hv-iface.h"
#include "hv-network.h"
#include "hv-nodedev.h"
#include "hv-storage.h"
#include "hv.h"
#include "util/xalloc.h"

const struct hv_api_desc hv_apis[HV_API_LAST] = {
#define HV_API(id, fn_, name_, from_, obj_, flags_, proc_, args_)	\
	[HV_API_##id] = {						\
		.name = name_,						\
		.fn = #fn_,						\
		.from = HV_FROM_##from_,				\
		.obj = HV_API_OBJ_##obj_,				\
		.flags = flags_,					\
		.proc = proc_,						\
		.args = args_,						\
	},
#include "api-list.h"
#undef HV_API
};

const void *
hv_api_family(enum hv_api id, const void *obj, const void *const *args,
    size_t offset)
{
	static const union {
		struct hv_domain_driver domain;
		struct hv_network_driver network;
		struct hv_storage_driver storage;
		struct hv_iface_driver iface;
		struct hv_nodedev_driver nodedev;
	} none;
	struct hv_conn *conn = hv_api_enter(id, obj, args);
	const void *table = NULL;

	if (conn == NULL)
		return NULL;
	if (conn->driver != NULL)
		memcpy(&table, (const char *)conn->driver + offset,
		    sizeof(table));
	return table != NULL ? table : &none;
}

/* The error code of a NULL first argument, and its connection. */
static struct hv_conn *
obj_conn(enum hv_api_obj obj, const void *p, int *code)
{
	switch (obj) {
	case HV_API_OBJ_CONN:
		*code = HV_ERR_INVALID_CONN;
		return (struct hv_conn *)p;
	case HV_API_OBJ_DOMAIN:
		*code = HV_ERR_INVALID_DOMAIN;
		return p ? ((const struct hv_domain *)p)->conn : NULL;
	case HV_API_OBJ_NETWORK:
		*code = HV_ERR_INVALID_NETWORK;
		return p ? ((const struct hv_network *)p)->conn : NULL;
	case HV_API_OBJ_POOL:
		*code = HV_ERR_INVALID_STORAGE_POOL;
		return p ? ((const struct hv_pool *)p)->conn : NULL;
	case HV_API_OBJ_VOL:
		*code = HV_ERR_INVALID_STORAGE_VOL;
		return p ? ((const struct hv_vol *)p)->conn : NULL;
	case HV_API_OBJ_IFACE:
		*code = HV_ERR_INVALID_INTERFACE;
		return p ? ((const struct hv_iface *)p)->conn : NULL;
	case HV_API_OBJ_NODEDEV:
		*code = HV_ERR_INVALID_NODE_DEVICE;
		return p ? ((const struct hv_nodedev *)p)->conn : NULL;
	}
	*code = HV_ERR_INVALID_CONN;
	return NULL;
}

struct hv_conn *
hv_api_enter(enum hv_api id, const void *obj, const void *const *args)
{
	const struct hv_api_desc *a = &hv_apis[id];
	const char *s = a->args;
	struct hv_conn *conn;
	int code;

	hv_error_reset();
	conn = obj_conn(a->obj, obj, &code);
	if (obj == NULL) {
		/* libvirt's check of a domain pointer has a domain of its own */
		hv_error_report(a->obj == HV_API_OBJ_DOMAIN ? HV_FROM_DOM :
		    a->from, code, "%s", a->name);
		return NULL;
	}
	if (conn == NULL) {
		hv_error_report(a->from, HV_ERR_INVALID_CONN, "%s", a->name);
		return NULL;
	}
	if ((a->flags & HV_API_MUT) && hv_conn_is_readonly(conn)) {
		hv_error_report(a->from, HV_ERR_OPERATION_DENIED,
		    "read only access prevents %s", a->name);
		return NULL;
	}
	for (size_t i = 0; *s; i++) {
		size_t n;

		s += strspn(s, " ");
		n = strcspn(s, " ");
		if (n == 0)
			break;
		if (args[i] == NULL) {
			char *arg = xstrndup(s, n);

			hv_api_bad_arg(id, arg, "must not be NULL");
			free(arg);
			return NULL;
		}
		s += n;
	}
	return conn;
}

bool
hv_api_has(enum hv_api id, bool present)
{
	if (!present)
		hv_error_report(hv_apis[id].from, HV_ERR_NO_SUPPORT, "%s",
		    hv_apis[id].name);
	return present;
}

void
hv_api_bad_arg(enum hv_api id, const char *arg, const char *text)
{
	/* libvirt's text has no "invalid argument: " prefix */
	char *m = xasprintf("%s in %s %s", arg, hv_apis[id].name, text);

	hv_error_set(HV_ERR_INVALID_ARG, hv_apis[id].from, m);
	free(m);
}
