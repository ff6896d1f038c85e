/*
 * The table of the public API (api-list.h) and the checks every public
 * call (libhv-*.c) makes from it before it calls a driver: the error is
 * reset, a NULL object or connection, a change through a read-only
 * connection and a NULL required argument are refused with libvirt's
 * texts, and a missing driver operation is reported by its API name.
 * Internal to the core; the shell does not include it.
 */
#ifndef HV_LIBHV_H
#define HV_LIBHV_H

#include <stdbool.h>
#include <stddef.h>

struct hv_conn;

/* What the first argument of a call is. */
enum hv_api_obj {
	HV_API_OBJ_CONN,
	HV_API_OBJ_DOMAIN,
	HV_API_OBJ_NETWORK,
	HV_API_OBJ_POOL,
	HV_API_OBJ_VOL,
	HV_API_OBJ_IFACE,
	HV_API_OBJ_NODEDEV,
};

/* The call changes state: refused on a read-only connection. */
#define HV_API_MUT	0x1u

enum hv_api {
#define HV_API(id, fn, name, from, obj, flags, proc, args) HV_API_##id,
#include "api-list.h"
#undef HV_API
	HV_API_LAST
};

struct hv_api_desc {
	const char *name;		/* libvirt's, e.g. "virDomainCreate" */
	const char *fn;			/* ours, e.g. "hv_domain_create" */
	int from;			/* HV_FROM_* of its errors */
	enum hv_api_obj obj;
	unsigned int flags;		/* HV_API_* */
	int proc;			/* remote procedure number; 0: none */
	const char *args;		/* required pointer arguments */
};

extern const struct hv_api_desc hv_apis[HV_API_LAST];

/* The required arguments of a call, in the order of its ARGS column. */
#define HV_API_ARGS(...) ((const void *const []){ __VA_ARGS__ })

/*
 * Start call id on obj (a connection or the object its OBJ column
 * names): reset the thread's error, then refuse a NULL obj ("invalid
 * domain pointer in virDomainCreate"), a mutating call on a read-only
 * connection ("read only access prevents ...") and a NULL among args
 * (one per name of the ARGS column; NULL when there are none:
 * "name in virNetworkLookupByName must not be NULL").  Returns obj's
 * connection, or NULL with the error set.
 */
struct hv_conn *hv_api_enter(enum hv_api id, const void *obj,
    const void *const *args);

/*
 * hv_api_enter(), then the table of one family of obj's connection's
 * driver: the struct hv_driver member at offset (domain, network, ...).
 * A driver without that family answers with an empty table, so each
 * of its operations reports itself unsupported.  NULL with the error
 * set.
 */
const void *hv_api_family(enum hv_api id, const void *obj,
    const void *const *args, size_t offset);
/*
 * Set d to table (an hv_api_family() answer) and check that it has op:
 * false with the error set otherwise.
 */
#define HV_API_ENTER(d, table, id, op) \
	(((d) = (table)) != NULL && hv_api_has((id), (d)->op != NULL))

/*
 * true when present (the driver has the operation); otherwise sets
 * "this function is not supported by the connection driver: NAME".
 */
bool hv_api_has(enum hv_api id, bool present);

/*
 * Sets libvirt's argument error "ARG in NAME must TEXT", as in "id in
 * virDomainLookupByID must be greater than or equal to 0".
 */
void hv_api_bad_arg(enum hv_api id, const char *arg, const char *text);

#endif
