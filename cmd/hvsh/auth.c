/*
 * auth.c: the shell's answers to a connection's questions (hv_auth in
 * hv.h), asked as virsh asks them: "PROMPT: " on standard output, no
 * newline, then a line from standard input.  A password is read with
 * echo turned off when standard input is a terminal; otherwise it is
 * one more line of input.  The end of input answers "".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "shell.h"
#include "util/xalloc.h"

/* One line of stdin without its newline (EOF: ""); NULL on an error. */
static char *
read_line(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);

	if (n < 0) {
		if (!feof(stdin)) {
			free(line);
			return NULL;
		}
		free(line);
		return xstrdup("");
	}
	if (n > 0 && line[n - 1] == '\n')
		line[n - 1] = '\0';
	return line;
}

/*
 * prompt, then the answer: a line of input, read with the terminal's
 * echo off when secret and standard input is a terminal.  Echo goes
 * off before the prompt shows, so that an answer typed the moment it
 * appears is not echoed; the newline typed is then shown on the
 * terminal, as getpass() does.
 */
static char *
ask_one(const char *prompt, int secret)
{
	struct termios old, quiet;
	int tty = secret && isatty(STDIN_FILENO) &&
	    tcgetattr(STDIN_FILENO, &old) == 0;
	FILE *out;
	char *line;

	if (tty) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	printf("%s: ", prompt ? prompt : "");
	shell_flush_stdout();
	line = read_line();
	if (!tty)
		return line;
	tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	if ((out = fopen("/dev/tty", "w")) != NULL) {
		fputc('\n', out);
		fclose(out);
	} else {
		fputc('\n', stderr);
	}
	return line;
}

static int
ask(struct hv_cred *cred, size_t n, void *opaque)
{
	for (size_t i = 0; i < n; i++) {
		struct hv_cred *c = &cred[i];
		char *answer;

		switch (c->type) {
		case HV_CRED_USERNAME:
		case HV_CRED_AUTHNAME:
		case HV_CRED_ECHOPROMPT:
		case HV_CRED_REALM:
		case HV_CRED_PASSPHRASE:
		case HV_CRED_NOECHOPROMPT:
			answer = ask_one(c->prompt,
			    c->type == HV_CRED_PASSPHRASE ||
			    c->type == HV_CRED_NOECHOPROMPT);
			if (answer == NULL)
				return -1;
			break;
		case HV_CRED_EXTERNAL:
			/* Only polkit's is known: nothing to answer. */
			if (c->challenge == NULL ||
			    strcmp(c->challenge, "PolicyKit") != 0)
				return -1;
			continue;
		default:
			return -1;
		}
		if (*answer == '\0' && c->dflt) {
			free(answer);
			answer = xstrdup(c->dflt);
		}
		c->result = answer;
	}
	return 0;
}

const struct hv_auth shell_auth = { ask, NULL };
