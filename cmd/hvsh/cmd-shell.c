/*
 * The shell's own commands: help, quit, exit, echo, cd, pwd, connect and
 * the hidden self-test and complete.
 */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shell.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* ---- help ------------------------------------------------------------- */

enum { HELP_O_COMMAND };
static const struct cmd_opt help_opts[] = {
	[HELP_O_COMMAND] = { "command", OPT_STRING, OPT_EMPTY_OK,
	    "a command or a group keyword to describe", COMPLETE_COMMAND },
	{ NULL }
};

static bool
cmd_help_run(struct shell *sh, const struct cmd_args *a)
{
	const char *name = opt_str(a, HELP_O_COMMAND);
	const struct cmd_entry *cmd;
	int g;

	out_raw(sh);
	if (name == NULL || *name == '\0') {
		help_all();
		return true;
	}
	if ((cmd = cmd_lookup(name)) != NULL) {
		help_command(cmd);
		return true;
	}
	for (g = 0; g < GRP_COUNT; g++) {
		if (strcmp(name, cmd_group_keywords[g]) == 0 ||
		    strcmp(name, cmd_group_names[g]) == 0) {
			help_group(g);
			return true;
		}
	}
	shell_error(sh, "command or command group '%s' doesn't exist", name);
	return false;
}

const struct cmd_entry cmd_help = {
	"help", NULL, GRP_SHELL, "show help",
	"Shows the list of commands, the commands of one group, or how to "
	"use one command.",
	help_opts, cmd_help_run, CMD_NOCONNECT,
};

/* ---- quit, exit --------------------------------------------------------- */

static bool
cmd_quit_run(struct shell *sh, const struct cmd_args *a)
{
	/* quit, exit, cd and connect answer nothing, in any format */
	out_raw(sh);
	sh->stop = true;
	return true;
}

static const struct cmd_opt no_opts[] = { { NULL } };

const struct cmd_entry cmd_quit = {
	"quit", NULL, GRP_SHELL, "leave the interactive shell", NULL,
	no_opts, cmd_quit_run, CMD_NOCONNECT,
};

const struct cmd_entry cmd_exit = {
	"exit", NULL, GRP_SHELL, "leave the interactive shell", NULL,
	no_opts, cmd_quit_run, CMD_NOCONNECT,
};

/* ---- echo ------------------------------------------------------------- */

enum { ECHO_O_SHELL, ECHO_O_XML, ECHO_O_STR, ECHO_O_HI, ECHO_O_SPLIT,
	ECHO_O_ERR, ECHO_O_STRING };
static const struct cmd_opt echo_opts[] = {
	[ECHO_O_SHELL] = { "shell", OPT_BOOL, 0, "quote for /bin/sh" },
	[ECHO_O_XML] = { "xml", OPT_BOOL, 0, "escape XML special characters" },
	[ECHO_O_STR] = { "str", OPT_ALIAS, 0, "string" },
	[ECHO_O_HI] = { "hi", OPT_ALIAS, 0, "string=hello" },
	[ECHO_O_SPLIT] = { "split", OPT_BOOL, 0,
	    "print each ','-separated piece on its own line (',,' is a comma)" },
	[ECHO_O_ERR] = { "err", OPT_BOOL, 0, "write to the error stream" },
	[ECHO_O_STRING] = { "string", OPT_ARGV, OPT_EMPTY_OK,
	    "the words to print" },
	{ NULL }
};

static void
add_split(struct hv_buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == ',' && s[1] == ',') {
			hv_buf_addc(b, ',');
			s++;
		} else if (*s == ',') {
			hv_buf_addc(b, '\n');
		} else {
			hv_buf_addc(b, *s);
		}
	}
	hv_buf_addc(b, '\n');
}

static bool
cmd_echo_run(struct shell *sh, const struct cmd_args *a)
{
	const char *const *words = opt_argv(a, ECHO_O_STRING);
	struct hv_buf out = HV_BUF_INIT, tmp = HV_BUF_INIT;
	const char *w;
	size_t i;

	for (i = 0; words != NULL && words[i] != NULL; i++) {
		w = words[i];
		hv_buf_reset(&tmp);
		if (opt_bool(a, ECHO_O_XML)) {
			hv_buf_add_xml(&tmp, w);
			w = hv_buf_str(&tmp);
		}
		if (i > 0)
			hv_buf_addc(&out, ' ');
		if (opt_bool(a, ECHO_O_SHELL)) {
			struct hv_buf q = HV_BUF_INIT;

			hv_buf_add_shell_quoted(&q, w);
			if (opt_bool(a, ECHO_O_SPLIT))
				add_split(&out, hv_buf_str(&q));
			else
				hv_buf_add(&out, hv_buf_str(&q));
			hv_buf_release(&q);
		} else if (opt_bool(a, ECHO_O_SPLIT)) {
			add_split(&out, w);
		} else {
			hv_buf_add(&out, w);
		}
	}
	/* text: the words alone, the shell ends the line */
	if (opt_bool(a, ECHO_O_ERR)) {
		shell_error(sh, "%s", hv_buf_str(&out));
	} else if (out_is_text()) {
		fputs(hv_buf_str(&out), stdout);
	} else {
		out_field(sh, 0, NULL, "output", OV_STR(hv_buf_str(&out)),
		    NULL);
	}
	hv_buf_release(&out);
	hv_buf_release(&tmp);
	return true;
}

const struct cmd_entry cmd_echo = {
	"echo", NULL, GRP_SHELL, "print its arguments (a testing aid)",
	"Prints the arguments, optionally quoted for a shell or escaped for "
	"XML. Meant for testing the shell.",
	echo_opts, cmd_echo_run, CMD_NOCONNECT,
};

/* ---- cd, pwd ---------------------------------------------------------- */

enum { CD_O_DIR };
static const struct cmd_opt cd_opts[] = {
	[CD_O_DIR] = { "dir", OPT_STRING, 0,
	    "where to go (default: $HOME, the home directory, or /)",
	    COMPLETE_FILE },
	{ NULL }
};

static bool
cmd_cd_run(struct shell *sh, const struct cmd_args *a)
{
	const char *dir = opt_str(a, CD_O_DIR);
	struct passwd *pw;

	out_raw(sh);
	if (!sh->interactive) {
		shell_error(sh, "cd: command valid only in interactive mode");
		return false;
	}
	/*
	 * "" is as if not given; home is $HOME even when it is empty, else
	 * the password file's, as GLib finds it.
	 */
	if (dir == NULL || *dir == '\0')
		dir = getenv("HOME");
	if (dir == NULL) {
		pw = getpwuid(getuid());
		dir = pw != NULL && pw->pw_dir != NULL ? pw->pw_dir : "/";
	}
	if (chdir(dir) < 0) {
		shell_error(sh, "cd: %s: %s", strerror(errno), dir);
		return false;
	}
	return true;
}

const struct cmd_entry cmd_cd = {
	"cd", NULL, GRP_SHELL, "change the working directory",
	"Changes the working directory of the shell.",
	cd_opts, cmd_cd_run, CMD_NOCONNECT,
};

static bool
cmd_pwd_run(struct shell *sh, const struct cmd_args *a)
{
	char *cwd = getcwd(NULL, 0);

	if (cwd == NULL) {
		shell_error(sh, "pwd: cannot get current directory: %s",
		    strerror(errno));
		return false;
	}
	out_line(sh, "directory", OV_STR(cwd), "%s", cwd);
	free(cwd);
	return true;
}

const struct cmd_entry cmd_pwd = {
	"pwd", NULL, GRP_SHELL, "show the working directory",
	"Shows the working directory of the shell.",
	no_opts, cmd_pwd_run, CMD_NOCONNECT,
};

/* ---- connect ---------------------------------------------------------- */

enum { CONN_O_NAME, CONN_O_READONLY };
static const struct cmd_opt connect_opts[] = {
	[CONN_O_NAME] = { "name", OPT_STRING, OPT_EMPTY_OK,
	    "URI of the hypervisor",
	    COMPLETE_URI },
	[CONN_O_READONLY] = { "readonly", OPT_BOOL, 0,
	    "open the connection read-only" },
	{ NULL }
};

static bool
cmd_connect_run(struct shell *sh, const struct cmd_args *a)
{
	const char *name = opt_str(a, CONN_O_NAME);
	bool old_ro = sh->readonly;
	char *old = NULL;

	out_raw(sh);
	/* A new URI takes exactly --readonly; reconnecting keeps the mode
	 * unless --readonly asks for read-only. */
	if (name != NULL) {
		old = sh->uri;
		sh->uri = xstrdup(name);
		sh->readonly = opt_bool(a, CONN_O_READONLY);
	} else if (opt_bool(a, CONN_O_READONLY)) {
		sh->readonly = true;
	}
	if (!shell_connect(sh)) {
		/* The next command reconnects to what worked before. */
		if (name != NULL) {
			free(sh->uri);
			sh->uri = old;
		}
		sh->readonly = old_ro;
		return false;
	}
	free(old);
	return true;
}

const struct cmd_entry cmd_connect = {
	"connect", NULL, GRP_SHELL, "open a new hypervisor connection",
	"Closes the current connection and opens one to the given URI (by "
	"default the last one used).",
	connect_opts, cmd_connect_run, CMD_NOCONNECT,
};

/* ---- self-test -------------------------------------------------------- */

enum { ST_O_MISSING };
static const struct cmd_opt self_test_opts[] = {
	[ST_O_MISSING] = { "completers-missing", OPT_BOOL, 0,
	    "list the options that have no completer" },
	{ NULL }
};

static bool
cmd_self_test_run(struct shell *sh, const struct cmd_args *a)
{
	out_raw(sh);
	return help_self_test(sh, opt_bool(a, ST_O_MISSING));
}

const struct cmd_entry cmd_self_test = {
	"self-test", NULL, GRP_SHELL, "check the command tables",
	"internal use only",
	self_test_opts, cmd_self_test_run, CMD_NOCONNECT | CMD_HIDDEN,
};

/* ---- complete ---------------------------------------------------------- */

enum { COMP_O_STRING };
static const struct cmd_opt complete_opts[] = {
	[COMP_O_STRING] = { "string", OPT_ARGV, OPT_EMPTY_OK,
	    "the words of the line so far, the last one being completed" },
	{ NULL }
};

/*
 * The words come from a shell that already split them; as virsh does,
 * they are joined with spaces into the line, and the last one is the
 * word being completed.  No candidate at all fails, quietly.
 */
static bool
cmd_complete_run(struct shell *sh, const struct cmd_args *a)
{
	const char *const *words = opt_argv(a, COMP_O_STRING);
	const char *last = NULL;
	struct hv_buf line = HV_BUF_INIT;
	char **cands = NULL;
	int saved_in = -1, saved_err = -1, null_fd;
	bool files;
	size_t i;

	/* bash reads the candidates, whatever HVSH_OUTPUT says */
	out_raw(sh);
	for (i = 0; words != NULL && words[i] != NULL; i++) {
		if (i > 0)
			hv_buf_addc(&line, ' ');
		hv_buf_add(&line, words[i]);
		last = words[i];
	}
	/* An authentication prompt must not wait for input here, nor may
	 * error messages mix with the candidates bash reads. */
	if (!sh->interactive && (null_fd = open("/dev/null", O_RDWR)) >= 0) {
		fflush(stderr);
		saved_in = dup(STDIN_FILENO);
		saved_err = dup(STDERR_FILENO);
		dup2(null_fd, STDIN_FILENO);
		dup2(null_fd, STDERR_FILENO);
		close(null_fd);
	}
	/* No word at all: virsh has no word to complete either. */
	if (last != NULL)
		cands = complete_line(sh, hv_buf_str(&line), last, false,
		    &files);
	for (i = 0; cands != NULL && cands[i] != NULL; i++)
		printf("%s\n", cands[i]);
	fflush(stdout);
	if (saved_in >= 0) {
		dup2(saved_in, STDIN_FILENO);
		close(saved_in);
	}
	if (saved_err >= 0) {
		dup2(saved_err, STDERR_FILENO);
		close(saved_err);
	}
	hv_buf_release(&line);
	if (cands == NULL || cands[0] == NULL) {
		hv_strv_free(cands);
		return false;
	}
	hv_strv_free(cands);
	return true;
}

const struct cmd_entry cmd_complete = {
	"complete", NULL, GRP_SHELL, "complete a command line (for bash)",
	"internal use only",
	complete_opts, cmd_complete_run, CMD_NOCONNECT | CMD_HIDDEN,
};
