/*
 * authconf.c: reading auth.conf (see authconf.h).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "util/authconf.h"
#include "util/file.h"
#include "util/xalloc.h"
#include "util/xdg.h"

/* What libvirt reads of a configuration file at most. */
#define AUTHCONF_MAX (1024 * 1024)

struct entry {
	size_t group;		/* index into groups */
	char *key, *value;
};

struct hv_authconf {
	char *path;
	char **groups;
	size_t ngroups, groups_cap;
	struct entry *entries;
	size_t nentries, entries_cap;
};

char *
hv_authconf_path(const char *authfile)
{
	const char *env = getenv("LIBVIRT_AUTH_FILE");
	char *dir, *path;

	if (env)
		return xstrdup(env);
	if (authfile)
		return xstrdup(authfile);
	dir = hv_xdg_config_home();
	path = xasprintf("%s/libvirt/auth.conf", dir);
	free(dir);
	if (access(path, R_OK) == 0)
		return path;
	free(path);
	path = xstrdup("/etc/libvirt/auth.conf");
	if (access(path, R_OK) == 0)
		return path;
	free(path);
	return NULL;
}

void
hv_authconf_free(struct hv_authconf *ac)
{
	if (ac == NULL)
		return;
	for (size_t i = 0; i < ac->ngroups; i++)
		free(ac->groups[i]);
	for (size_t i = 0; i < ac->nentries; i++) {
		free(ac->entries[i].key);
		free(ac->entries[i].value);
	}
	free(ac->groups);
	free(ac->entries);
	free(ac->path);
	free(ac);
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The group line at s ('[' at s[0]) into ac; -1 when malformed. */
static int
add_group(struct hv_authconf *ac, const char *s, const char *end)
{
	const char *close = memchr(s, ']', (size_t)(end - s));

	if (close == NULL || close == s + 1)
		return -1;
	for (const char *p = close + 1; p < end; p++) {
		if (!is_blank(*p))
			return -1;
	}
	ac->groups = xgrow(ac->groups, &ac->groups_cap, ac->ngroups + 1,
	    sizeof(*ac->groups));
	ac->groups[ac->ngroups++] = xstrndup(s + 1, (size_t)(close - s - 1));
	return 0;
}

/* The "key=value" line at s into the last group; -1 when malformed. */
static int
add_entry(struct hv_authconf *ac, const char *s, const char *end)
{
	const char *eq = memchr(s, '=', (size_t)(end - s));
	const char *kend, *v;
	struct entry *e;

	if (eq == NULL || ac->ngroups == 0)
		return -1;
	for (kend = eq; kend > s && is_blank(kend[-1]); kend--)
		;
	if (kend == s)
		return -1;
	for (v = eq + 1; v < end && is_blank(*v); v++)
		;
	ac->entries = xgrow(ac->entries, &ac->entries_cap, ac->nentries + 1,
	    sizeof(*ac->entries));
	e = &ac->entries[ac->nentries++];
	e->group = ac->ngroups - 1;
	e->key = xstrndup(s, (size_t)(kend - s));
	e->value = xstrndup(v, (size_t)(end - v));
	return 0;
}

static int
parse(struct hv_authconf *ac, const char *text, size_t len)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *s = p;
		int r = 0;

		if (eol > s && eol[-1] == '\r')
			eol--;
		while (s < eol && is_blank(*s))
			s++;
		if (s < eol && *s == '[')
			r = add_group(ac, s, eol);
		else if (s < eol && *s != '#')
			r = add_entry(ac, s, eol);
		if (r < 0)
			return -1;
		p = nl ? nl + 1 : end;
	}
	return 0;
}

struct hv_authconf *
hv_authconf_load(const char *path)
{
	struct hv_authconf *ac;
	struct hv_file_error fe;
	size_t len;
	char *text = hv_file_load(path, AUTHCONF_MAX, &len, &fe);

	/*
	 * libvirt 9.0 loses its own message on these paths: virsh says
	 * only that the cause is unknown, and so do we.
	 */
	if (text == NULL) {
		hv_error_set(HV_ERR_INTERNAL_ERROR, HV_FROM_NONE,
		    "An error occurred, but the cause is unknown");
		return NULL;
	}
	ac = xcalloc(1, sizeof(*ac));
	ac->path = xstrdup(path);
	if (parse(ac, text, len) < 0) {
		hv_error_set(HV_ERR_INTERNAL_ERROR, HV_FROM_NONE,
		    "An error occurred, but the cause is unknown");
		hv_authconf_free(ac);
		ac = NULL;
	}
	free(text);
	return ac;
}

static int
has_group(const struct hv_authconf *ac, const char *name)
{
	for (size_t i = 0; i < ac->ngroups; i++) {
		if (strcmp(ac->groups[i], name) == 0)
			return 1;
	}
	return 0;
}

/* The last value of key in the groups called group, or NULL. */
static const char *
get(const struct hv_authconf *ac, const char *group, const char *key)
{
	const char *v = NULL;

	for (size_t i = 0; i < ac->nentries; i++) {
		const struct entry *e = &ac->entries[i];

		if (strcmp(e->key, key) == 0 &&
		    strcmp(ac->groups[e->group], group) == 0)
			v = e->value;
	}
	return v;
}

int
hv_authconf_lookup(const struct hv_authconf *ac, const char *service,
    const char *host, const char *credname, const char **value)
{
	char *auth = xasprintf("auth-%s-%s", service,
	    host ? host : "localhost");
	char *cred = NULL;
	const char *name;
	int r = -1;

	*value = NULL;
	if (!has_group(ac, auth)) {
		free(auth);
		auth = xasprintf("auth-%s-default", service);
		if (!has_group(ac, auth)) {
			r = 0;
			goto out;
		}
	}
	if ((name = get(ac, auth, "credentials")) == NULL) {
		hv_error_report(HV_FROM_AUTH, HV_ERR_CONF_SYNTAX,
		    "Missing item 'credentials' in group '%s' in '%s'", auth,
		    ac->path);
		goto out;
	}
	cred = xasprintf("credentials-%s", name);
	if (!has_group(ac, cred)) {
		hv_error_report(HV_FROM_AUTH, HV_ERR_CONF_SYNTAX,
		    "Missing group '%s' referenced from group '%s' in '%s'",
		    cred, auth, ac->path);
		goto out;
	}
	*value = get(ac, cred, credname);
	r = 0;
out:
	free(auth);
	free(cred);
	return r;
}
