/*
 * Checks shared by the public API files (libhv-*.c) before they call a
 * driver: is the operation there, may this connection change state.
 * Internal to the core; the shell does not include it.
 */
#ifndef HV_LIBHV_H
#define HV_LIBHV_H

#include <stdbool.h>

struct hv_conn;

/*
 * true when op (a driver table entry) exists; otherwise sets "this
 * function is not supported by the connection driver: FUNC".
 */
bool hv_api_supported(const void *op, const char *func);

/*
 * true unless conn is read-only; then sets HV_ERR_OPERATION_DENIED
 * "read only access prevents FUNC" in err_domain (an HV_FROM_* value).
 */
bool hv_api_writable(const struct hv_conn *conn, int err_domain,
    const char *func);

#endif
