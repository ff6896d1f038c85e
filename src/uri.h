/*
 * Connection URIs: RFC 3986 generic syntax as libvirt reads it, plus the
 * split of the scheme into driver and transport ("qemu+ssh").
 *
 * Every string field is owned by the struct hv_uri and NULL when absent.
 */
#ifndef HV_URI_H
#define HV_URI_H

#include <stddef.h>

struct hv_uri_param {
	char *name;		/* percent-decoded */
	char *value;		/* percent-decoded, "" when no '=' */
};

struct hv_uri {
	char *scheme;		/* case kept: "qemu+ssh", "TEST" */
	char *server;		/* IPv6 literal without brackets */
	char *user;		/* decoded userinfo, may be "user:pass" */
	int port;		/* 0 when none */
	char *path;		/* decoded */
	char *query;		/* raw, still percent-encoded */
	char *fragment;
	struct hv_uri_param *params;	/* decoded query, in order */
	size_t nparams;
};

/*
 * Parse str.  Returns a new URI (free with hv_uri_free()), or NULL with
 * the thread's error set to "internal error: Unable to parse URI STR".
 * Control bytes, over-long input and bad escapes are refused the same way.
 */
struct hv_uri *hv_uri_parse(const char *str);
/*
 * Format back to text as libvirt's virURIFormat() does: the query is
 * written as stored (raw), so "test:///default?a=1;b=2" comes back
 * unchanged, as "virsh uri" prints it.  Caller frees.
 */
char *hv_uri_format(const struct hv_uri *uri);
/*
 * The query re-built from params ("name=value" joined by '&', values
 * escaped except alphanumerics and -._~), or NULL when there are no
 * params.  To format with re-built params (as libvirt's remote driver
 * does): free(uri->query); uri->query = hv_uri_format_params(uri).
 * Caller frees.
 */
char *hv_uri_format_params(const struct hv_uri *uri);
void hv_uri_free(struct hv_uri *uri);

/*
 * The driver part of the scheme ("qemu" of "qemu+ssh") and the transport
 * part (NULL when there is no '+'); both newly allocated, caller frees.
 */
char *hv_uri_driver(const struct hv_uri *uri);
char *hv_uri_transport(const struct hv_uri *uri);
/* The value of the first parameter named name (case-insensitive), or NULL. */
const char *hv_uri_param(const struct hv_uri *uri, const char *name);

#endif
