/*
 * What the pool and volume command files share: the pool and volume
 * lookups with virsh's error lines, and the size printers.
 */
#ifndef HVSH_COMPLETE_STORAGE_H
#define HVSH_COMPLETE_STORAGE_H

#include <stddef.h>

#include "cmd.h"

/*
 * The pool named (name or UUID) by option i.  On failure prints
 * "error: failed to get pool 'X'" and returns NULL.  *name, when not
 * NULL, gets the word as typed.
 */
struct hv_pool *shell_pool(struct shell *sh, const struct cmd_args *a,
    unsigned int i, const char **name);

/*
 * The volume named by option vi (name, key or path), in the pool of
 * option pi when given (pi < 0: no pool option, so no lookup by name).
 * On failure prints virsh's "failed to get vol 'X'" line (with its
 * "specifying --pool might help" hint when that applies).
 */
struct hv_vol *shell_vol(struct shell *sh, const struct cmd_args *a,
    unsigned int vi, int pi, const char **name);

/* "1.50 GiB": the largest binary unit keeping the value under 1024. */
void pretty_capacity(char *out, size_t len, unsigned long long bytes);
/*
 * One "%-15s %s" size line of pool-info/vol-info: pretty (NULL unit) or
 * raw bytes followed by unit ("" for pool-info, " bytes" for vol-info);
 * in machine formats the bytes under key.
 */
void size_field(struct shell *sh, const char *label, const char *key,
    unsigned long long v, const char *unit);

#endif
