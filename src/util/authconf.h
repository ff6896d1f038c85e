/*
 * authconf.h: libvirt's client credentials file, auth.conf.
 *
 * An ini file of groups:
 *
 *	[credentials-NAME]		username=, authname=, password=,
 *	authname=alice			realm= (any key may be missing)
 *	password=secret
 *
 *	[auth-SERVICE-HOST]		which credentials a service (always
 *	credentials=NAME		"libvirt" here) uses on a host, the
 *					host as the URI writes it
 *
 * with [auth-SERVICE-default] for every host without its own group.
 * Lines are "key=value" (blanks around the key and before the value
 * dropped, a final CR too), "[group]", '#' comments and blank lines;
 * anything else, or a key before the first group, is a syntax error.
 * A later group of the same name adds to the earlier one, and a later
 * key wins.
 */
#ifndef HV_AUTHCONF_H
#define HV_AUTHCONF_H

struct hv_authconf;

/*
 * The file to read, in libvirt's order: $LIBVIRT_AUTH_FILE, authfile
 * (the URI's authfile= parameter; may be NULL), then
 * $XDG_CONFIG_HOME/libvirt/auth.conf and /etc/libvirt/auth.conf when
 * readable.  NULL when there is none.  Caller frees.
 */
char *hv_authconf_path(const char *authfile);

/*
 * The file at path, parsed; NULL with the error set when it cannot be
 * read or parsed.  Free with hv_authconf_free().
 */
struct hv_authconf *hv_authconf_load(const char *path);
void hv_authconf_free(struct hv_authconf *ac);

/*
 * *value = credname ("authname", "password" ...) of the credentials
 * that [auth-SERVICE-HOST] (else [auth-SERVICE-default]) names, NULL
 * when the file has none (host NULL: "localhost").  The string belongs
 * to ac.  0, or -1 with libvirt's error when the auth group names no
 * credentials or a group that does not exist.
 */
int hv_authconf_lookup(const struct hv_authconf *ac, const char *service,
    const char *host, const char *credname, const char **value);

#endif
