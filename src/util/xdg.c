#include "util/xdg.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/xalloc.h"

static char *
strip_slashes(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && s[n - 1] == '/')
		s[--n] = '\0';
	return s;
}

static char *
xdg_home(const char *var, const char *fallback)
{
	const char *dir = getenv(var), *home;
	struct passwd *pw;
	char *h, *path;

	if (dir != NULL && dir[0] == '/')
		return strip_slashes(xstrdup(dir));
	home = getenv("HOME");
	if (home == NULL || *home == '\0') {
		pw = getpwuid(getuid());
		home = pw != NULL && pw->pw_dir != NULL ? pw->pw_dir : "/";
	}
	h = strip_slashes(xstrdup(home));
	path = xasprintf("%s/%s", h, fallback);
	free(h);
	return path;
}

char *
hv_xdg_config_home(void)
{
	return xdg_home("XDG_CONFIG_HOME", ".config");
}

char *
hv_xdg_cache_home(void)
{
	return xdg_home("XDG_CACHE_HOME", ".cache");
}
