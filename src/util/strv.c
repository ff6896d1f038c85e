#include "util/strv.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

void
hv_strv_add_take(char ***v, size_t *n, char *s)
{
	*v = xgrow_count(*v, *n + 1, *n + 2, sizeof(**v));
	(*v)[(*n)++] = s;
	(*v)[*n] = NULL;
}

void
hv_strv_add(char ***v, size_t *n, const char *s)
{
	hv_strv_add_take(v, n, xstrdup(s));
}

size_t
hv_strv_len(char *const *v)
{
	size_t n = 0;

	while (v && v[n])
		n++;
	return n;
}

void
hv_strv_free(char **v)
{
	if (v == NULL)
		return;
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void
hv_strv_sort(char **v)
{
	qsort(v, hv_strv_len(v), sizeof(*v), cmp);
}
