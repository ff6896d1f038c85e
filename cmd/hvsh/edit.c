/*
 * Reading interactive lines: GNU readline or libedit on a terminal, and
 * the same transcript-style reading of our own when stdin is not one
 * (readline echoes prompt and line to stdout then; libedit does not, so
 * we do it ourselves for both).  History is kept here too, in a plain
 * one-line-per-entry file, so that both editors share its format.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
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
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

#define HISTSIZE_DEFAULT 500
#define HISTSIZE_MAX 500000

static char **history;
static size_t nhistory;
static bool tty;
/* Without a terminal the file is read only when it is written back. */
static bool history_loaded;

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
 * The file's lines go before the n lines typed so far (all of them
 * when the file is read at start-up), and to the line editor too when
 * it is in use.
 */
static void
history_load(struct shell *sh)
{
	char **old = NULL;
	size_t nold = 0, i;
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	history_loaded = true;
	if (sh->histfile == NULL || (f = fopen(sh->histfile, "r")) == NULL)
		return;
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (*line == '\0')
			continue;
		hv_strv_add(&old, &nold, line);
#ifdef HAVE_EDITOR
		if (tty)
			add_history(line);
#endif
	}
	free(line);
	fclose(f);
	for (i = 0; i < nhistory; i++)
		hv_strv_add_take(&old, &nold, history[i]);
	free(history);
	history = old;
	nhistory = nold;
	history_trim(sh, 0);
}

static void
history_save(struct shell *sh)
{
	struct hv_buf b = HV_BUF_INIT;
	char *dir, *slash;
	size_t i;
	int fd;

	if (sh->histfile == NULL)
		return;
	dir = xstrdup(sh->histfile);
	if ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		/* mkdir -p, 0755 */
		for (slash = dir + 1; *slash != '\0'; slash++) {
			if (*slash != '/')
				continue;
			*slash = '\0';
			mkdir(dir, 0755);
			*slash = '/';
		}
		mkdir(dir, 0755);
	}
	free(dir);
	for (i = 0; i < nhistory; i++) {
		hv_buf_add(&b, history[i]);
		hv_buf_addc(&b, '\n');
	}
	fd = open(sh->histfile, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd >= 0) {
		if (write(fd, b.s ? b.s : "", b.len) < 0)
			(void)0;	/* history is best effort */
		close(fd);
	}
	hv_buf_release(&b);
}

static void
init_histsize(struct shell *sh)
{
	const char *s = getenv("VIRSH_HISTSIZE");
	char *end;
	long v;

	sh->histsize = HISTSIZE_DEFAULT;
	if (s == NULL)
		return;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < INT_MIN ||
	    v > INT_MAX) {
		shell_error(sh, "Bad $VIRSH_HISTSIZE value.");
		return;
	}
	if (v < 0 || v > HISTSIZE_MAX) {
		shell_error(sh, "$VIRSH_HISTSIZE value should be between 0 "
		    "and %d", HISTSIZE_MAX);
		return;
	}
	sh->histsize = (int)v;
}

static char *
history_path(void)
{
	const char *base = getenv("XDG_CACHE_HOME");
	const char *home;

	if (base != NULL && *base != '\0')
		return xasprintf("%s/hvsh/history", base);
	if ((home = getenv("HOME")) == NULL || *home == '\0')
		return NULL;
	return xasprintf("%s/.cache/hvsh/history", home);
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

/* One more chunk of fd 0 into the buffer; false at end of input. */
static bool
fill_input(void)
{
	ssize_t n;

	if (in_off > 0) {
		memmove(inbuf, inbuf + in_off, in_len - in_off);
		in_len -= in_off;
		in_off = 0;
	}
	if (in_cap - in_len < INBUF_CHUNK) {
		in_cap = in_len + INBUF_CHUNK;
		inbuf = xrealloc(inbuf, in_cap);
	}
	/*
	 * stdout stays buffered across commands; it is flushed only when
	 * we may wait, so that whoever feeds us sees the whole transcript
	 * up to the prompt before it has to answer.
	 */
	if (tty || !input_ready())
		fflush(stdout);
	do {
		n = read(STDIN_FILENO, inbuf + in_len, in_cap - in_len);
	} while (n < 0 && errno == EINTR);
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
next_line(void)
{
	size_t scanned = 0, len, i, j;
	char *nl, *line;

	for (;;) {
		nl = line_end(inbuf + in_off + scanned,
		    in_len - in_off - scanned);
		if (nl != NULL)
			break;
		scanned = in_len - in_off;
		if (in_eof || !fill_input()) {
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

/* Prompt and line on stdout, as readline does for a pipe. */
static char *
read_plain(struct shell *sh, const char *prompt)
{
	char *line;

	fputs(prompt, stdout);
	if ((line = next_line()) == NULL)
		return NULL;
	if (!tty) {
		fputs(line, stdout);
		putchar('\n');
	}
	return line;
}

char *
edit_readline(struct shell *sh, const char *prompt)
{
#ifdef HAVE_EDITOR
	char *line, *copy;

	if (tty) {
		fflush(stdout);
		line = readline(prompt);
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
	hv_strv_add(&history, &nhistory, line);
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
	nhistory = 0;
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
