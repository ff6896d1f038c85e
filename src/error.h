/*
 * One error record per thread: {code, domain, message}, with libvirt's
 * numbers so that a remote peer can carry it unchanged.  The function
 * that detects a failure sets the error once; callers only propagate
 * -1/NULL.  The shell prints the message as "error: MESSAGE".
 */
#ifndef HV_ERROR_H
#define HV_ERROR_H

#include <stdarg.h>

/* virErrorNumber: values are fixed, only ever added to. */
enum hv_err_code {
	HV_ERR_OK = 0,
	HV_ERR_INTERNAL_ERROR = 1,
	HV_ERR_NO_MEMORY = 2,
	HV_ERR_NO_SUPPORT = 3,
	HV_ERR_UNKNOWN_HOST = 4,
	HV_ERR_NO_CONNECT = 5,
	HV_ERR_INVALID_CONN = 6,
	HV_ERR_INVALID_DOMAIN = 7,
	HV_ERR_INVALID_ARG = 8,
	HV_ERR_OPERATION_FAILED = 9,
	HV_ERR_NO_SOURCE = 19,
	HV_ERR_NO_TARGET = 20,
	HV_ERR_NO_NAME = 21,
	HV_ERR_XML_ERROR = 27,
	HV_ERR_DOM_EXIST = 28,
	HV_ERR_OPERATION_DENIED = 29,
	HV_ERR_OPEN_FAILED = 30,
	HV_ERR_READ_FAILED = 31,
	HV_ERR_PARSE_FAILED = 32,
	HV_ERR_CONF_SYNTAX = 33,
	HV_ERR_WRITE_FAILED = 34,
	HV_ERR_XML_DETAIL = 35,
	HV_ERR_INVALID_NETWORK = 36,
	HV_ERR_NETWORK_EXIST = 37,
	HV_ERR_SYSTEM_ERROR = 38,
	HV_ERR_RPC = 39,
	HV_ERR_GNUTLS_ERROR = 40,
	HV_ERR_NO_DOMAIN = 42,
	HV_ERR_NO_NETWORK = 43,
	HV_ERR_INVALID_MAC = 44,
	HV_ERR_AUTH_FAILED = 45,
	HV_ERR_INVALID_STORAGE_POOL = 46,
	HV_ERR_INVALID_STORAGE_VOL = 47,
	HV_ERR_NO_STORAGE_POOL = 49,
	HV_ERR_NO_STORAGE_VOL = 50,
	HV_ERR_INVALID_NODE_DEVICE = 52,
	HV_ERR_NO_NODE_DEVICE = 53,
	HV_ERR_NO_SECURITY_MODEL = 54,
	HV_ERR_OPERATION_INVALID = 55,
	HV_ERR_NO_INTERFACE = 57,
	HV_ERR_INVALID_INTERFACE = 58,
	HV_ERR_MULTIPLE_INTERFACES = 59,
	HV_ERR_CONFIG_UNSUPPORTED = 67,
	HV_ERR_OPERATION_TIMEOUT = 68,
	HV_ERR_INVALID_STREAM = 73,
	HV_ERR_ARGUMENT_UNSUPPORTED = 74,
	HV_ERR_OPERATION_ABORTED = 78,
	HV_ERR_AUTH_CANCELLED = 79,
	HV_ERR_NO_DOMAIN_METADATA = 80,
	HV_ERR_OVERFLOW = 82,
	HV_ERR_OPERATION_UNSUPPORTED = 84,
	HV_ERR_SSH = 85,
	HV_ERR_RESOURCE_BUSY = 87,
	HV_ERR_ACCESS_DENIED = 88,
	HV_ERR_STORAGE_VOL_EXIST = 90,
	HV_ERR_XML_INVALID_SCHEMA = 92,
	HV_ERR_AUTH_UNAVAILABLE = 94,
	HV_ERR_NO_HOSTNAME = 108,
	HV_ERR_MULTIPLE_DOMAINS = 110,
};

/* virErrorDomain: which part of the system raised the error. */
enum hv_err_domain {
	HV_FROM_NONE = 0,
	HV_FROM_XEN = 1,
	HV_FROM_XML = 5,
	HV_FROM_DOM = 6,
	HV_FROM_RPC = 7,
	HV_FROM_CONF = 9,
	HV_FROM_QEMU = 10,
	HV_FROM_NET = 11,
	HV_FROM_TEST = 12,
	HV_FROM_REMOTE = 13,
	HV_FROM_STORAGE = 18,
	HV_FROM_NETWORK = 19,
	HV_FROM_DOMAIN = 20,
	HV_FROM_NODEDEV = 22,
	HV_FROM_SECURITY = 24,
	HV_FROM_INTERFACE = 26,
	HV_FROM_SECRET = 30,
	HV_FROM_STREAMS = 38,
	HV_FROM_URI = 45,
	HV_FROM_AUTH = 46,
	HV_FROM_SSH = 50,
};

struct hv_error {
	int code;		/* enum hv_err_code */
	int domain;		/* enum hv_err_domain */
	char *message;		/* full text, as printed after "error: " */
};

/*
 * Set the thread's error.  The message is libvirt's text for code with
 * the detail (fmt, may be NULL) filled in, e.g. HV_ERR_NO_DOMAIN with
 * "no domain with matching name 'x'" gives
 * "Domain not found: no domain with matching name 'x'".
 */
void hv_error_report(int domain, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void hv_error_vreport(int domain, int code, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
/* HV_ERR_SYSTEM_ERROR: "DETAIL: strerror(errnum)". */
void hv_error_system(int errnum, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The same from an error domain (libvirt's VIR_FROM_THIS of the caller). */
void hv_error_system_from(int domain, int errnum, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Set code, domain and message verbatim (errors relayed from a peer). */
void hv_error_set(int code, int domain, const char *message);
/* "unsupported flags (0x%x) in function %s" (HV_ERR_INVALID_ARG). */
void hv_error_flags(int domain, unsigned int flags, const char *func);

/* The thread's error, or NULL when none is set.  Owned by the thread. */
const struct hv_error *hv_error_last(void);
void hv_error_reset(void);
/* Move the thread's error into *save (caller releases with
 * hv_error_release()), leaving none set; and put one back. */
void hv_error_save(struct hv_error *save);
void hv_error_restore(struct hv_error *save);
void hv_error_release(struct hv_error *e);

/*
 * Reject unknown flag bits: returns 0, or -1 with "unsupported flags
 * (0x..) in function FUNC" set when flags has bits outside allowed.
 * FUNC is the name a peer would print (libvirt's, for compatibility).
 */
int hv_check_flags(int domain, unsigned int flags, unsigned int allowed,
    const char *func);

#endif
