/* NULL-terminated arrays of owned strings. */
#ifndef HV_STRV_H
#define HV_STRV_H

#include <stddef.h>

/* Append a copy of s to *v (which may be NULL); *n counts the entries. */
void hv_strv_add(char ***v, size_t *n, const char *s);
/* Append s itself, taking ownership. */
void hv_strv_add_take(char ***v, size_t *n, char *s);
size_t hv_strv_len(char *const *v);
void hv_strv_free(char **v);
/* Sort in place with strcmp(). */
void hv_strv_sort(char **v);

#endif
