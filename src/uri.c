/*
 * Connection URIs.  The grammar is RFC 3986's generic syntax read the
 * way libxml2's xmlParseURI() reads it (libvirt's parser is a wrapper
 * around it), including its quirks, so that every string virsh accepts
 * or refuses is accepted or refused here with the same fields:
 *
 *  - a full URI is tried first; when that fails the whole string is
 *    parsed again as a relative reference (so "xen" is a path);
 *  - the host is a bracketed literal (anything up to ']') or a reg-name;
 *  - user, server, path and fragment are percent-decoded, the query is
 *    kept raw and split into parameters afterwards;
 *  - an empty userinfo ("//@host") takes the whole rest of the string
 *    as the user: libxml2 decodes a zero-length span as "to the end";
 *  - the port is dropped when there is no server.
 *
 * Formatting follows libvirt's virURIFormat() on top of xmlSaveUri().
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "uri.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* Longer strings are refused outright: no real URI comes near this. */
#define URI_MAX_LEN (64 * 1024)

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int
hex_value(int c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return c - 'A' + 10;
}

/* RFC 3986 unreserved: ALPHA DIGIT - . _ ~ */
static int
is_unreserved(int c)
{
	return is_alpha(c) || is_digit(c) || c == '-' || c == '.' ||
	    c == '_' || c == '~';
}

static int
is_sub_delim(int c)
{
	return c != '\0' && strchr("!$&'()*+,;=", c) != NULL;
}

/* A valid "%XX"; p[1] is checked before p[2] is read. */
static int
is_pct(const char *p)
{
	return p[0] == '%' && is_hex((unsigned char)p[1]) &&
	    is_hex((unsigned char)p[2]);
}

static int
is_pchar(const char *p)
{
	return is_unreserved(*p) || is_pct(p) || is_sub_delim(*p) ||
	    *p == ':' || *p == '@';
}

/* Step over one character class match: an escape is three bytes. */
static const char *
step(const char *p)
{
	return *p == '%' ? p + 3 : p + 1;
}

/*
 * Decode n bytes of s.  A '%' not followed by two hex digits is kept.
 * A decoded %00 ends the C string early, as it does in libvirt.
 */
static char *
unescape(const char *s, size_t n)
{
	char *out = xmalloc(n + 1);
	size_t i = 0, o = 0;

	while (i < n) {
		if (n - i > 2 && s[i] == '%' &&
		    is_hex((unsigned char)s[i + 1]) &&
		    is_hex((unsigned char)s[i + 2])) {
			out[o++] = (char)(hex_value((unsigned char)s[i + 1]) *
			    16 + hex_value((unsigned char)s[i + 2]));
			i += 3;
		} else
			out[o++] = s[i++];
	}
	out[o] = '\0';
	return out;
}

static void
clear(struct hv_uri *u)
{
	size_t i;

	free(u->scheme);
	free(u->server);
	free(u->user);
	free(u->path);
	free(u->query);
	free(u->fragment);
	for (i = 0; i < u->nparams; i++) {
		free(u->params[i].name);
		free(u->params[i].value);
	}
	free(u->params);
	memset(u, 0, sizeof(*u));
}

static void
set_field(char **field, char *value)
{
	free(*field);
	*field = value;
}

/* Decimal port; at least one digit, at most INT_MAX. */
static int
parse_port(struct hv_uri *u, const char **sp)
{
	const char *p = *sp;
	int port = 0;

	if (!is_digit(*p))
		return -1;
	while (is_digit(*p)) {
		int d = *p - '0';

		if (port > (INT_MAX - d) / 10)
			return -1;
		port = port * 10 + d;
		p++;
	}
	u->port = port;
	*sp = p;
	return 0;
}

/* authority = [ userinfo "@" ] host [ ":" port ] */
static int
parse_authority(struct hv_uri *u, const char **sp)
{
	const char *start = *sp, *p = *sp, *host;

	while (is_unreserved(*p) || is_pct(p) || is_sub_delim(*p) ||
	    *p == ':')
		p = step(p);
	if (*p == '@') {
		/* libxml2 reads a zero-length span as "to the end". */
		if (p == start)
			set_field(&u->user, unescape(start, strlen(start)));
		else
			set_field(&u->user, unescape(start, p - start));
		p++;
	} else
		p = start;

	host = p;
	if (*p == '[') {
		while (*p != ']' && *p != '\0')
			p++;
		if (*p != ']')
			return -1;
		p++;
	} else {
		while (is_unreserved(*p) || is_pct(p) || is_sub_delim(*p))
			p = step(p);
	}
	set_field(&u->server, p != host ? unescape(host, p - host) : NULL);

	if (*p == ':') {
		p++;
		if (parse_port(u, &p) < 0)
			return -1;
	}
	*sp = p;
	return 0;
}

static void
set_path(struct hv_uri *u, const char *start, const char *end)
{
	set_field(&u->path, end != start ? unescape(start, end - start) :
	    NULL);
}

/* path-abempty = *( "/" segment ) */
static void
parse_path_abempty(struct hv_uri *u, const char **sp)
{
	const char *p = *sp;

	while (*p == '/') {
		p++;
		while (is_pchar(p))
			p = step(p);
	}
	set_path(u, *sp, p);
	*sp = p;
}

/*
 * path-absolute, path-rootless and path-noscheme: the first segment
 * (after the leading '/' for absolute) may not contain forbid; later
 * segments are any pchar.
 */
static void
parse_path_segments(struct hv_uri *u, const char **sp, int forbid)
{
	const char *p = *sp;

	if (*p == '/')
		p++;
	while (is_pchar(p) && *p != forbid)
		p = step(p);
	while (*p == '/') {
		p++;
		while (is_pchar(p))
			p = step(p);
	}
	set_path(u, *sp, p);
	*sp = p;
}

/* [ "?" query ] [ "#" fragment ], then the end of the string. */
static int
parse_tail(struct hv_uri *u, const char *p)
{
	const char *start;

	if (*p == '?') {
		start = ++p;
		while (is_pchar(p) || *p == '/' || *p == '?')
			p = step(p);
		set_field(&u->query, xstrndup(start, p - start));
	}
	if (*p == '#') {
		start = ++p;
		while (is_pchar(p) || *p == '/' || *p == '?' || *p == '[' ||
		    *p == ']')
			p = step(p);
		set_field(&u->fragment, unescape(start, p - start));
	}
	return *p == '\0' ? 0 : -1;
}

/* URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ] */
static int
parse_absolute(struct hv_uri *u, const char *p)
{
	const char *start = p;

	if (!is_alpha(*p))
		return -1;
	while (is_alpha(*p) || is_digit(*p) || *p == '+' || *p == '-' ||
	    *p == '.')
		p++;
	if (*p != ':')
		return -1;
	u->scheme = xstrndup(start, p - start);
	p++;

	if (p[0] == '/' && p[1] == '/') {
		p += 2;
		if (parse_authority(u, &p) < 0)
			return -1;
		parse_path_abempty(u, &p);
	} else if (*p == '/' || is_pchar(p))
		parse_path_segments(u, &p, '\0');
	return parse_tail(u, p);
}

/* relative-ref = relative-part [ "?" query ] [ "#" fragment ] */
static int
parse_relative(struct hv_uri *u, const char *p)
{
	if (p[0] == '/' && p[1] == '/') {
		p += 2;
		if (parse_authority(u, &p) < 0)
			return -1;
		parse_path_abempty(u, &p);
	} else if (*p == '/')
		parse_path_segments(u, &p, '\0');
	else if (is_pchar(p))
		parse_path_segments(u, &p, ':');
	return parse_tail(u, p);
}

static void
add_param(struct hv_uri *u, char *name, char *value)
{
	u->params = xgrow_count(u->params, u->nparams,
	    u->nparams + 1, sizeof(*u->params));
	u->params[u->nparams].name = name;
	u->params[u->nparams].value = value;
	u->nparams++;
}

/*
 * Split the raw query: '&' separates, ';' only when no '&' is left;
 * empty sections and "=value" are skipped; "name" gets "".
 */
static void
parse_params(struct hv_uri *u)
{
	const char *q = u->query, *end, *eq;

	if (q == NULL)
		return;
	while (*q != '\0') {
		end = strchr(q, '&');
		if (end == NULL)
			end = strchr(q, ';');
		if (end == NULL)
			end = q + strlen(q);
		eq = memchr(q, '=', end - q);

		if (end == q) {
			/* an empty section: "a=1&&b=2" */
		} else if (eq == NULL)
			add_param(u, unescape(q, end - q), xstrdup(""));
		else if (eq + 1 == end)
			/* "=" alone: libvirt decodes a zero-length name
			 * as the rest of the query. */
			add_param(u, eq == q ? unescape(q, strlen(q)) :
			    unescape(q, eq - q), xstrdup(""));
		else if (eq != q)
			add_param(u, unescape(q, eq - q),
			    unescape(eq + 1, end - eq - 1));

		q = *end != '\0' ? end + 1 : end;
	}
}

/* "[::1]" -> "::1"; a bracketed name without ':' is left alone. */
static void
strip_brackets(char *s)
{
	size_t len;

	if (s == NULL)
		return;
	len = strlen(s);
	if (len >= 2 && s[0] == '[' && s[len - 1] == ']' &&
	    strchr(s, ':') != NULL) {
		memmove(s, s + 1, len - 2);
		s[len - 2] = '\0';
	}
}

static int
has_control(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

struct hv_uri *
hv_uri_parse(const char *str)
{
	struct hv_uri *u;

	if (str == NULL || strnlen(str, URI_MAX_LEN + 1) > URI_MAX_LEN ||
	    has_control(str))
		goto fail;

	u = xcalloc(1, sizeof(*u));
	if (parse_absolute(u, str) < 0) {
		clear(u);
		if (parse_relative(u, str) < 0) {
			hv_uri_free(u);
			goto fail;
		}
	}
	strip_brackets(u->server);
	if (u->server == NULL || u->server[0] == '\0')
		u->port = 0;
	parse_params(u);
	return u;

fail:
	hv_error_report(HV_FROM_URI, HV_ERR_INTERNAL_ERROR,
	    "Unable to parse URI %s", str != NULL ? str : "(null)");
	return NULL;
}

/* keep: RFC 2396 unreserved (alnum and -_.!~*'()) plus extra. */
static void
add_escaped(struct hv_buf *b, const char *s, const char *extra)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (is_alpha(*p) || is_digit(*p) ||
		    strchr("-_.!~*'()", *p) != NULL ||
		    strchr(extra, *p) != NULL) {
			hv_buf_addc(b, (char)*p);
			continue;
		}
		hv_buf_addc(b, '%');
		hv_buf_addc(b, hex[*p >> 4]);
		hv_buf_addc(b, hex[*p & 0xf]);
	}
}

char *
hv_uri_format(const struct hv_uri *uri)
{
	struct hv_buf b = HV_BUF_INIT;
	const char *path = uri->path;

	if (uri->scheme != NULL) {
		hv_buf_add(&b, uri->scheme);
		hv_buf_addc(&b, ':');
	}
	/*
	 * libvirt asks for "//" whenever there is no server and no port,
	 * which is why "test:default" comes back as "test://default".
	 */
	if (uri->server != NULL || uri->port == 0) {
		hv_buf_add(&b, "//");
		if (uri->user != NULL) {
			add_escaped(&b, uri->user, ";:&=+$,");
			hv_buf_addc(&b, '@');
		}
		if (uri->server != NULL) {
			if (strchr(uri->server, ':') != NULL)
				hv_buf_addf(&b, "[%s]", uri->server);
			else
				hv_buf_add(&b, uri->server);
		}
		if (uri->port > 0)
			hv_buf_addf(&b, ":%d", uri->port);
	}
	if (path != NULL) {
		/* libxml2 keeps the drive colon of file:///c:/... */
		if (uri->scheme != NULL && strcmp(uri->scheme, "file") == 0 &&
		    path[0] == '/' && is_alpha(path[1]) && path[2] == ':') {
			hv_buf_addn(&b, path, 3);
			path += 3;
		}
		add_escaped(&b, path, "/;@&=+$,");
	}
	if (uri->query != NULL) {
		hv_buf_addc(&b, '?');
		hv_buf_add(&b, uri->query);
	}
	if (uri->fragment != NULL) {
		hv_buf_addc(&b, '#');
		add_escaped(&b, uri->fragment, ";/?:@&=+$,[]");
	}
	return hv_buf_detach(&b);
}

char *
hv_uri_format_params(const struct hv_uri *uri)
{
	static const char hex[] = "0123456789ABCDEF";
	struct hv_buf b = HV_BUF_INIT;
	const unsigned char *p;
	size_t i;

	if (uri->nparams == 0)
		return NULL;
	for (i = 0; i < uri->nparams; i++) {
		if (i > 0)
			hv_buf_addc(&b, '&');
		hv_buf_add(&b, uri->params[i].name);
		hv_buf_addc(&b, '=');
		for (p = (const unsigned char *)uri->params[i].value;
		    *p != '\0'; p++) {
			if (is_unreserved(*p))
				hv_buf_addc(&b, (char)*p);
			else
				hv_buf_addf(&b, "%%%c%c", hex[*p >> 4],
				    hex[*p & 0xf]);
		}
	}
	return hv_buf_detach(&b);
}

void
hv_uri_free(struct hv_uri *uri)
{
	if (uri == NULL)
		return;
	clear(uri);
	free(uri);
}

char *
hv_uri_driver(const struct hv_uri *uri)
{
	if (uri->scheme == NULL)
		return NULL;
	return xstrndup(uri->scheme, strcspn(uri->scheme, "+"));
}

char *
hv_uri_transport(const struct hv_uri *uri)
{
	const char *plus;

	if (uri->scheme == NULL || (plus = strchr(uri->scheme, '+')) == NULL)
		return NULL;
	return xstrdup(plus + 1);
}

const char *
hv_uri_param(const struct hv_uri *uri, const char *name)
{
	size_t i;

	for (i = 0; i < uri->nparams; i++)
		if (strcasecmp(uri->params[i].name, name) == 0)
			return uri->params[i].value;
	return NULL;
}
