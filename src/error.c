#include "error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/xalloc.h"

static _Thread_local struct hv_error last;

/* libvirt's message for each code: with detail, and without. */
static const struct {
	int code;
	const char *with;
	const char *without;
} templates[] = {
	{ HV_ERR_INTERNAL_ERROR, "internal error: %s", "internal error" },
	{ HV_ERR_NO_MEMORY, "out of memory: %s", "out of memory" },
	{ HV_ERR_NO_SUPPORT,
	  "this function is not supported by the connection driver: %s",
	  "this function is not supported by the connection driver" },
	{ HV_ERR_NO_CONNECT, "no connection driver available for %s",
	  "no connection driver available" },
	{ HV_ERR_INVALID_CONN, "invalid connection pointer in %s",
	  "invalid connection pointer in" },
	{ HV_ERR_INVALID_DOMAIN, "invalid domain pointer in %s",
	  "invalid domain pointer in" },
	{ HV_ERR_INVALID_ARG, "invalid argument: %s", "invalid argument" },
	{ HV_ERR_OPERATION_FAILED, "operation failed: %s",
	  "operation failed" },
	{ HV_ERR_XML_ERROR, "XML error: %s",
	  "XML description is invalid or not well formed" },
	{ HV_ERR_DOM_EXIST, "domain %s exists already",
	  "this domain exists already" },
	{ HV_ERR_OPERATION_DENIED, "operation forbidden: %s",
	  "operation forbidden for read only access" },
	{ HV_ERR_OPEN_FAILED, "cannot open file '%s'", "failed to open file" },
	{ HV_ERR_READ_FAILED, "cannot read file '%s'", "failed to read file" },
	{ HV_ERR_PARSE_FAILED, "cannot parse file '%s'",
	  "failed to parse file" },
	{ HV_ERR_CONF_SYNTAX, "configuration file syntax error: %s",
	  "configuration file syntax error" },
	{ HV_ERR_WRITE_FAILED, "cannot write file '%s'",
	  "failed to write file" },
	{ HV_ERR_XML_DETAIL, "%s", "parser error" },
	{ HV_ERR_INVALID_NETWORK, "invalid network pointer in %s",
	  "invalid network pointer in" },
	{ HV_ERR_NETWORK_EXIST, "network %s exists already",
	  "this network exists already" },
	{ HV_ERR_SYSTEM_ERROR, "%s", "system call error" },
	{ HV_ERR_RPC, "%s", "RPC error" },
	{ HV_ERR_GNUTLS_ERROR, "%s", "GNUTLS call error" },
	{ HV_ERR_NO_DOMAIN, "Domain not found: %s", "Domain not found" },
	{ HV_ERR_NO_NETWORK, "Network not found: %s", "Network not found" },
	{ HV_ERR_INVALID_MAC, "invalid MAC address: %s",
	  "invalid MAC address" },
	{ HV_ERR_AUTH_FAILED, "authentication failed: %s",
	  "authentication failed" },
	{ HV_ERR_INVALID_STORAGE_POOL, "invalid storage pool pointer in %s",
	  "invalid storage pool pointer in" },
	{ HV_ERR_INVALID_STORAGE_VOL, "invalid storage volume pointer in %s",
	  "invalid storage volume pointer in" },
	{ HV_ERR_NO_STORAGE_POOL, "Storage pool not found: %s",
	  "Storage pool not found" },
	{ HV_ERR_NO_STORAGE_VOL, "Storage volume not found: %s",
	  "Storage volume not found" },
	{ HV_ERR_INVALID_NODE_DEVICE, "invalid node device pointer in %s",
	  "invalid node device pointer" },
	{ HV_ERR_NO_NODE_DEVICE, "Node device not found: %s",
	  "Node device not found" },
	{ HV_ERR_NO_SECURITY_MODEL, "Security model not found: %s",
	  "Security model not found" },
	{ HV_ERR_OPERATION_INVALID, "Requested operation is not valid: %s",
	  "Requested operation is not valid" },
	{ HV_ERR_NO_INTERFACE, "Interface not found: %s",
	  "Interface not found" },
	{ HV_ERR_INVALID_INTERFACE, "invalid interface pointer in %s",
	  "invalid interface pointer in" },
	{ HV_ERR_CONFIG_UNSUPPORTED, "unsupported configuration: %s",
	  "unsupported configuration" },
	{ HV_ERR_OPERATION_TIMEOUT, "Timed out during operation: %s",
	  "Timed out during operation" },
	{ HV_ERR_INVALID_STREAM, "invalid stream pointer in %s",
	  "invalid stream pointer in" },
	{ HV_ERR_ARGUMENT_UNSUPPORTED, "argument unsupported: %s",
	  "argument unsupported" },
	{ HV_ERR_OPERATION_ABORTED, "operation aborted: %s",
	  "operation aborted" },
	{ HV_ERR_AUTH_CANCELLED, "authentication cancelled: %s",
	  "authentication cancelled" },
	{ HV_ERR_OVERFLOW, "numerical overflow: %s", "numerical overflow" },
	{ HV_ERR_OPERATION_UNSUPPORTED, "Operation not supported: %s",
	  "Operation not supported" },
	{ HV_ERR_SSH, "SSH transport error: %s", "SSH transport error" },
	{ HV_ERR_RESOURCE_BUSY, "resource busy: %s", "resource busy" },
	{ HV_ERR_ACCESS_DENIED, "access denied: %s", "access denied" },
	{ HV_ERR_STORAGE_VOL_EXIST, "storage volume '%s' exists already",
	  "this storage volume exists already" },
	{ HV_ERR_AUTH_UNAVAILABLE, "authentication unavailable: %s",
	  "authentication unavailable" },
	{ HV_ERR_NO_SOURCE, "missing source information for device %s",
	  "missing source information for device" },
	{ HV_ERR_NO_TARGET, "missing target information for %s",
	  "missing target information" },
	{ HV_ERR_NO_DOMAIN_METADATA, "metadata not found: %s",
	  "metadata not found" },
	{ HV_ERR_NO_HOSTNAME, "no hostname found: %s", "no hostname found" },
	{ HV_ERR_MULTIPLE_DOMAINS,
	  "multiple matching domains found: %s",
	  "multiple matching domains found" },
};

void
hv_error_release(struct hv_error *e)
{
	free(e->message);
	e->message = NULL;
	e->code = HV_ERR_OK;
	e->domain = HV_FROM_NONE;
}

void
hv_error_set(int code, int domain, const char *message)
{
	char *m = xstrdup(message ? message : "");

	hv_error_release(&last);
	last.code = code;
	last.domain = domain;
	last.message = m;
}

void
hv_error_vreport(int domain, int code, const char *fmt, va_list ap)
{
	const char *with = "%s", *without = "unknown error";
	struct hv_buf b = HV_BUF_INIT;
	char *detail = NULL;
	const char *p;

	for (size_t i = 0; i < sizeof(templates) / sizeof(templates[0]); i++) {
		if (templates[i].code == code) {
			with = templates[i].with;
			without = templates[i].without;
			break;
		}
	}
	if (fmt)
		detail = xvasprintf(fmt, ap);
	if (detail == NULL) {
		hv_buf_add(&b, without);
	} else {
		p = strstr(with, "%s");
		hv_buf_addn(&b, with, (size_t)(p - with));
		hv_buf_add(&b, detail);
		hv_buf_add(&b, p + 2);
	}
	hv_error_set(code, domain, hv_buf_str(&b));
	hv_buf_release(&b);
	free(detail);
}

void
hv_error_report(int domain, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_error_vreport(domain, code, fmt, ap);
	va_end(ap);
}

static void
system_error(int domain, int errnum, const char *fmt, va_list ap)
{
	char *detail = xvasprintf(fmt, ap);

	hv_error_report(domain, HV_ERR_SYSTEM_ERROR, "%s: %s", detail,
	    strerror(errnum));
	free(detail);
}

void
hv_error_system(int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	system_error(HV_FROM_NONE, errnum, fmt, ap);
	va_end(ap);
}

void
hv_error_system_from(int domain, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	system_error(domain, errnum, fmt, ap);
	va_end(ap);
}

void
hv_error_flags(int domain, unsigned int flags, const char *func)
{
	char *m = xasprintf("unsupported flags (0x%x) in function %s", flags,
	    func);

	/* libvirt sets this text verbatim, without the code's prefix. */
	hv_error_set(HV_ERR_INVALID_ARG, domain, m);
	free(m);
}

int
hv_check_flags(int domain, unsigned int flags, unsigned int allowed,
    const char *func)
{
	if ((flags & ~allowed) == 0)
		return 0;
	hv_error_flags(domain, flags & ~allowed, func);
	return -1;
}

const struct hv_error *
hv_error_last(void)
{
	return last.code == HV_ERR_OK && last.message == NULL ? NULL : &last;
}

void
hv_error_reset(void)
{
	hv_error_release(&last);
}

void
hv_error_save(struct hv_error *save)
{
	*save = last;
	last.message = NULL;
	last.code = HV_ERR_OK;
	last.domain = HV_FROM_NONE;
}

void
hv_error_restore(struct hv_error *save)
{
	hv_error_release(&last);
	last = *save;
	save->message = NULL;
	save->code = HV_ERR_OK;
	save->domain = HV_FROM_NONE;
}
