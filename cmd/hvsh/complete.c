/*
 * The completion engine (spec §3), shared by the line editor's TAB and
 * the hidden "complete" command, and the completers of cmd.h.
 */
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "shell.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

struct shell *complete_shell;

/* Completers run before any command may have connected. */
static struct hv_conn *
completion_conn(struct shell *sh)
{
	bool ok;

	if (sh->conn != NULL)
		return sh->conn;
	sh->silent++;
	ok = shell_connect(sh);
	sh->silent--;
	hv_error_reset();
	return ok ? sh->conn : NULL;
}

char **
complete_domains(struct shell *sh, const struct cmd_args *a)
{
	struct hv_conn *conn = completion_conn(sh);
	struct hv_domain **doms = NULL;
	char **names = NULL;
	size_t n = 0;
	int i, count;

	if (conn == NULL)
		return NULL;
	if ((count = hv_conn_list_all_domains(conn, &doms, 0)) < 0) {
		hv_error_reset();
		return NULL;
	}
	for (i = 0; i < count; i++)
		hv_strv_add(&names, &n, doms[i]->name);
	hv_domain_list_free(doms, count);
	return names;
}

char **
complete_commands(struct shell *sh, const struct cmd_args *a)
{
	const struct cmd_entry *const *c;
	char **names = NULL;
	size_t n = 0;

	for (c = cmd_table; *c != NULL; c++)
		if (!((*c)->flags & CMD_HIDDEN))
			hv_strv_add(&names, &n, (*c)->name);
	return names;
}

/* Adds the candidates of all that start with prefix, once each. */
static void
add_matching(char ***out, size_t *n, char *const *all, const char *prefix,
    char quote)
{
	size_t plen = strlen(prefix), i, j;
	struct hv_buf b = HV_BUF_INIT;
	const char *s;

	for (i = 0; all != NULL && all[i] != NULL; i++) {
		if (strncmp(all[i], prefix, plen) != 0)
			continue;
		hv_buf_reset(&b);
		for (s = all[i]; *s != '\0'; s++) {
			/* Inside a quote the editor needs no escaping. */
			if (quote == 0 && *s == ' ')
				hv_buf_addc(&b, '\\');
			hv_buf_addc(&b, *s);
		}
		for (j = 0; j < *n; j++)
			if (strcmp((*out)[j], hv_buf_str(&b)) == 0)
				break;
		if (j == *n)
			hv_strv_add(out, n, hv_buf_str(&b));
	}
	hv_buf_release(&b);
}

static char **
option_names(const struct cmd_args *a)
{
	const struct cmd_opt *o;
	char **names = NULL;
	size_t n = 0, i;

	for (i = 0; i < a->nopts; i++) {
		o = &a->cmd->opts[i];
		if (o->type == OPT_ALIAS)
			continue;
		if (a->v[i].given && o->type != OPT_ARGV)
			continue;
		hv_strv_add_take(&names, &n, xasprintf("--%s", o->name));
	}
	return names;
}

/* The option that a data word would fill next, or -1. */
static int
positional_target(const struct cmd_args *a)
{
	const struct cmd_opt *o;
	size_t i;

	for (i = 0; i < a->nopts; i++) {
		o = &a->cmd->opts[i];
		if (o->type == OPT_BOOL || o->type == OPT_ALIAS ||
		    (o->flags & OPT_NAMED))
			continue;
		if (o->type == OPT_ARGV || !a->v[i].given)
			return (int)i;
	}
	return -1;
}

/* "--name" of a value-taking option (aliases resolved), or -1. */
static int
value_option(const struct cmd_entry *cmd, const char *word)
{
	const struct cmd_opt *o;
	char *target;
	int i;

	if (strncmp(word, "--", 2) != 0)
		return -1;
	if ((i = cmd_opt_index(cmd, word + 2)) < 0)
		return -1;
	o = &cmd->opts[i];
	if (o->type == OPT_ALIAS) {
		if (strchr(o->help, '=') != NULL)
			return -1;
		target = xstrdup(o->help);
		i = cmd_opt_index(cmd, target);
		free(target);
		if (i < 0)
			return -1;
		o = &cmd->opts[i];
	}
	return o->type == OPT_BOOL || o->type == OPT_ALIAS ? -1 : i;
}

static char **
run_completer(struct shell *sh, const struct cmd_args *a, int i)
{
	cmd_completer fn = a->cmd->opts[i].complete;

	return fn != NULL ? fn(sh, a) : NULL;
}

char **
complete_line(struct shell *sh, const char *line)
{
	struct lex_result r;
	const char *err = NULL, *partial = "";
	const struct cmd_entry *cmd;
	struct cmd_args *a = NULL;
	char **words = NULL, **all = NULL, **out = NULL;
	size_t nwords = 0, nout = 0;
	int target = -1;

	if (lex_split(line, LEX_LENIENT, &r, &err) < 0 || r.in_comment)
		goto cleanup;
	if (r.n > 0 && !r.ended) {
		words = r.cmds[r.n - 1].words;
		nwords = r.cmds[r.n - 1].n;
		if (r.open) {
			partial = words[--nwords];
		}
	}
	if (nwords == 0) {
		all = complete_commands(sh, NULL);
		add_matching(&out, &nout, all, partial, r.quote);
		goto cleanup;
	}
	if ((cmd = cmd_lookup(words[0])) == NULL)
		goto cleanup;
	a = parse_command_lenient(words, nwords);
	if (a == NULL)
		goto cleanup;

	if (strncmp(partial, "--", 2) == 0 && strchr(partial, '=') != NULL) {
		/* "--opt=val": the editor breaks words at '='. */
		char *name = xstrndup(partial, strchr(partial, '=') - partial);

		target = value_option(cmd, name);
		free(name);
		partial = strchr(partial, '=') + 1;
		if (target >= 0)
			all = run_completer(sh, a, target);
		add_matching(&out, &nout, all, partial, r.quote);
		goto cleanup;
	}
	if (nwords > 1 && (target = value_option(cmd, words[nwords - 1])) >= 0
	    && cmd->opts[target].complete != NULL) {
		all = run_completer(sh, a, target);
	} else if (*partial != '\0' && partial[0] != '-' &&
	    (target = positional_target(a)) >= 0 &&
	    cmd->opts[target].complete != NULL) {
		all = run_completer(sh, a, target);
	} else {
		all = option_names(a);
	}
	add_matching(&out, &nout, all, partial, r.quote);

cleanup:
	hv_strv_free(all);
	cmd_args_free(a);
	lex_result_release(&r);
	return out;
}
