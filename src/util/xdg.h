/*
 * The per-user base directories of the XDG Base Directory
 * Specification: $XDG_CONFIG_HOME (default ~/.config) for libvirt.conf
 * and $XDG_CACHE_HOME (default ~/.cache) for the history.
 */
#ifndef HV_XDG_H
#define HV_XDG_H

/*
 * The directory, without trailing slashes; caller frees.  A variable
 * that is unset, empty or not an absolute path counts as unset (the
 * specification says relative paths are invalid and must be ignored),
 * and then the default under $HOME is used: HOME unset or empty is
 * looked up in the password database, and "/" when that fails too.
 */
char *hv_xdg_config_home(void);
char *hv_xdg_cache_home(void);

#endif
