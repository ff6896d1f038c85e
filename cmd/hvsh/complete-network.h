/*
 * What the network command file offers others: the network look-up
 * with virsh's error line.
 */
#ifndef HVSH_COMPLETE_NETWORK_H
#define HVSH_COMPLETE_NETWORK_H

#include "cmd.h"

/*
 * The network named by option i: by UUID when the word is shaped like
 * one and by (BY_UUID), then by name (BY_NAME).  On failure prints
 * "error: failed to get network 'X'" and returns NULL (the look-up's
 * own error, if one ran, is left for the shell to print).  *name, when
 * not NULL, gets the word as typed.
 */
struct hv_network *shell_network(struct shell *sh, const struct cmd_args *a,
    unsigned int i, unsigned int by, const char **name);

#endif
