/*
 * The client configuration file libvirt.conf: uri_default,
 * uri_aliases and the remote driver's tls_priority.  Root reads
 * /etc/libvirt/libvirt.conf, everyone else
 * $XDG_CONFIG_HOME/libvirt/libvirt.conf (default ~/.config/...).
 * A missing file is not an error.  The file is read on every call, as
 * libvirt reads it on every connection open.
 */
#ifndef HV_CONFIG_H
#define HV_CONFIG_H

/*
 * Read the file for its syntax alone: libvirt parses it on every open,
 * whatever the open then needs from it.  0, or -1 with the error set.
 */
int hv_config_check(void);

/*
 * *value gets the string setting name (caller frees), or NULL when
 * not set.  Returns 0, or -1 with the error set (syntax error; not a
 * string: "FILE: expected a string for 'NAME' parameter").
 */
int hv_config_string(const char *name, char **value);

/*
 * *uri gets uri_default (caller frees), or NULL when not set.
 * Returns 0, or -1 with the error set (syntax error, wrong type).
 */
int hv_config_default_uri(char **uri);

/*
 * Look name up in uri_aliases: *uri gets the target (caller frees) of
 * the first entry whose alias equals name, or NULL.  Entries scanned
 * before the match are validated; a malformed one is an error (-1).
 */
int hv_config_resolve_alias(const char *name, char **uri);

/* The path of the file these read; caller frees. */
char *hv_config_path(void);

#endif
