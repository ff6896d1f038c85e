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

static void
history_trim(struct shell *sh)
{
	size_t drop, i;

	if (nhistory <= (size_t)sh->histsize)
		return;
	drop = nhistory - sh->histsize;
	for (i = 0; i < drop; i++)
		free(history[i]);
	memmove(history, history + drop,
	    (nhistory - drop + 1) * sizeof(*history));
	nhistory -= drop;
}

static void
history_load(struct shell *sh)
{
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (sh->histfile == NULL || (f = fopen(sh->histfile, "r")) == NULL)
		return;
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (*line == '\0')
			continue;
		hv_strv_add(&history, &nhistory, line);
#ifdef HAVE_EDITOR
		add_history(line);
#endif
	}
	free(line);
	fclose(f);
	history_trim(sh);
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

static char **
attempt_completion(const char *text, int start, int end)
{
	char *line;
	char **matches;

	rl_attempted_completion_over = 1;
	line = xstrndup(rl_line_buffer, rl_point);
	hv_strv_free(cands);
	cands = complete_line(complete_shell, line);
	cand_next = 0;
	free(line);
	if (cands == NULL || cands[0] == NULL)
		return NULL;
	matches = rl_completion_matches(text, cand_generator);
	return matches;
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

void
edit_init(struct shell *sh)
{
	init_histsize(sh);
	sh->histfile = history_path();
	complete_shell = sh;
	tty = isatty(STDIN_FILENO);
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

/* Prompt and line on stdout, as readline does for a pipe. */
static char *
read_plain(struct shell *sh, const char *prompt)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	fputs(prompt, stdout);
	fflush(stdout);
	len = getline(&line, &cap, stdin);
	if (len < 0) {
		free(line);
		return NULL;
	}
	if (len > 0 && line[len - 1] == '\n')
		line[--len] = '\0';
	if (!tty) {
		/* A NUL ends the line as far as the shell is concerned. */
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
	history_trim(sh);
#ifdef HAVE_EDITOR
	add_history(line);
#endif
}

void
edit_finish(struct shell *sh)
{
	history_save(sh);
	hv_strv_free(history);
	history = NULL;
	nhistory = 0;
#ifdef HAVE_EDITOR
	hv_strv_free(cands);
	cands = NULL;
	clear_history();
#endif
}
