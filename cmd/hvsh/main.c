/*
 * hvsh: global options, then one of virsh's three modes: a
 * command string, a command given as separate words, or the interactive
 * shell.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlerror.h>

#include "shell.h"
#include "util/num.h"
#include "util/xalloc.h"

/* The libvirt command interface we implement; scripts parse it. */
#define HVSH_CMD_VERSION "9.0.0"

void
shell_init(struct shell *sh, const char *argv0)
{
	const char *slash = strrchr(argv0, '/');

	memset(sh, 0, sizeof(*sh));
	sh->progname = slash != NULL ? slash + 1 : argv0;
	sh->debug = LOG_ERROR;
	sh->log_fd = -1;
	sh->keepalive_interval = 5;
	sh->keepalive_count = 6;
}

void
shell_release(struct shell *sh)
{
	shell_disconnect(sh);
	free(sh->uri);
	free(sh->log_path);
	free(sh->histfile);
	if (sh->log_fd >= 0)
		close(sh->log_fd);
	sh->log_fd = -1;
}

static void
open_log(struct shell *sh, const char *path)
{
	if (sh->log_fd >= 0)
		close(sh->log_fd);
	free(sh->log_path);
	sh->log_path = xstrdup(path);
	sh->log_fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_SYNC |
	    O_CLOEXEC, 0644);
	if (sh->log_fd < 0) {
		shell_error(sh, "failed to open the log file. check the log "
		    "file path");
		exit(EXIT_FAILURE);
	}
}

/* VIRSH_DEBUG counts only while -d left the default. */
static void
init_debug_env(struct shell *sh)
{
	const char *s;
	int v;

	if (sh->debug == LOG_ERROR && (s = getenv("VIRSH_DEBUG")) != NULL) {
		if (!hv_num_int(s, 10, &v) || v < LOG_DEBUG || v > LOG_ERROR)
			shell_error(sh, "VIRSH_DEBUG not set with a valid "
			    "numeric value");
		else
			sh->debug = v;
	}
	if (sh->log_fd < 0 && (s = getenv("VIRSH_LOG_FILE")) != NULL &&
	    *s != '\0')
		open_log(sh, s);
}

/*
 * libxml2 prints some errors itself (an XPath expression that does not
 * compile), in its own layout, to the FILE it is given.  Like our own
 * errors they must come after everything printed before them, and stdout
 * is not flushed after each command: so that FILE flushes stdout, then
 * writes straight to stderr.
 */
static ssize_t
xml_err_write(void *cookie, const char *buf, size_t len)
{
	fflush(stdout);
	return fwrite(buf, 1, len, stderr);
}

static void
xml_err_setup(void)
{
	cookie_io_functions_t io = { .write = xml_err_write };
	FILE *f = fopencookie(NULL, "w", io);

	if (f == NULL)
		return;
	setvbuf(f, NULL, _IONBF, 0);
	xmlSetGenericErrorFunc(f, NULL);
}

/*
 * A closed standard stream would hand its number to the next file we
 * open, and our output (or errors) would land in it.  /dev/null is put
 * there instead, opened so that using it fails as the closed stream
 * would: writing to a closed stdout still fails, with EBADF.
 */
static void
std_fds_open(void)
{
	int fd, nfd;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		nfd = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
		if (nfd >= 0 && nfd != fd) {
			dup2(nfd, fd);
			close(nfd);
		}
	}
}

static struct shell the_shell;

/*
 * Output that could not be written is an error, as for any command
 * whose output is read: stdout is flushed and closed at exit whichever
 * way the shell ends, and a failure is reported once and makes the
 * status 1.  A reader that went away (EPIPE, when SIGPIPE is ignored)
 * is not a failure: 'hvsh list | head -1' stays quiet.
 */
static void
close_stdout(void)
{
	bool failed = ferror(stdout) != 0;
	int err;

	errno = 0;
	if (fclose(stdout) != 0)
		failed = true;
	err = errno != 0 ? errno : shell_stdout_errno();
	the_shell.stdout_closed = true;
	if (!failed || err == EPIPE)
		return;
	if (err != 0)
		shell_error(&the_shell, "failed to write to standard output: "
		    "%s", strerror(err));
	else
		shell_error(&the_shell, "failed to write to standard output");
	_exit(EXIT_FAILURE);
}

static bool
valid_escape(const char *s)
{
	if (s[0] != '\0' && s[0] != '^' && s[1] == '\0')
		return true;
	return s[0] == '^' && s[1] != '\0' && s[2] == '\0' &&
	    ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z') ||
	    strchr("@[\\]^_", s[1]) != NULL);
}

static const struct option long_opts[] = {
	{ "connect", required_argument, NULL, 'c' },
	{ "debug", required_argument, NULL, 'd' },
	{ "escape", required_argument, NULL, 'e' },
	{ "help", no_argument, NULL, 'h' },
	{ "keepalive-interval", required_argument, NULL, 'k' },
	{ "keepalive-count", required_argument, NULL, 'K' },
	{ "log", required_argument, NULL, 'l' },
	{ "output", required_argument, NULL, 'o' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "readonly", no_argument, NULL, 'r' },
	{ "timing", no_argument, NULL, 't' },
	{ "version", optional_argument, NULL, 'v' },
	{ NULL, 0, NULL, 0 }
};

/* -o FORMAT or $HVSH_OUTPUT; an unknown word ends the shell. */
static void
set_output(struct shell *sh, const char *name)
{
	enum out_format f;

	if (!out_parse_format(name, &f)) {
		shell_error(sh, "unknown output format '%s' (text, json, "
		    "json-pretty, csv, value)", name);
		exit(EXIT_FAILURE);
	}
	out_set_format(f);
}

/* "-k" or "--keepalive-interval", as the user spelled it. */
static char *
opt_spelling(int c, int longindex)
{
	if (longindex >= 0)
		return xasprintf("--%s", long_opts[longindex].name);
	return xasprintf("-%c", c);
}

/*
 * Returns optind of the first command word; exits for -h, -v, -V and
 * errors.  *eager is set by -c.
 */
static int
parse_global(struct shell *sh, int argc, char **argv, bool *eager)
{
	int c, longindex, v, i;
	bool k_given = false, k_off = false, kc_given = false;
	char *sp;

	if ((sp = getenv("HVSH_OUTPUT")) != NULL && *sp != '\0')
		set_output(sh, sp);
	opterr = 0;
	for (;;) {
		longindex = -1;
		c = getopt_long(argc, argv, "+:c:d:e:hk:K:l:o:qrtvV", long_opts,
		    &longindex);
		if (c == -1)
			break;
		switch (c) {
		case 'c':
			free(sh->uri);
			sh->uri = xstrdup(optarg);
			*eager = true;
			break;
		case 'd':
			if (!hv_num_int(optarg, 10, &v)) {
				sp = opt_spelling(c, longindex);
				shell_error(sh, "option %s takes a numeric "
				    "argument", sp);
				free(sp);
				exit(EXIT_FAILURE);
			}
			if (v < LOG_DEBUG || v > LOG_ERROR)
				shell_error(sh, "ignoring debug level %d out "
				    "of range [%d-%d]", v, LOG_DEBUG,
				    LOG_ERROR);
			else
				sh->debug = v;
			break;
		case 'e':
			if (!valid_escape(optarg)) {
				shell_error(sh, "Invalid string '%s' for "
				    "escape sequence", optarg);
				exit(EXIT_FAILURE);
			}
			break;
		case 'h':
			help_usage(sh);
			exit(EXIT_SUCCESS);
		case 'k':
		case 'K':
			sp = opt_spelling(c, longindex);
			if (!hv_num_int(optarg, 0, &v)) {
				shell_error(sh, "Invalid value for option %s",
				    sp);
				free(sp);
				exit(EXIT_FAILURE);
			}
			if (v < 0) {
				shell_error(sh, "option %s requires a positive "
				    "integer argument", sp);
				free(sp);
				exit(EXIT_FAILURE);
			}
			free(sp);
			if (c == 'k') {
				k_given = v > 0;
				k_off = v == 0;
				sh->keepalive_interval = v;
			} else {
				kc_given = true;
				sh->keepalive_count = (unsigned int)v;
			}
			break;
		case 'l':
			open_log(sh, optarg);
			break;
		case 'o':
			set_output(sh, optarg);
			break;
		case 'q':
			sh->quiet = true;
			break;
		case 'r':
			sh->readonly = true;
			break;
		case 't':
			sh->timing = true;
			break;
		case 'v':
			if (optarg != NULL && strcmp(optarg, "long") == 0) {
				help_version_long(sh);
				exit(EXIT_SUCCESS);
			}
			printf("%s\n", HVSH_CMD_VERSION);
			exit(EXIT_SUCCESS);
		case 'V':
			help_version_long(sh);
			exit(EXIT_SUCCESS);
		case ':':
			for (i = 0; long_opts[i].name != NULL; i++)
				if (long_opts[i].val == optopt)
					break;
			if (long_opts[i].name != NULL)
				shell_error(sh, "option '-%c'/'--%s' requires "
				    "an argument", optopt, long_opts[i].name);
			else
				shell_error(sh, "option '-%c' requires an "
				    "argument", optopt);
			exit(EXIT_FAILURE);
		default:
			if (optopt != 0)
				shell_error(sh, "unsupported option '-%c'. "
				    "See --help.", optopt);
			else
				shell_error(sh, "unsupported option '%s'. "
				    "See --help.", argv[optind - 1]);
			exit(EXIT_FAILURE);
		}
	}
	/* -k 0 turns keepalive off, so nothing can fail then. */
	sh->keepalive_given = !k_off && (k_given || kc_given);
	sh->keepalive_off = k_off;
	return optind;
}

static int
interactive(struct shell *sh)
{
	char *line, *prompt[2];

	sh->interactive = true;
	shell_catch_signals();
	edit_init(sh);
	if (!sh->quiet)
		printf("Welcome to %s, the interactive shell for virtual "
		    "machines.\n\n"
		    "Type:  'help' to see the commands\n"
		    "       'quit' to leave\n\n", sh->progname);
	prompt[0] = xasprintf("%s # ", sh->progname);
	prompt[1] = xasprintf("%s > ", sh->progname);
	while (!sh->stop && shell_signal == 0) {
		line = edit_readline(sh, prompt[sh->readonly ? 1 : 0]);
		if (line == NULL || shell_signal != 0) {
			free(line);
			break;
		}
		edit_add_history(sh, line);
		shell_run_string(sh, line);
		free(line);
	}
	free(prompt[0]);
	free(prompt[1]);
	putchar('\n');
	shell_flush_stdout();
	edit_finish(sh);
	shell_signal_exit();
	return EXIT_SUCCESS;
}

int
main(int argc, char **argv)
{
	struct shell *sh = &the_shell;
	struct cmd_list *cmds = NULL;
	bool eager = false;
	const char *env;
	int first, status;

	std_fds_open();
	atexit(close_stdout);
	/*
	 * Only what our output depends on: character widths in tables,
	 * strerror() texts and the decimal point.  Loading every category
	 * of a UTF-8 locale costs about twice as much start-up time.
	 */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	setlocale(LC_NUMERIC, "");
	xml_err_setup();
	hv_auth_set(&shell_auth);
	shell_init(sh, argc > 0 ? argv[0] : "hvsh");
	init_debug_env(sh);
	first = parse_global(sh, argc, argv, &eager);
	init_debug_env(sh);
	if (!eager && (env = getenv("VIRSH_DEFAULT_CONNECT_URI")) != NULL &&
	    *env != '\0')
		sh->uri = xstrdup(env);
	if (first >= argc) {
		if (eager && !shell_connect(sh)) {
			shell_release(sh);
			return EXIT_FAILURE;
		}
		status = interactive(sh);
	} else {
		if (argc - first == 1) {
			shell_log(sh, LOG_INFO, "commands: \"%s\"",
			    argv[first]);
			/* An empty string fails, a blank one does not. */
			if (argv[first][0] != '\0')
				cmds = shell_parse_string(sh, argv[first]);
		} else {
			cmds = shell_parse_argv(sh, argv + first,
			    argc - first);
		}
		/* Nothing connects before the whole input parsed. */
		if (cmds != NULL && (!eager || shell_connect(sh)))
			status = shell_run_list(sh, cmds) ? EXIT_SUCCESS :
			    EXIT_FAILURE;
		else
			status = EXIT_FAILURE;
		cmd_list_free(cmds);
	}
#ifdef HV_LEAK_CHECK
	shell_release(sh);
#else
	/*
	 * The kernel takes the memory back faster than freeing a large
	 * host object by object; a leak-checking build frees everything.
	 * A daemon still hears the close, as virsh's does.  The log stays
	 * open for close_stdout(), which runs after this.
	 */
	hv_conn_close_at_exit(sh->conn);
	sh->conn = NULL;
#endif
	return status;
}
