/*
 * Handing text to the user's editor through a temporary file: what the
 * edit commands (cmd-edit.c) and desc --edit (cmd-dommisc.c) share.
 * Each function prints virsh's own error line itself and, where the
 * cause is a system or child-process error, leaves that as the core
 * error for the shell to print after it.
 */
#ifndef HVSH_CMD_EDIT_H
#define HVSH_CMD_EDIT_H

#include <stdbool.h>

#include "cmd.h"

/*
 * Write text to a new file $TMPDIR/hvshXXXXXX.xml (TMPDIR unset:
 * /tmp), readable by its owner only.  Returns its path (caller unlinks
 * and frees), or NULL.
 */
char *editor_tmp_write(struct shell *sh, const char *text);

/*
 * Run $VISUAL, else $EDITOR, else vi on path, with the shell's standard
 * streams, and wait for it.  Returns false when it could not start or
 * did not exit with status 0.
 */
bool editor_run(struct shell *sh, const char *path);

/* The file's contents after editing (caller frees), or NULL. */
char *editor_read_back(struct shell *sh, const char *path);

#endif
