/*
 * Reading interactive lines: GNU readline or libedit on a terminal, and
 * the same transcript-style reading of our own when stdin is not one
 * (readline echoes prompt and line to stdout then; libedit does not, so
 * we do it ourselves for both).  History is kept here too, in a plain
 * one-line-per-entry file, so that both editors share its format.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(WITH_READLINE)
#include <readline/history.h>
#include <readline/readline.h>
#define HAVE_EDITOR 1
#elif defined(WITH_LIBEDIT)
#include <editline/readline.h>
#define HAVE_EDITOR 1
#endif

#include "shell.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/num.h"
#include "util/strv.h"
#include "util/xalloc.h"
#include "util/xdg.h"

#define HISTSIZE_DEFAULT 500
#define HISTSIZE_MAX 500000

/* The lines to save, NULL-terminated; grown through xgrow(). */
static char **history;
static size_t nhistory, history_cap;
static bool tty;
/* Without a terminal the file is read only when it is written back. */
static bool history_loaded;

/* Append line to *v, taking it. */
static void
lines_push(char ***v, size_t *n, size_t *cap, char *line)
{
	*v = xgrow(*v, cap, *n + 2, sizeof(**v));
	(*v)[(*n)++] = line;
	(*v)[*n] = NULL;
}

static void
history_trim(struct shell *sh, size_t slack)
{
	size_t drop, i;

	if (nhistory <= (size_t)sh->histsize + slack)
		return;
	drop = nhistory - sh->histsize;
	for (i = 0; i < drop; i++)
		free(history[i]);
	memmove(history, history + drop,
	    (nhistory - drop + 1) * sizeof(*history));
	nhistory -= drop;
}

/*
 * The line editor's own list, from ours.  readline's add_history()
 * grows its array 50 entries at a time, which costs a copy of the whole
 * array each time where realloc() cannot move pages (as under the
 * sanitizers): it gets the whole array at once instead.
 */
static void
editor_history_set(void)
{
#if defined(WITH_READLINE)
	HISTORY_STATE st;
	HIST_ENTRY **v;
	size_t i;

	clear_history();
	v = xcalloc(nhistory + 2, sizeof(*v));
	for (i = 0; i < nhistory; i++)
		v[i] = alloc_history_entry(history[i], NULL);
	memset(&st, 0, sizeof(st));
	st.entries = v;
	st.length = (int)nhistory;
	st.size = (int)nhistory + 2;
	st.offset = (int)nhistory;
	st.flags = history_is_stifled() ? HS_STIFLED : 0;
	history_set_history_state(&st);
#elif defined(HAVE_EDITOR)
	size_t i;

	for (i = 0; i < nhistory; i++)
		add_history(history[i]);
#endif
}

/*
 * The file's lines go before the n lines typed so far (all of them
 * when the file is read at start-up), and to the line editor too when
 * it is in use.  Only a regular file is read: not what a symbolic link
 * at its place points to (the save replaces the link), nor a FIFO that
 * would hang the shell.
 */
static void
history_load(struct shell *sh)
{
	char **old = NULL;
	size_t nold = 0, cap = 0, i;
	struct stat st;
	FILE *f;
	char *line = NULL;
	size_t linecap = 0;
	ssize_t len;
	int fd;

	history_loaded = true;
	if (sh->histfile == NULL)
		return;
	fd = open(sh->histfile, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (f = fdopen(fd, "r")) == NULL) {
		close(fd);
		return;
	}
	while ((len = getline(&line, &linecap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (*line == '\0')
			continue;
		lines_push(&old, &nold, &cap, xstrdup(line));
	}
	free(line);
	fclose(f);
	for (i = 0; i < nhistory; i++)
		lines_push(&old, &nold, &cap, history[i]);
	free(history);
	history = old;
	nhistory = nold;
	history_cap = cap;
	history_trim(sh, 0);
	if (tty)
		editor_history_set();
}

/* mkdir -p, 0755; false with errno set when dir is not there after. */
static bool
make_dirs(char *dir)
{
	struct stat st;
	char *p;

	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0755);
		*p = '/';
	}
	if (mkdir(dir, 0755) == 0)
		return true;
	if (errno != EEXIST)
		return false;
	if (stat(dir, &st) < 0)
		return false;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return false;
	}
	return true;
}

/*
 * The whole file is written anew and renamed into place, with the
 * signals that end the shell held back meanwhile: whatever happens, the
 * file holds the old history or the new one, never a part.  A file that
 * cannot be written costs one error line, not the session's status.
 */
static void
history_save(struct shell *sh)
{
	struct hv_buf b = HV_BUF_INIT;
	sigset_t block, saved;
	char *dir, *slash;
	size_t i;

	if (sh->histfile == NULL)
		return;
	dir = xstrdup(sh->histfile);
	if ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
		*slash = '\0';
		if (!make_dirs(dir)) {
			/* virsh's words for the same failure */
			shell_error(sh, "Failed to create '%s': %s", dir,
			    strerror(errno));
			free(dir);
			return;
		}
	}
	free(dir);
	for (i = 0; i < nhistory; i++) {
		hv_buf_add(&b, history[i]);
		hv_buf_addc(&b, '\n');
	}
	sigemptyset(&block);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGQUIT);
	sigprocmask(SIG_BLOCK, &block, &saved);
	if (hv_file_write_atomic(sh->histfile, b.s ? b.s : "", b.len, 0600,
	    0) < 0)
		shell_error(sh, "Failed to write history file '%s': %s",
		    sh->histfile, strerror(errno));
	sigprocmask(SIG_SETMASK, &saved, NULL);
	hv_buf_release(&b);
}

static void
init_histsize(struct shell *sh)
{
	const char *s = getenv("VIRSH_HISTSIZE");
	int v;

	sh->histsize = HISTSIZE_DEFAULT;
	if (s == NULL)
		return;
	if (!hv_num_int(s, 10, &v)) {
		shell_error(sh, "Bad $VIRSH_HISTSIZE value.");
		return;
	}
	if (v < 0 || v > HISTSIZE_MAX) {
		shell_error(sh, "$VIRSH_HISTSIZE value should be between 0 "
		    "and %d", HISTSIZE_MAX);
		return;
	}
	sh->histsize = v;
}

static char *
history_path(void)
{
	char *base = hv_xdg_cache_home();
	char *path = xasprintf("%s/hvsh/history", base);

	free(base);
	return path;
}

#ifdef HAVE_EDITOR
static char **cands;
static size_t cand_next;

static char *
cand_generator(const char *text, int state)
{
	if (cands == NULL || cands[cand_next] == NULL)
		return NULL;
	return xstrdup(cands[cand_next++]);
}

#ifdef WITH_LIBEDIT
/*
 * libedit's readline layer ends every unique match with a space: a
 * directory gets its '/' here and no space, so that TAB goes on inside.
 */
static char **
file_matches(const char *text)
{
	char **matches;
	struct stat st;
	size_t len;
	int i;

	matches = rl_completion_matches(text, rl_filename_completion_function);
	/* One match: alone, or after itself as the common prefix. */
	if (matches == NULL || (matches[1] != NULL && (matches[2] != NULL ||
	    strcmp(matches[0], matches[1]) != 0)))
		return matches;
	len = strlen(matches[0]);
	if (len == 0 || matches[0][len - 1] == '/' ||
	    stat(matches[0], &st) < 0 || !S_ISDIR(st.st_mode))
		return matches;
	for (i = 0; i < 2 && matches[i] != NULL; i++) {
		matches[i] = xrealloc(matches[i], len + 2);
		memcpy(matches[i] + len, "/", 2);
	}
	rl_completion_append_character = '\0';
	return matches;
}
#endif

/*
 * A file name is left to the editor's own file completion (readline:
 * no match from us and the attempt not over); anything else is ours
 * alone.
 */
static char **
attempt_completion(const char *text, int start, int end)
{
	char *line;
	bool files;

	line = xstrndup(rl_line_buffer, rl_point);
	hv_strv_free(cands);
	cands = complete_line(complete_shell, line, text, true, &files);
	cand_next = 0;
	free(line);
	rl_attempted_completion_over = !files;
#ifdef WITH_LIBEDIT
	rl_completion_append_character = ' ';
	if (files)
		return file_matches(text);
#endif
	if (cands == NULL || cands[0] == NULL)
		return NULL;
	return rl_completion_matches(text, cand_generator);
}

#ifdef WITH_READLINE
/* A character after an unescaped backslash is quoted. */
static int
char_is_quoted(char *s, int i)
{
	int n = 0;

	while (i > 0 && s[i - 1] == '\\') {
		n++;
		i--;
	}
	return n % 2;
}
#endif
#endif

/*
 * The line editor is set up only for a terminal: libedit would otherwise
 * initialise itself on the first history call and poke at stdin.
 */
void
edit_init(struct shell *sh)
{
	init_histsize(sh);
	sh->histfile = history_path();
	complete_shell = sh;
	tty = isatty(STDIN_FILENO);
	history_loaded = false;
	if (!tty)
		return;
#ifdef HAVE_EDITOR
	rl_readline_name = "hvsh";
	rl_attempted_completion_function = attempt_completion;
	rl_basic_word_break_characters = " \t\n\\`@$><=;|&{(";
	rl_completer_quote_characters = "\"'";
#ifdef WITH_READLINE
	rl_char_is_quoted_p = char_is_quoted;
#endif
	stifle_history(sh->histsize);
#endif
	history_load(sh);
}

/*
 * Lines are read from fd 0 through a buffer of our own, so that we know
 * when the next line is already here and when we may have to wait.
 */
#define INBUF_CHUNK 65536

static char *inbuf;
static size_t in_off, in_len, in_cap;
static bool in_eof;

/*
 * Whether reading cannot block: a pipe with data waiting, the end of
 * the input, or a regular file.
 */
static bool
input_ready(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&p, 1, 0) > 0;
}

/*
 * One more chunk of fd 0 into the buffer; false at end of input.  The
 * wait for it serves the connection too.
 */
static bool
fill_input(struct shell *sh)
{
	short revents;

	ssize_t n;

	if (in_off > 0) {
		memmove(inbuf, inbuf + in_off, in_len - in_off);
		in_len -= in_off;
		in_off = 0;
	}
	inbuf = xgrow(inbuf, &in_cap, in_len + INBUF_CHUNK, 1);
	/*
	 * stdout stays buffered across commands; it is flushed only when
	 * we may wait, so that whoever feeds us sees the whole transcript
	 * up to the prompt before it has to answer.
	 */
	if (tty || !input_ready())
		shell_flush_stdout();
	do {
		n = -1;
		if (shell_wait_input(sh, STDIN_FILENO, NULL, &revents) < 0)
			continue;
		n = read(STDIN_FILENO, inbuf + in_len, in_cap - in_len);
	} while (n < 0 && errno == EINTR && shell_signal == 0);
	if (n <= 0)
		return false;
	in_len += n;
	return true;
}

/*
 * Where the line starting at p ends: readline, reading a pipe, takes a
 * carriage return for the end of a line as well.
 */
static char *
line_end(char *p, size_t n)
{
	for (; n > 0; p++, n--)
		if (*p == '\n' || *p == '\r')
			return p;
	return NULL;
}

/*
 * The next line without its end, or NULL at end of input.  NUL bytes are
 * dropped, as readline drops them.
 */
static char *
next_line(struct shell *sh)
{
	size_t scanned = 0, len, i, j;
	char *nl, *line;

	for (;;) {
		/* inbuf is NULL before the first read: no arithmetic on it */
		nl = inbuf == NULL ? NULL : line_end(inbuf + in_off + scanned,
		    in_len - in_off - scanned);
		if (nl != NULL)
			break;
		scanned = in_len - in_off;
		if (in_eof || !fill_input(sh)) {
			in_eof = true;
			break;
		}
	}
	len = nl != NULL ? (size_t)(nl - (inbuf + in_off)) : in_len - in_off;
	if (nl == NULL && len == 0)
		return NULL;
	line = xmalloc(len + 1);
	for (i = j = 0; i < len; i++)
		if (inbuf[in_off + i] != '\0')
			line[j++] = inbuf[in_off + i];
	line[j] = '\0';
	in_off += len + (nl != NULL);
	return line;
}

size_t
edit_take_input(char *buf, size_t max)
{
	size_t n = in_len - in_off;

	if (n > max)
		n = max;
	if (n > 0) {
		memcpy(buf, inbuf + in_off, n);
		in_off += n;
	}
	return n;
}

/* Prompt and line on stdout, as readline does for a pipe. */
static char *
read_plain(struct shell *sh, const char *prompt)
{
	char *line;

	fputs(prompt, stdout);
	if ((line = next_line(sh)) == NULL)
		return NULL;
	if (!tty) {
		fputs(line, stdout);
		putchar('\n');
	}
	return line;
}

#ifdef HAVE_EDITOR
static char *cb_line;
static bool cb_done;

static void
cb_accept(char *line)
{
	cb_line = line;
	cb_done = true;
	rl_callback_handler_remove();
}

static volatile sig_atomic_t winch, tstp;

static void
on_winch(int sig)
{
	winch = 1;
}

static void
on_tstp(int sig)
{
	tstp = 1;
}

/*
 * ^Z at the prompt: the terminal gets its own modes back while we are
 * stopped, and the line is drawn again when we go on, as readline()
 * would do.
 */
static void
stop_self(void)
{
	struct sigaction sa, old;
	sigset_t set;

	tstp = 0;
#ifdef WITH_READLINE
	(*rl_deprep_term_function)();
#endif
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, &old);
	sigemptyset(&set);
	sigaddset(&set, SIGTSTP);
	raise(SIGTSTP);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	/* Stopped here until SIGCONT. */
	sigprocmask(SIG_BLOCK, &set, NULL);
	sigaction(SIGTSTP, &old, NULL);
#ifdef WITH_READLINE
	(*rl_prep_term_function)(1);
	rl_forced_update_display();
#endif
}

/*
 * readline() waits for a key in pselect() with the signals it catches
 * unblocked, so a SIGTERM or SIGHUP that lands just before the wait is
 * acted on only at the next key: a shell told to end would wait for
 * ever.  Through the callback interface we wait ourselves, in ppoll(),
 * the only place where those signals are let in; readline has its
 * handlers only while it handles a key.  A SIGINT or SIGQUIT at the
 * prompt ends the shell as readline's handler would, but after the
 * history is saved.  Returns readline's line, or NULL.
 */
static char *
read_tty(struct shell *sh, const char *prompt)
{
	static const int ends[] = { SIGINT, SIGQUIT };
	struct sigaction sa, old[sizeof(ends) / sizeof(ends[0])], old_winch;
	struct sigaction old_tstp;
	sigset_t block, orig;
	struct pollfd p;
	size_t i;
#ifdef WITH_READLINE
	bool was;
#endif
	int r, err;

	sigemptyset(&block);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGQUIT);
	sigaddset(&block, SIGWINCH);
	sigaddset(&block, SIGTSTP);
	sigprocmask(SIG_BLOCK, &block, &orig);
	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = shell_on_signal;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		sigaction(ends[i], &sa, &old[i]);
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, &old_winch);
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, &old_tstp);
#ifdef WITH_READLINE
	rl_persistent_signal_handlers = 0;
#endif
	cb_line = NULL;
	cb_done = false;
	rl_callback_handler_install(prompt, cb_accept);
	while (!cb_done && shell_signal == 0) {
		p.fd = fileno(rl_instream);
		p.events = POLLIN;
		p.revents = 0;
#ifdef WITH_READLINE
		was = sh->disconnected;
#endif
		r = shell_wait_input(sh, p.fd, &orig, &p.revents);
		err = errno;
#ifdef WITH_READLINE
		/*
		 * The news went out after the prompt: draw it again below
		 * (libedit's callback mode would lose its line state).
		 */
		if (!was && sh->disconnected) {
			rl_on_new_line();
			rl_redisplay();
		}
#endif
		if (winch) {
			winch = 0;
			rl_resize_terminal();
		}
		if (tstp)
			stop_self();
		if (r < 0 && err == EINTR)
			continue;
		if (r < 0)
			break;
		/*
		 * The terminal is gone: what was typed but not entered
		 * is lost anyway, and libedit would not say end of input.
		 */
		if ((p.revents & (POLLHUP | POLLERR | POLLNVAL)) ||
		    !(p.revents & POLLIN))
			break;
		rl_callback_read_char();
	}
	if (!cb_done)
		rl_callback_handler_remove();
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		sigaction(ends[i], &old[i], NULL);
	sigaction(SIGWINCH, &old_winch, NULL);
	sigaction(SIGTSTP, &old_tstp, NULL);
	sigprocmask(SIG_SETMASK, &orig, NULL);
	return cb_line;
}
#endif

char *
edit_readline(struct shell *sh, const char *prompt)
{
#ifdef HAVE_EDITOR
	char *line, *copy;

	if (tty) {
		shell_flush_stdout();
		line = read_tty(sh, prompt);
		if (line == NULL)
			return NULL;
		/* readline's memory is malloc'd: hand out our own copy. */
		copy = xstrdup(line);
		free(line);
		return copy;
	}
#endif
	return read_plain(sh, prompt);
}

void
edit_add_history(struct shell *sh, const char *line)
{
	if (*line == '\0')
		return;
	lines_push(&history, &nhistory, &history_cap, xstrdup(line));
	/* Trimmed in batches: each line costs O(1), not a histsize move. */
	history_trim(sh, (size_t)sh->histsize + 64);
#ifdef HAVE_EDITOR
	if (tty)
		add_history(line);
#endif
}

void
edit_finish(struct shell *sh)
{
	/* A pipe's lines are kept too, after what the file held. */
	if (!history_loaded)
		history_load(sh);
	history_trim(sh, 0);
	history_save(sh);
	hv_strv_free(history);
	history = NULL;
	nhistory = history_cap = 0;
	free(inbuf);
	inbuf = NULL;
	in_off = in_len = in_cap = 0;
#ifdef HAVE_EDITOR
	hv_strv_free(cands);
	cands = NULL;
	if (tty)
		clear_history();
#endif
}
