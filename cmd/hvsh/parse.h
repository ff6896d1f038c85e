/*
 * Command lookup and option binding, with virsh's grammar errors.  Parse
 * errors come back as message lines so that a whole command string can
 * be checked before anything runs.
 */
#ifndef HVSH_PARSE_H
#define HVSH_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd.h"

/* One bound value per option of the command. */
struct opt_val {
	bool given;
	char *str;		/* OPT_STRING, OPT_INT, OPT_SCALED: the text */
	char **argv;		/* OPT_ARGV */
	size_t argc;
};

struct cmd_args {
	const struct cmd_entry *cmd;
	size_t nopts;
	struct opt_val *v;
	bool help;		/* "--help" was among the words */
};

/* ---- cmd-table / lookup --------------------------------------------- */

const struct cmd_entry *cmd_lookup(const char *name);
/* Index of option name in cmd->opts, or -1. */
int cmd_opt_index(const struct cmd_entry *cmd, const char *name);

/* ---- parse.c ---------------------------------------------------------- */

/*
 * Bind words[0..n) (words[0] = the command name) to a new cmd_args.
 * On a parse error returns NULL and *errs gets the message lines
 * (without "error: "), caller frees with hv_strv_free().  help may
 * also leave lines in *errs and still bind (a repeated option): they
 * are printed, and help runs.
 */
struct cmd_args *parse_command(char *const *words, size_t n, char ***errs);
/* The same for a given command (words[0] is not looked at). */
struct cmd_args *parse_bind(const struct cmd_entry *cmd, char *const *words,
    size_t n, char ***errs);
/* Bind what can be bound, ignoring errors (completion); NULL only when
 * the command is unknown. */
struct cmd_args *parse_command_lenient(char *const *words, size_t n);
void cmd_args_free(struct cmd_args *a);

#endif
