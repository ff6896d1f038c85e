/*
 * auth.c: the shell's answers to a connection's questions (hv_auth in
 * hv.h), asked as virsh asks them: "PROMPT: " on standard output, no
 * newline, then a line of input.
 *
 * virsh reads a name (or any echoed answer) with fgets() on stdio's
 * stdin, while its command lines are read byte by byte from fd 0: the
 * first answer takes one buffer of input (4096 bytes, one read()), and
 * what that buffer holds beyond the answers is never seen as commands,
 * only as the answers of later prompts.  We read the same way, out of
 * the same bytes: the shell's lines read ahead (edit_take_input())
 * first.  A password is read as getpass() reads it: from the
 * controlling terminal with its echo off when /dev/tty opens, else as
 * one more line of standard input.  The end of input answers "", and
 * stays the end for every later answer.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "shell.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* stdio's buffer for a pipe or a file here: st_blksize. */
#define ANSWER_CHUNK 4096
/* virsh's fgets() buffer: an echoed answer is at most 1023 bytes. */
#define ANSWER_MAX 1024

static char abuf[ANSWER_CHUNK];
static size_t a_off, a_len;
static bool a_eof;

/*
 * One buffer of input, as stdio's one read() would see it: what the
 * shell read ahead, then what has come since, up to the chunk.  False
 * at the end of input (a_eof set) or on an error.
 */
static bool
answer_fill(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
	ssize_t n;

	a_off = 0;
	a_len = edit_take_input(abuf, sizeof(abuf));
	if (a_len == sizeof(abuf) || (a_len > 0 && poll(&p, 1, 0) <= 0))
		return true;
	do {
		n = read(STDIN_FILENO, abuf + a_len, sizeof(abuf) - a_len);
	} while (n < 0 && errno == EINTR && shell_signal == 0);
	if (n > 0)
		a_len += (size_t)n;
	if (a_len > 0)
		return true;
	if (n == 0)
		a_eof = true;
	return false;
}

/*
 * A line of the answer buffer with its newline, as fgets() into max
 * bytes (0: as getline(), unbounded) reads it; NULL at the end of
 * input before any byte, or on an error (*err set).
 */
static char *
answer_line(size_t max, bool *err)
{
	struct hv_buf b = HV_BUF_INIT;
	size_t n = 0;
	char c;

	*err = false;
	for (;;) {
		if (a_off == a_len && (a_eof || !answer_fill())) {
			if (!a_eof)
				*err = true;
			break;
		}
		c = abuf[a_off++];
		hv_buf_addc(&b, c);
		n++;
		if (c == '\n' || (max > 0 && n == max - 1))
			break;
	}
	if (n == 0 || *err) {
		hv_buf_release(&b);
		return NULL;
	}
	return hv_buf_detach(&b);
}

/* The answer without its newline; "" at the end of input. */
static char *
chomp(char *line)
{
	size_t len;

	if (line == NULL)
		return xstrdup("");
	len = strlen(line);
	if (len > 0 && line[len - 1] == '\n')
		line[len - 1] = '\0';
	return line;
}

static char *
ask_echo(const char *prompt)
{
	bool err;
	char *line;

	printf("%s: ", prompt ? prompt : "");
	shell_flush_stdout();
	line = answer_line(ANSWER_MAX, &err);
	return err ? NULL : chomp(line);
}

/*
 * getpass(): the terminal's echo goes off before the prompt shows, so
 * that an answer typed the moment it appears is not echoed; the
 * newline typed is then shown on the terminal.
 */
static char *
ask_secret(const char *prompt)
{
	FILE *tty = fopen("/dev/tty", "w+e");
	int fd = tty != NULL ? fileno(tty) : STDIN_FILENO;
	struct termios old, quiet;
	bool quieted = false, err = false;
	char *line = NULL;
	size_t cap = 0;

	if (tcgetattr(fd, &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ISIG);
		quieted = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
	}
	printf("%s: ", prompt ? prompt : "");
	shell_flush_stdout();
	if (tty != NULL) {
		if (getline(&line, &cap, tty) < 0) {
			free(line);
			line = NULL;
		}
	} else {
		line = answer_line(0, &err);
	}
	if (quieted) {
		if (line != NULL && *line != '\0' &&
		    line[strlen(line) - 1] == '\n')
			fputc('\n', tty != NULL ? tty : stderr);
		tcsetattr(fd, TCSAFLUSH, &old);
	}
	if (tty != NULL)
		fclose(tty);
	return err ? NULL : chomp(line);
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
			if (c->type == HV_CRED_PASSPHRASE ||
			    c->type == HV_CRED_NOECHOPROMPT)
				answer = ask_secret(c->prompt);
			else
				answer = ask_echo(c->prompt);
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

/* ---- polkit's text agent -------------------------------------------- */

#define PKTTYAGENT "/usr/bin/pkttyagent"

bool
shell_agent_available(void)
{
	struct stat st;
	char term[L_ctermid];
	int fd;

	if (stat(PKTTYAGENT, &st) != 0 || !S_ISREG(st.st_mode) ||
	    access(PKTTYAGENT, X_OK) != 0)
		return false;
	/* The agent opens the controlling terminal: there must be one. */
	if (*ctermid(term) == '\0' ||
	    (fd = open(term, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0)
		return false;
	close(fd);
	return true;
}

pid_t
shell_agent_start(void)
{
	struct pollfd p;
	sigset_t none;
	char pid[32], nfd[32];
	int fds[2];
	pid_t child;

	if (!shell_agent_available()) {
		hv_error_report(HV_FROM_NONE, HV_ERR_SYSTEM_ERROR,
		    "polkit text authentication agent unavailable");
		return -1;
	}
	if (pipe2(fds, O_CLOEXEC) < 0) {
		hv_error_system(errno, "cannot create pipe");
		return -1;
	}
	snprintf(pid, sizeof(pid), "%ld", (long)getpid());
	shell_flush_stdout();
	fflush(stderr);
	child = fork();
	if (child == 0) {
		/*
		 * Only the standard streams and the notify end go with it,
		 * with default signals, as virCommand runs a program.
		 */
		if (fcntl(fds[1], F_SETFD, 0) < 0)
			_exit(127);
		if (fds[1] > 3)
			close_range(3, (unsigned int)fds[1] - 1, 0);
		close_range((unsigned int)fds[1] + 1, ~0U, 0);
		snprintf(nfd, sizeof(nfd), "%d", fds[1]);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGPIPE, SIG_DFL);
		execl(PKTTYAGENT, PKTTYAGENT, "--process", pid, "--notify-fd",
		    nfd, "--fallback", (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	if (child < 0) {
		hv_error_system(errno, "cannot fork child process");
		close(fds[0]);
		return -1;
	}
	/* It closes the notify end once it is registered, or when it ends. */
	p.fd = fds[0];
	p.events = POLLHUP;
	while (poll(&p, 1, -1) < 0 && errno == EINTR)
		p.revents = 0;
	close(fds[0]);
	return child;
}

void
shell_agent_stop(pid_t pid)
{
	int i;

	if (pid <= 0)
		return;
	/* Ended by itself (no polkit), or told to: SIGTERM, then SIGKILL. */
	if (waitpid(pid, NULL, WNOHANG) == pid)
		return;
	kill(pid, SIGTERM);
	for (i = 0; i < 200; i++) {
		if (waitpid(pid, NULL, WNOHANG) != 0)
			return;
		usleep(10000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}
