/*
 * The shell's insides: its state and the prototypes its files share.
 * Handlers see only cmd.h; everything here is for main, run, parse,
 * help, edit, complete and the built-in commands.
 */
#ifndef HVSH_SHELL_H
#define HVSH_SHELL_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "cmd.h"
#include "parse.h"

/* Debug levels of -d (0 most verbose). */
enum {
	LOG_DEBUG,
	LOG_INFO,
	LOG_NOTICE,
	LOG_WARNING,
	LOG_ERROR,
};

struct shell {
	const char *progname;	/* basename of argv[0] */
	char *uri;		/* remembered URI; NULL: the core's default */
	struct hv_conn *conn;
	bool readonly;		/* the flag the next (re)connect uses */
	bool quiet;
	bool timing;
	bool interactive;
	bool stop;		/* quit or exit ran */
	bool disconnected;	/* the connection ended: reconnect first */
	int debug;
	bool keepalive_given;	/* -k > 0 or -K on the command line */
	bool keepalive_off;	/* -k 0 */
	int keepalive_interval;	/* -k, 5 by default */
	unsigned int keepalive_count;	/* -K, 6 by default */
	int log_fd;		/* -1 when not logging */
	char *log_path;
	int histsize;
	char *histfile;
	int silent;		/* >0: errors are logged, not printed */
	bool stdout_closed;	/* at exit: stdout is gone */
};

/* ---- main.c / run.c -------------------------------------------------- */

/*
 * The signal (SIGHUP, SIGTERM) that asked the interactive shell to end,
 * or 0: it then stops reading, saves its history and dies of it.
 */
extern volatile sig_atomic_t shell_signal;
/* The handler that sets it; no SA_RESTART, so that reads give up. */
void shell_on_signal(int sig);
/* The prompts a connection asks its credentials with (auth.c). */
extern const struct hv_auth shell_auth;
/*
 * polkit's text agent, as virsh runs it (auth.c): available when
 * /usr/bin/pkttyagent is there and the controlling terminal opens;
 * started as "pkttyagent --process PID --notify-fd FD --fallback" with
 * our standard streams, and waited for until it closes FD (registered
 * with polkit, or ended).  Its PID, or -1 with the error set; stopping
 * it (SIGTERM, then SIGKILL) reaps it.  -1 is stopped as a no-op.
 */
bool shell_agent_available(void);
pid_t shell_agent_start(void);
void shell_agent_stop(pid_t pid);
/* fflush(stdout), remembering why the first failure failed. */
void shell_flush_stdout(void);
/* That errno, or 0. */
int shell_stdout_errno(void);
/* Catch SIGHUP and SIGTERM into shell_signal, interrupting reads. */
void shell_catch_signals(void);
/* Die of shell_signal when one came (history saved); else return. */
void shell_signal_exit(void);

void shell_init(struct shell *sh, const char *argv0);
void shell_release(struct shell *sh);
/*
 * Connect to sh->uri (NULL: default) with sh->readonly, replacing any
 * open connection.  On failure prints the two error lines.
 */
bool shell_connect(struct shell *sh);
void shell_disconnect(struct shell *sh);
/*
 * Waits for fd to become readable (or hang up), *revents its poll()
 * events then, while the connection is served: the daemon's keepalive
 * PINGs answered, ours sent, its end reported as virsh reports it
 * (sh->disconnected set).  mask as ppoll()'s (NULL: this one).  0, or
 * -1 with errno (EINTR: a signal came in).
 */
int shell_wait_input(struct shell *sh, int fd, const sigset_t *mask,
    short *revents);
/* Log a message at level (stdout when level >= sh->debug, log file). */
void shell_log(struct shell *sh, int level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* One "error: LINE" per entry (parse errors); also logged. */
void shell_error_lines(struct shell *sh, char *const *lines);
/*
 * A command string (string mode) or argv words, parsed whole: NULL after
 * printing the error when any command fails to parse.
 */
struct cmd_list *shell_parse_string(struct shell *sh, const char *s);
struct cmd_list *shell_parse_argv(struct shell *sh, char *const *words,
    size_t n);
void cmd_list_free(struct cmd_list *l);
/* Run them; the result is the last command's.  sh->stop: quit ran. */
bool shell_run_list(struct shell *sh, const struct cmd_list *l);
/* Both steps, for interactive lines. */
bool shell_run_string(struct shell *sh, const char *s);

/* ---- help.c ----------------------------------------------------------- */

extern const char *const cmd_group_names[GRP_COUNT];
extern const char *const cmd_group_keywords[GRP_COUNT];

void help_usage(struct shell *sh);	/* -h */
void help_version_long(struct shell *sh);	/* -V */
void help_all(void);
void help_group(int group);
void help_command(const struct cmd_entry *cmd);
/* Checks the command table; prints problems, returns false on any. */
bool help_self_test(struct shell *sh, bool completers_missing);
/*
 * The problems of a NULL-terminated command table, one message each
 * (hv_strv_free()), or NULL when it is sound: names or aliases listed
 * twice, groups out of order or without a listed command, a command
 * without summary, handler or options, and per option: no help, a name
 * twice, an alias to no option, an option after the argv one, a
 * required bool, a scaled option without a unit, a required positional
 * option after an optional one.
 */
char **help_check_table(const struct cmd_entry *const *table);

/* ---- edit.c ----------------------------------------------------------- */

void edit_init(struct shell *sh);
/* A line without its newline (caller frees), or NULL at end of input. */
char *edit_readline(struct shell *sh, const char *prompt);
void edit_add_history(struct shell *sh, const char *line);
/*
 * Moves up to max bytes of standard input that were read ahead but not
 * yet taken as lines into buf; their number (0: none are waiting).
 * What is taken is gone for the lines: the credential prompts read
 * their answers through it (auth.c).
 */
size_t edit_take_input(char *buf, size_t max);
void edit_finish(struct shell *sh);

/* ---- complete.c ------------------------------------------------------- */

/*
 * Candidates for the word text under the cursor at the end of line (the
 * text up to the cursor; text is its last word as the line editor or
 * the "complete" command split it).  editor: the line editor asks, so a
 * quote left open means no escaping.  *files is set when the word is a
 * local file's name, which the line editor completes itself: nothing is
 * returned then.  The result is NULL-terminated, in the completer's
 * order, each candidate once; hv_strv_free().
 */
char **complete_line(struct shell *sh, const char *line, const char *text,
    bool editor, bool *files);

/* The global that the line editor's completion callback uses. */
extern struct shell *complete_shell;

#endif
