/*
 * Editing an object's XML in the user's editor: edit, net-edit,
 * pool-edit, all through one loop; and the temporary-file helpers that
 * desc --edit uses too (cmd-edit.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "cmd-edit.h"
#include "shell.h"
#include "cmd.h"
#include "complete-network.h"
#include "complete-storage.h"
#include "util-xml.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/xalloc.h"

/*
 * An editor (or file name) made only of these runs without a shell;
 * anything else goes through /bin/sh -c, and then the file name must
 * be free of shell syntax, as in virsh.
 */
#define PLAIN_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" \
	"0123456789-_.:@/"

static bool
is_plain(const char *s)
{
	return strspn(s, PLAIN_CHARS) == strlen(s);
}

/* ---- the temporary file --------------------------------------------- */

char *
editor_tmp_write(struct shell *sh, const char *text)
{
	const char *dir = getenv("TMPDIR");
	size_t len = strlen(text), off = 0;
	char *path;
	ssize_t n;
	int fd;

	/* Like virsh: TMPDIR is used as given, even when empty. */
	path = xasprintf("%s/hvshXXXXXX.xml", dir != NULL ? dir : "/tmp");
	if ((fd = mkstemps(path, 4)) < 0) {
		/* virsh's wording, naming the call glib makes for it. */
		shell_error(sh, "g_mkstemp_full: failed to create temporary "
		    "file: %s", strerror(errno));
		free(path);
		return NULL;
	}
	while (off < len) {
		n = write(fd, text + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto fail;
		off += (size_t)n;
	}
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	return path;
fail:
	shell_error(sh, "%s: failed to write to temporary file: %s", path,
	    strerror(errno));
	if (fd >= 0)
		close(fd);
	unlink(path);
	free(path);
	return NULL;
}

/* One word of a command line as libvirt shows it: quoted when needed. */
static void
add_word(struct hv_buf *b, const char *w)
{
	const char *p;

	if (b->len > 0)
		hv_buf_addc(b, ' ');
	if (*w != '\0' && strpbrk(w, " \t\n\r'\"\\$`!*?[]{}()<>|&;#~") ==
	    NULL) {
		hv_buf_add(b, w);
		return;
	}
	hv_buf_addc(b, '\'');
	for (p = w; *p != '\0'; p++) {
		if (*p == '\'')
			hv_buf_add(b, "'\\''");
		else
			hv_buf_addc(b, *p);
	}
	hv_buf_addc(b, '\'');
}

/* The program file that exec would run for name, or NULL. */
static char *
find_program(const char *name)
{
	const char *path = getenv("PATH"), *p, *end;
	char *cand;

	if (*name == '\0')
		return NULL;
	if (strchr(name, '/') != NULL)
		return access(name, X_OK) == 0 ? xstrdup(name) : NULL;
	if (path == NULL)
		path = "/bin:/usr/bin";
	for (p = path;; p = end + 1) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		cand = xasprintf("%.*s%s%s", (int)(end - p), p,
		    end > p ? "/" : "", name);
		if (access(cand, X_OK) == 0)
			return cand;
		free(cand);
		if (*end == '\0')
			return NULL;
	}
}

/*
 * Until the editor pid ends, the connection is served as at the prompt
 * (keepalive PINGs answered): a long edit does not lose it.  Where the
 * kernel has no pidfd, the plain wait that follows does the waiting.
 */
static void
wait_serving(struct shell *sh, pid_t pid)
{
	int fd = (int)syscall(SYS_pidfd_open, pid, 0);
	short revents;

	if (fd < 0)
		return;
	while (shell_wait_input(sh, fd, NULL, &revents) < 0 && errno == EINTR)
		;
	close(fd);
}

bool
editor_run(struct shell *sh, const char *path)
{
	const char *editor = getenv("VISUAL");
	struct hv_buf shown = HV_BUF_INIT;
	char *prog = NULL, *line = NULL;
	bool ok = false;
	int status;
	pid_t pid;

	if (editor == NULL)
		editor = getenv("EDITOR");
	if (editor == NULL)
		editor = "vi";
	if (is_plain(editor)) {
		if ((prog = find_program(editor)) == NULL) {
			hv_error_system(ENOENT, "Cannot find '%s' in path",
			    editor);
			goto out;
		}
		add_word(&shown, editor);
		add_word(&shown, path);
	} else {
		/* EDITOR may carry options and shell syntax on purpose;
		 * the file name must not. */
		if (!is_plain(path)) {
			shell_error(sh, "%s: temporary filename contains shell "
			    "meta or other unacceptable characters (is $TMPDIR "
			    "wrong?)", path);
			goto out;
		}
		line = xasprintf("%s %s", editor, path);
		add_word(&shown, "sh");
		add_word(&shown, "-c");
		add_word(&shown, line);
	}
	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) < 0) {
		hv_error_system(errno, "cannot fork child process");
		goto out;
	}
	if (pid == 0) {
		if (prog != NULL)
			execl(prog, editor, path, (char *)NULL);
		else
			execl("/bin/sh", "sh", "-c", line, (char *)NULL);
		_exit(127);
	}
	wait_serving(sh, pid);
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			hv_error_system(errno, "Cannot wait for child process");
			goto out;
		}
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		ok = true;
	else if (WIFEXITED(status))
		hv_error_report(HV_FROM_NONE, HV_ERR_INTERNAL_ERROR,
		    "Child process (%s) unexpected exit status %d",
		    hv_buf_str(&shown), WEXITSTATUS(status));
	else
		hv_error_report(HV_FROM_NONE, HV_ERR_INTERNAL_ERROR,
		    "Child process (%s) unexpected fatal signal %d",
		    hv_buf_str(&shown), WTERMSIG(status));
out:
	hv_buf_release(&shown);
	free(prog);
	free(line);
	return ok;
}

char *
editor_read_back(struct shell *sh, const char *path)
{
	struct hv_file_error e;
	char *text;

	/* virsh's own line names the cause only when the open failed */
	if ((text = hv_file_load(path, HV_FILE_MAX_XML, NULL, &e)) == NULL) {
		shell_error(sh, "%s: failed to read temporary file: %s", path,
		    e.why == HV_FILE_EOPEN ? strerror(e.err) : "read error");
		hv_file_report(path, &e);
	}
	return text;
}

/* ---- asking again --------------------------------------------------- */

/*
 * On a terminal: the pending error, then "MSG Try again? [...]: ",
 * read one key in raw mode and answer it.  Returns y, n, f or i (i only
 * when relax), or -1 when stdin is no terminal.
 */
static int
ask_reedit(struct shell *sh, const char *msg, bool relax)
{
	struct termios saved, raw;
	unsigned char ch;
	int c = -1;
	ssize_t n;

	if (!isatty(STDIN_FILENO))
		return -1;
	shell_report_error(sh);
	if (tcgetattr(STDIN_FILENO, &saved) < 0)
		return -1;
	raw = saved;
	cfmakeraw(&raw);
	if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) < 0)
		return -1;
	for (;;) {
		/* Output post-processing is off: lines end in \r\n. */
		printf("\r%s Try again? %s: ", msg,
		    relax ? "[y,n,i,f,?]" : "[y,n,f,?]");
		fflush(stdout);
		do {
			n = read(STDIN_FILENO, &ch, 1);
		} while (n < 0 && errno == EINTR);
		if (n <= 0) {
			/* End of input: keep nothing, as "n" would. */
			c = 'n';
			break;
		}
		c = ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
		if (c == '?') {
			printf("\r\n%s\r\n%s\r\n",
			    "y - yes, start editor again",
			    "n - no, throw away my changes");
			if (relax)
				printf("%s\r\n", "i - turn off validation "
				    "and try to redefine again");
			printf("%s\r\n%s\r\n",
			    "f - force, try to redefine again",
			    "? - print this help");
			continue;
		}
		if (c == 'y' || c == 'n' || c == 'f' || (relax && c == 'i'))
			break;
	}
	fflush(stdout);
	tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
	printf("\r\n");
	return c;
}

/* ---- one loop for the three kinds ----------------------------------- */

enum kind { K_DOMAIN, K_NETWORK, K_POOL };

struct target {
	enum kind kind;
	struct hv_conn *conn;
	struct hv_domain *dom;
	struct hv_network *net;
	struct hv_pool *pool;
	unsigned int define_flags;
};

/* The XML to edit: inactive and with secrets, as virsh asks for it. */
static char *
get_xml(struct target *t)
{
	const struct hv_error *e;
	char *xml = NULL;

	switch (t->kind) {
	case K_DOMAIN:
		return hv_domain_get_xml_desc(t->dom,
		    HV_DOMAIN_XML_SECURE | HV_DOMAIN_XML_INACTIVE);
	case K_NETWORK:
		xml = hv_network_get_xml_desc(t->net, HV_NETWORK_XML_INACTIVE);
		break;
	case K_POOL:
		xml = hv_pool_get_xml_desc(t->pool, HV_POOL_XML_INACTIVE);
		break;
	}
	/* A driver that does not know "inactive" gets asked plainly. */
	if (xml == NULL && (e = hv_error_last()) != NULL &&
	    e->code == HV_ERR_INVALID_ARG) {
		hv_error_reset();
		xml = t->kind == K_NETWORK ?
		    hv_network_get_xml_desc(t->net, 0) :
		    hv_pool_get_xml_desc(t->pool, 0);
	}
	return xml;
}

/* Define from xml; the new object's name (caller frees), or NULL. */
static char *
define(struct target *t, const char *xml)
{
	const struct hv_error *e;
	struct hv_domain *dom;
	struct hv_network *net;
	struct hv_pool *pool;
	char *name = NULL;

	switch (t->kind) {
	case K_DOMAIN:
		dom = hv_domain_define_xml(t->conn, xml, t->define_flags);
		/* Validation is optional: a driver without it still gets
		 * the definition. */
		if (dom == NULL && t->define_flags ==
		    HV_DOMAIN_DEFINE_VALIDATE &&
		    (e = hv_error_last()) != NULL &&
		    e->code == HV_ERR_NO_SUPPORT)
			dom = hv_domain_define_xml(t->conn, xml, 0);
		if (dom != NULL)
			name = xstrdup(dom->name);
		hv_domain_free(dom);
		break;
	case K_NETWORK:
		if ((net = hv_network_define_xml(t->conn, xml, 0)) != NULL)
			name = xstrdup(net->name);
		hv_network_free(net);
		break;
	case K_POOL:
		if ((pool = hv_pool_define_xml(t->conn, xml, 0)) != NULL)
			name = xstrdup(pool->name);
		hv_pool_free(pool);
		break;
	}
	return name;
}

/*
 * The outcome: text, virsh's line; the machine formats, {"action":
 * "edit", KIND: name, "changed", "message"}.
 */
static void
say(struct shell *sh, enum kind kind, const char *name, bool changed)
{
	static const char *const kinds[] = {
		[K_DOMAIN] = "domain",
		[K_NETWORK] = "network",
		[K_POOL] = "pool",
	};
	const char *how = changed ? "edited" : "not changed";
	char *msg;

	switch (kind) {
	case K_DOMAIN:
		msg = xasprintf("Domain '%s' XML configuration %s.", name, how);
		break;
	case K_NETWORK:
		msg = xasprintf("Network %s XML configuration %s.", name, how);
		break;
	default:
		msg = xasprintf("Pool %s XML configuration %s.", name, how);
		break;
	}
	out_done(sh, "edit", kinds[kind], name, "%s", msg);
	out_field(sh, 0, NULL, "changed", OV_BOOL(changed), NULL);
	free(msg);
}

/*
 * Edit until the definition takes, the user gives up, or nothing
 * changed.  name is the object's own name.  Without a terminal to ask
 * on, a failed definition ends the command with its error (virsh
 * carries on there and reports "(null)" as edited).
 */
static bool
edit_loop(struct shell *sh, struct target *t, const char *name)
{
	char *doc, *tmp = NULL, *edited = NULL, *reread, *newname = NULL;
	bool relax = t->kind == K_DOMAIN, ok = false;
	const char *msg;

	if ((doc = get_xml(t)) == NULL)
		return false;
	if ((tmp = editor_tmp_write(sh, doc)) == NULL)
		goto out;
reedit:
	free(edited);
	edited = NULL;
	if (!editor_run(sh, tmp) ||
	    (edited = editor_read_back(sh, tmp)) == NULL)
		goto out;
	if (strcmp(doc, edited) == 0) {
		say(sh, t->kind, name, false);
		ok = true;
		goto out;
	}
redefine:
	msg = NULL;
	/* Someone may have changed it meanwhile, or it may be gone. */
	if ((reread = get_xml(t)) == NULL)
		goto out;
	if (strcmp(doc, reread) != 0) {
		msg = "The XML configuration was changed by another user.";
		free(doc);
		doc = reread;
	} else {
		free(reread);
	}
	if (msg == NULL && (newname = define(t, edited)) == NULL)
		msg = "Failed.";
	if (msg != NULL) {
		switch (ask_reedit(sh, msg, relax)) {
		case 'y':
			goto reedit;
		case 'f':
			goto redefine;
		case 'i':
			t->define_flags &= ~(unsigned int)
			    HV_DOMAIN_DEFINE_VALIDATE;
			relax = false;
			goto redefine;
		case 'n':
			/* The user's choice: nothing more to say. */
			hv_error_reset();
			goto out;
		default:
			shell_error(sh, "%s", msg);
			goto out;
		}
	}
	say(sh, t->kind, newname, true);
	ok = true;
out:
	if (tmp != NULL) {
		unlink(tmp);
		free(tmp);
	}
	free(doc);
	free(edited);
	free(newname);
	return ok;
}

/* ---- edit ----------------------------------------------------------- */

enum { O_EDIT_DOMAIN, O_EDIT_SKIP_VALIDATE };
static const struct cmd_opt edit_opts[] = {
	[O_EDIT_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_EDIT_SKIP_VALIDATE] = { "skip-validate", OPT_BOOL, 0,
	    "do not check the edited XML against the schema" },
	{ NULL }
};

static bool
cmd_edit_exec(struct shell *sh, const struct cmd_args *a)
{
	struct target t = { .kind = K_DOMAIN, .conn = shell_conn(sh) };
	bool ok;

	if ((t.dom = shell_domain(sh, a, O_EDIT_DOMAIN, BY_ANY, NULL)) ==
	    NULL)
		return false;
	if (!opt_bool(a, O_EDIT_SKIP_VALIDATE))
		t.define_flags = HV_DOMAIN_DEFINE_VALIDATE;
	ok = edit_loop(sh, &t, t.dom->name);
	hv_domain_free(t.dom);
	return ok;
}

const struct cmd_entry cmd_edit = {
	"edit", NULL, GRP_DOMAIN,
	"change a domain's XML configuration in an editor",
	"Open the domain's persistent XML in $VISUAL or $EDITOR and define\n"
	"the domain again from what the editor leaves.",
	edit_opts, cmd_edit_exec, 0
};

/* ---- net-edit ------------------------------------------------------- */

enum { O_NET_EDIT_NETWORK };
static const struct cmd_opt net_edit_opts[] = {
	[O_NET_EDIT_NETWORK] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid", COMPLETE_NETWORK },
	{ NULL }
};

static bool
cmd_net_edit_exec(struct shell *sh, const struct cmd_args *a)
{
	struct target t = { .kind = K_NETWORK, .conn = shell_conn(sh) };
	bool ok;

	t.net = shell_network(sh, a, O_NET_EDIT_NETWORK, BY_UUID | BY_NAME,
	    NULL);
	if (t.net == NULL)
		return false;
	ok = edit_loop(sh, &t, t.net->name);
	hv_network_free(t.net);
	return ok;
}

const struct cmd_entry cmd_net_edit = {
	"net-edit", NULL, GRP_NETWORK,
	"change a network's XML configuration in an editor",
	"Open the network's persistent XML in $VISUAL or $EDITOR and define\n"
	"the network again from what the editor leaves.",
	net_edit_opts, cmd_net_edit_exec, 0
};

/* ---- pool-edit ------------------------------------------------------ */

enum { O_POOL_EDIT_POOL };
static const struct cmd_opt pool_edit_opts[] = {
	[O_POOL_EDIT_POOL] = { "pool", OPT_STRING, OPT_REQUIRED,
	    "pool name or uuid", COMPLETE_POOL },
	{ NULL }
};

static bool
cmd_pool_edit_exec(struct shell *sh, const struct cmd_args *a)
{
	struct target t = { .kind = K_POOL, .conn = shell_conn(sh) };
	bool ok;

	if ((t.pool = shell_pool(sh, a, O_POOL_EDIT_POOL, NULL)) == NULL)
		return false;
	ok = edit_loop(sh, &t, t.pool->name);
	hv_pool_free(t.pool);
	return ok;
}

const struct cmd_entry cmd_pool_edit = {
	"pool-edit", NULL, GRP_POOL,
	"change a storage pool's XML configuration in an editor",
	"Open the pool's persistent XML in $VISUAL or $EDITOR and define\n"
	"the pool again from what the editor leaves.",
	pool_edit_opts, cmd_pool_edit_exec, 0
};
