/*
 * Domain life cycle and resources: define, undefine, create, start,
 * destroy, shutdown, reboot, reset, suspend, resume, autostart, setmem,
 * setmaxmem, setvcpus.
 */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "shell.h"
#include "util-xml.h"
#include "util/clock.h"
#include "util/file.h"
#include "util/strv.h"
#include "util/num.h"
#include "util/xalloc.h"

/* A machine-only field: what a command that prints nothing did. */
static void
record(struct shell *sh, const char *key, struct out_val v)
{
	out_field(sh, 0, NULL, key, v, NULL);
}

/* "Option --NEED is required by option --HAVE" */
static bool
require(struct shell *sh, bool have, bool need, const char *haven,
    const char *needn)
{
	if (have && !need) {
		shell_error(sh, "Option --%s is required by option --%s",
		    needn, haven);
		return false;
	}
	return true;
}

/*
 * --pass-fds N,M,...: checked as virsh checks it.  The core has no
 * call that hands descriptors over, so they are only validated.
 */
static bool
check_pass_fds(struct shell *sh, const char *list)
{
	const char *p = list, *end;
	bool ret = true;

	if (list == NULL || *list == '\0')
		return true;
	for (;;) {
		char *word;
		int v;

		end = strchr(p, ',');
		word = end != NULL ? xstrndup(p, (size_t)(end - p)) :
		    xstrdup(p);
		if (!hv_num_int(word, 10, &v)) {
			shell_error(sh, "Unable to parse FD number '%s'",
			    word);
			ret = false;
		}
		free(word);
		if (!ret || end == NULL)
			break;
		p = end + 1;
	}
	return ret;
}

/* virsh attaches a console only on a terminal; there is none to offer
 * here either way. */
static bool
run_console(struct shell *sh)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		shell_error(sh, "Cannot run interactive console without a "
		    "controlling TTY");
	else
		shell_error(sh, "console is not supported");
	return false;
}

/* ---- --wait --------------------------------------------------------- */

/*
 * hvsh's own --wait of start, destroy, shutdown and reboot (virsh has
 * none): after the command's call, the domain's state is asked for
 * until it is the one the command promises.  The core has no domain
 * events, so the asking backs off, from 10 ms to half a second; each
 * look is a call, which answers a daemon's keepalive probes too.
 */
enum { WAIT_FIRST_MS = 10, WAIT_MAX_MS = 500 };
/* virsh's bound for its own timeouts: the milliseconds fit an int */
#define WAIT_TIMEOUT_MAX (INT_MAX / 1000)

static volatile sig_atomic_t wait_interrupted;

static void
on_interrupt(int sig)
{
	(void)sig;
	wait_interrupted = 1;
}

static long long
mono_ms(void)
{
	return hv_clock_ns() / 1000000;
}

/*
 * --timeout (option i; --wait is option w) into *seconds, 0 when not
 * given (wait for ever).  Checked before the command acts: false after
 * the error when it is out of range (0 too, as virsh's timeouts) or
 * given without --wait.
 */
static bool
wait_timeout(struct shell *sh, const struct cmd_args *a, unsigned int w,
    unsigned int i, unsigned int *seconds)
{
	int rc;

	*seconds = 0;
	if (!require(sh, opt_given(a, i), opt_bool(a, w), "timeout", "wait"))
		return false;
	if ((rc = opt_uint(sh, a, i, seconds)) < 0)
		return false;
	if (rc > 0 && (*seconds == 0 || *seconds > WAIT_TIMEOUT_MAX)) {
		shell_error(sh, "Numeric value '%s' for <%s> option is "
		    "malformed or out of range", opt_str(a, i),
		    a->cmd->opts[i].name);
		return false;
	}
	return true;
}

/*
 * Until dom is in state want (a transient domain that is gone counts
 * as shut off), for at most seconds (0: for ever), or until ^C or a
 * signal that ends the shell.  name is the domain as the user named
 * it, what the end of the errors ("timed out waiting for domain 'x' to
 * shut off").  The state last seen goes into the record.
 *
 * The signals are blocked but while the shell sleeps (ppoll), so that
 * one that comes during a call still ends the next sleep at once.  ^C
 * ends the command, not the shell, and is caught only here: a SIGINT
 * the shell was started to ignore stays ignored.
 */
static bool
wait_state(struct shell *sh, struct hv_domain *dom, const char *name,
    int want, const char *what, unsigned int seconds)
{
	struct sigaction sa, old_int;
	const struct hv_error *e;
	long long deadline = 0, left = 0;
	int state = -1, reason, step = WAIT_FIRST_MS, ms;
	sigset_t block, orig;
	struct timespec ts;
	bool ret = false, caught;

	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGTERM);
	sigprocmask(SIG_BLOCK, &block, &orig);
	sigaction(SIGINT, NULL, &old_int);
	if ((caught = old_int.sa_handler != SIG_IGN)) {
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_interrupt;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, NULL);
	}
	wait_interrupted = 0;
	/* the command's line goes out before the wait (and once it is
	 * out, ^C is ours) */
	shell_flush_stdout();
	if (seconds > 0)
		deadline = mono_ms() + seconds * 1000LL;
	for (;;) {
		if (hv_domain_get_state(dom, &state, &reason, 0) < 0) {
			e = hv_error_last();
			if (want != HV_DOMAIN_SHUTOFF || e == NULL ||
			    e->code != HV_ERR_NO_DOMAIN) {
				state = -1;
				break;
			}
			hv_error_reset();
			state = HV_DOMAIN_SHUTOFF;
		}
		if (state == want) {
			ret = true;
			break;
		}
		if (seconds > 0 && (left = deadline - mono_ms()) <= 0) {
			shell_error(sh, "timed out waiting for domain '%s' to "
			    "%s", name, what);
			break;
		}
		ms = seconds > 0 && left < step ? (int)left : step;
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = (long)(ms % 1000) * 1000000;
		if (ppoll(NULL, 0, &ts, &orig) < 0 && errno == EINTR &&
		    (wait_interrupted || shell_signal != 0)) {
			shell_error(sh, "interrupted waiting for domain '%s' "
			    "to %s", name, what);
			break;
		}
		step = step * 2 < WAIT_MAX_MS ? step * 2 : WAIT_MAX_MS;
	}
	if (state >= 0)
		record(sh, "state", OV_ENUM(domain_state_key(state)));
	/* a ^C still pending meets our handler, not the default one */
	sigprocmask(SIG_SETMASK, &orig, NULL);
	if (caught)
		sigaction(SIGINT, &old_int, NULL);
	return ret;
}

/* ---- define --------------------------------------------------------- */

enum { O_DEFINE_FILE, O_DEFINE_VALIDATE };
static const struct cmd_opt define_opts[] = {
	[O_DEFINE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "an XML file describing the domain",
	    COMPLETE_FILE },
	[O_DEFINE_VALIDATE] = { "validate", OPT_BOOL, 0,
	    "check the XML against the schema" },
	{ NULL }
};

static bool
cmd_define_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_domain *dom;
	const char *file;
	char *xml;

	if (!opt_string(sh, a, O_DEFINE_FILE, &file))
		return false;
	if (opt_bool(a, O_DEFINE_VALIDATE))
		flags |= HV_DOMAIN_DEFINE_VALIDATE;
	if ((xml = hv_file_read(file, HV_FILE_MAX_XML, NULL)) == NULL)
		return false;
	dom = hv_domain_define_xml(shell_conn(sh), xml, flags);
	free(xml);
	if (dom == NULL) {
		shell_error(sh, "Failed to define domain from %s", file);
		return false;
	}
	out_done(sh, "define", "domain", dom->name, "Domain '%s' defined from %s",
	    dom->name, file);
	record(sh, "file", OV_STR(file));
	hv_domain_free(dom);
	return true;
}

const struct cmd_entry cmd_define = {
	"define", NULL, GRP_DOMAIN,
	"define a domain from an XML file without starting it",
	"Make a persistent domain from an XML description.",
	define_opts, cmd_define_exec, 0
};

/* ---- create --------------------------------------------------------- */

enum {
	O_CREATE_FILE, O_CREATE_CONSOLE, O_CREATE_PAUSED,
	O_CREATE_AUTODESTROY, O_CREATE_PASS_FDS, O_CREATE_VALIDATE,
	O_CREATE_RESET_NVRAM,
};
static const struct cmd_opt create_opts[] = {
	[O_CREATE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "an XML file describing the domain",
	    COMPLETE_FILE },
	[O_CREATE_CONSOLE] = { "console", OPT_BOOL, 0,
	    "attach to the console once it runs" },
	[O_CREATE_PAUSED] = { "paused", OPT_BOOL, 0,
	    "keep the guest paused once created" },
	[O_CREATE_AUTODESTROY] = { "autodestroy", OPT_BOOL, 0,
	    "destroy the guest when this shell disconnects" },
	[O_CREATE_PASS_FDS] = { "pass-fds", OPT_STRING, OPT_EMPTY_OK,
	    "hand file descriptors N,M,... to the guest",
	    COMPLETE_EMPTY },
	[O_CREATE_VALIDATE] = { "validate", OPT_BOOL, 0,
	    "check the XML against the schema" },
	[O_CREATE_RESET_NVRAM] = { "reset-nvram", OPT_BOOL, 0,
	    "start again from the NVRAM template" },
	{ NULL }
};

static bool
cmd_create_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_domain *dom;
	const char *file;
	char *xml;

	if (!opt_string(sh, a, O_CREATE_FILE, &file))
		return false;
	if (opt_bool(a, O_CREATE_PAUSED))
		flags |= HV_DOMAIN_START_PAUSED;
	if (opt_bool(a, O_CREATE_AUTODESTROY))
		flags |= HV_DOMAIN_START_AUTODESTROY;
	if (opt_bool(a, O_CREATE_VALIDATE))
		flags |= HV_DOMAIN_START_VALIDATE;
	if (opt_bool(a, O_CREATE_RESET_NVRAM))
		flags |= HV_DOMAIN_START_RESET_NVRAM;
	if ((xml = hv_file_read(file, HV_FILE_MAX_XML, NULL)) == NULL)
		return false;
	if (!check_pass_fds(sh, opt_str(a, O_CREATE_PASS_FDS))) {
		free(xml);
		return false;
	}
	dom = hv_domain_create_xml(shell_conn(sh), xml, flags);
	free(xml);
	if (dom == NULL) {
		shell_error(sh, "Failed to create domain from %s", file);
		return false;
	}
	out_done(sh, "create", "domain", dom->name, "Domain '%s' created from %s",
	    dom->name, file);
	record(sh, "file", OV_STR(file));
	/* As in virsh, a console that cannot attach does not fail the
	 * command: the domain exists. */
	if (opt_bool(a, O_CREATE_CONSOLE))
		run_console(sh);
	hv_domain_free(dom);
	return true;
}

const struct cmd_entry cmd_create = {
	"create", NULL, GRP_DOMAIN,
	"create and start a domain from an XML file",
	"Start a transient domain from an XML description.",
	create_opts, cmd_create_exec, 0
};

/* ---- start ---------------------------------------------------------- */

enum {
	O_START_DOMAIN, O_START_CONSOLE, O_START_PAUSED,
	O_START_AUTODESTROY, O_START_BYPASS_CACHE, O_START_FORCE_BOOT,
	O_START_PASS_FDS, O_START_RESET_NVRAM, O_START_WAIT, O_START_TIMEOUT,
};
static const struct cmd_opt start_opts[] = {
	[O_START_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "the inactive domain to start",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_INACTIVE },
	[O_START_CONSOLE] = { "console", OPT_BOOL, 0,
	    "attach to the console once it runs" },
	[O_START_PAUSED] = { "paused", OPT_BOOL, 0,
	    "keep the guest paused once started" },
	[O_START_AUTODESTROY] = { "autodestroy", OPT_BOOL, 0,
	    "destroy the guest when this shell disconnects" },
	[O_START_BYPASS_CACHE] = { "bypass-cache", OPT_BOOL, 0,
	    "read a saved image past the file system cache" },
	[O_START_FORCE_BOOT] = { "force-boot", OPT_BOOL, 0,
	    "boot afresh, dropping any managed save image" },
	[O_START_PASS_FDS] = { "pass-fds", OPT_STRING, OPT_EMPTY_OK,
	    "hand file descriptors N,M,... to the guest",
	    COMPLETE_EMPTY },
	[O_START_RESET_NVRAM] = { "reset-nvram", OPT_BOOL, 0,
	    "start again from the NVRAM template" },
	[O_START_WAIT] = { "wait", OPT_BOOL, 0,
	    "wait until the domain runs (with --paused: is paused)" },
	[O_START_TIMEOUT] = { "timeout", OPT_INT, OPT_NAMED,
	    "with --wait: give up after this many seconds",
	    COMPLETE_EMPTY },
	{ NULL }
};

static bool
start_failed(struct shell *sh, struct hv_domain *dom)
{
	shell_error(sh, "Failed to start domain '%s'", dom->name);
	hv_domain_free(dom);
	return false;
}

static bool
cmd_start_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0, timeout;
	struct hv_domain *dom;
	int code, saved;
	bool ret;

	if (!wait_timeout(sh, a, O_START_WAIT, O_START_TIMEOUT, &timeout))
		return false;
	dom = shell_domain(sh, a, O_START_DOMAIN, BY_NAME | BY_UUID, NULL);
	if (dom == NULL)
		return false;
	if (dom->id >= 0) {
		shell_error(sh, "Domain is already active");
		hv_domain_free(dom);
		return false;
	}
	if (!check_pass_fds(sh, opt_str(a, O_START_PASS_FDS))) {
		hv_domain_free(dom);
		return false;
	}
	if (opt_bool(a, O_START_PAUSED))
		flags |= HV_DOMAIN_START_PAUSED;
	if (opt_bool(a, O_START_AUTODESTROY))
		flags |= HV_DOMAIN_START_AUTODESTROY;
	if (opt_bool(a, O_START_BYPASS_CACHE))
		flags |= HV_DOMAIN_START_BYPASS_CACHE;
	if (opt_bool(a, O_START_FORCE_BOOT))
		flags |= HV_DOMAIN_START_FORCE_BOOT;
	if (opt_bool(a, O_START_RESET_NVRAM))
		flags |= HV_DOMAIN_START_RESET_NVRAM;

	/* A driver without force-boot gets it emulated: drop the managed
	 * save image, then boot normally. */
	if (flags & HV_DOMAIN_START_FORCE_BOOT) {
		if (hv_domain_create(dom, flags) == 0)
			goto started;
		code = hv_error_last() != NULL ? hv_error_last()->code : 0;
		if (code != HV_ERR_NO_SUPPORT && code != HV_ERR_INVALID_ARG)
			return start_failed(sh, dom);
		hv_error_reset();
		saved = hv_domain_has_managed_save(dom, 0);
		if (saved < 0)
			hv_error_reset();
		else if (saved > 0 &&
		    hv_domain_managed_save_remove(dom, 0) < 0)
			return start_failed(sh, dom);
		flags &= ~(unsigned int)HV_DOMAIN_START_FORCE_BOOT;
	}
	if (hv_domain_create(dom, flags) < 0)
		return start_failed(sh, dom);
started:
	out_done(sh, "start", "domain", dom->name, "Domain '%s' started",
	    dom->name);
	ret = !opt_bool(a, O_START_WAIT) || wait_state(sh, dom, dom->name,
	    (flags & HV_DOMAIN_START_PAUSED) ? HV_DOMAIN_PAUSED :
	    HV_DOMAIN_RUNNING, "start", timeout);
	hv_domain_free(dom);
	if (ret && opt_bool(a, O_START_CONSOLE))
		return run_console(sh);
	return ret;
}

const struct cmd_entry cmd_start = {
	"start", NULL, GRP_DOMAIN,
	"start a defined domain that is not running",
	"Start a domain, from its managed save image if it has one, or "
	"with a fresh boot.",
	start_opts, cmd_start_exec, 0
};

/* ---- undefine ------------------------------------------------------- */

enum {
	O_UNDEF_DOMAIN, O_UNDEF_MANAGED_SAVE, O_UNDEF_STORAGE,
	O_UNDEF_REMOVE_ALL_STORAGE, O_UNDEF_DELETE_SNAPSHOTS,
	O_UNDEF_DELETE_SNAPSHOTS_ALIAS, O_UNDEF_WIPE_STORAGE,
	O_UNDEF_SNAPSHOTS_METADATA, O_UNDEF_CHECKPOINTS_METADATA,
	O_UNDEF_NVRAM, O_UNDEF_KEEP_NVRAM, O_UNDEF_TPM, O_UNDEF_KEEP_TPM,
};
static const struct cmd_opt undefine_opts[] = {
	[O_UNDEF_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_PERSISTENT },
	[O_UNDEF_MANAGED_SAVE] = { "managed-save", OPT_BOOL, 0,
	    "also remove the managed save image" },
	[O_UNDEF_STORAGE] = { "storage", OPT_STRING, 0,
	    "also remove these storage volumes (targets or sources, "
	    "comma separated; see domblklist)",
	    COMPLETE_DISK_TARGETS },
	[O_UNDEF_REMOVE_ALL_STORAGE] = { "remove-all-storage", OPT_BOOL, 0,
	    "also remove every storage volume of the domain (careful)" },
	[O_UNDEF_DELETE_SNAPSHOTS] = { "delete-storage-volume-snapshots",
	    OPT_BOOL, 0, "also delete the volumes' snapshots (needs "
	    "--remove-all-storage and a storage driver that can)" },
	[O_UNDEF_DELETE_SNAPSHOTS_ALIAS] = { "delete-snapshots", OPT_ALIAS,
	    0, "delete-storage-volume-snapshots" },
	[O_UNDEF_WIPE_STORAGE] = { "wipe-storage", OPT_BOOL, 0,
	    "overwrite the volumes before removing them" },
	[O_UNDEF_SNAPSHOTS_METADATA] = { "snapshots-metadata", OPT_BOOL, 0,
	    "also remove snapshot metadata (domain must be inactive)" },
	[O_UNDEF_CHECKPOINTS_METADATA] = { "checkpoints-metadata", OPT_BOOL,
	    0, "also remove checkpoint metadata (domain must be inactive)" },
	[O_UNDEF_NVRAM] = { "nvram", OPT_BOOL, 0,
	    "also remove the NVRAM file" },
	[O_UNDEF_KEEP_NVRAM] = { "keep-nvram", OPT_BOOL, 0,
	    "leave the NVRAM file in place" },
	[O_UNDEF_TPM] = { "tpm", OPT_BOOL, 0,
	    "also remove the TPM state" },
	[O_UNDEF_KEEP_TPM] = { "keep-tpm", OPT_BOOL, 0,
	    "leave the TPM state in place" },
	{ NULL }
};

static bool
in_list(char **list, const char *s)
{
	size_t i;

	for (i = 0; list != NULL && list[i] != NULL; i++) {
		if (list[i][0] != '\0' && strcmp(list[i], s) == 0) {
			/* Mark it found. */
			list[i][0] = '\0';
			return true;
		}
	}
	return false;
}

static char **
split_commas(const char *s)
{
	const char *end;
	char **v = NULL;
	size_t n = 0;

	for (;;) {
		end = strchr(s, ',');
		hv_strv_add_take(&v, &n, end != NULL ?
		    xstrndup(s, (size_t)(end - s)) : xstrdup(s));
		if (end == NULL)
			return v;
		s = end + 1;
	}
}

/* A storage volume to remove with its domain. */
struct doomed {
	struct hv_vol *vol;
	char *target;
	char *source;
};

static void
doomed_free(struct doomed *d, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		hv_vol_free(d[i].vol);
		free(d[i].target);
		free(d[i].source);
	}
	free(d);
}

/*
 * The volumes behind the disks that --storage (vols) or
 * --remove-all-storage select, into *out.  Disks whose volume no pool
 * knows are reported and skipped, as virsh does.  Returns false when
 * --storage names something the domain does not have.
 */
static bool
undefine_storage(struct shell *sh, struct hv_domain *dom,
    const char *vols, struct doomed **out, size_t *nout)
{
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr disks = NULL;
	char **list = vols != NULL ? split_commas(vols) : NULL;
	xmlDocPtr doc = NULL;
	bool ret = false, missing = false;
	size_t j, cap = 0;
	char *xml;
	int i, n = 0;

	if ((xml = hv_domain_get_xml_desc(dom, 0)) == NULL)
		goto out;
	doc = util_xml_parse(xml, &ctxt);
	free(xml);
	if (doc == NULL)
		goto out;
	disks = xmlXPathEval((const xmlChar *)"./devices/disk", ctxt);
	if (disks != NULL && disks->type == XPATH_NODESET &&
	    disks->nodesetval != NULL)
		n = disks->nodesetval->nodeNr;
	for (i = 0; i < n; i++) {
		char *target, *source = NULL, *poolname = NULL;
		struct hv_pool *pool;
		struct hv_vol *vol = NULL;

		ctxt->node = disks->nodesetval->nodeTab[i];
		target = util_xpath_string(ctxt, "string(./target/@dev)");
		if (target != NULL)
			source = util_xpath_string(ctxt, "string("
			    "./source/@file|./source/@dir|./source/@name|"
			    "./source/@dev|./source/@volume)");
		if (source == NULL || (list != NULL &&
		    !in_list(list, target) && !in_list(list, source)))
			goto next;
		poolname = util_xpath_string(ctxt, "string(./source/@pool)");
		if (poolname != NULL) {
			pool = hv_pool_lookup_by_name(dom->conn, poolname);
			if (pool == NULL) {
				shell_error(sh, "Storage pool '%s' for volume "
				    "'%s' not found.", poolname, target);
				hv_error_reset();
				goto next;
			}
			vol = hv_vol_lookup_by_name(pool, source);
			hv_pool_free(pool);
		} else {
			vol = hv_vol_lookup_by_path(dom->conn, source);
		}
		if (vol == NULL) {
			shell_error(sh, "Storage volume '%s'(%s) is not "
			    "managed by libvirt. Remove it manually.\n",
			    target, source);
			hv_error_reset();
			goto next;
		}
		*out = xgrow(*out, &cap, *nout + 1, sizeof(**out));
		(*out)[*nout].vol = vol;
		(*out)[*nout].target = target;
		(*out)[*nout].source = source;
		(*nout)++;
		target = source = NULL;
next:
		free(target);
		free(source);
		free(poolname);
	}
	for (j = 0; list != NULL && list[j] != NULL; j++) {
		if (list[j][0] != '\0') {
			shell_error(sh, "Volume '%s' was not found in "
			    "domain's definition.\n", list[j]);
			missing = true;
		}
	}
	ret = !missing;
out:
	hv_strv_free(list);
	xmlXPathFreeObject(disks);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	return ret;
}

/*
 * After the domain is gone: wipe when asked, and delete.  Text tells as
 * it goes (progress, left out under -q); the machine formats get the
 * "volumes" table of what became of each.
 */
static bool
remove_volumes(struct shell *sh, struct doomed *d, size_t n, bool wipe,
    unsigned int flags)
{
	bool text = out_is_text(), ret = true, wiped, removed;
	struct table *t = NULL;
	size_t i;

	if (!text)
		t = table_new("Target", "Source", "Wiped", "Removed", NULL);
	for (i = 0; i < n; i++) {
		wiped = removed = false;
		if (wipe) {
			if (text && !shell_quiet(sh)) {
				printf("Wiping volume '%s'(%s) ... ",
				    d[i].target, d[i].source);
				fflush(stdout);
			}
			if (hv_vol_wipe(d[i].vol, 0) < 0) {
				shell_error(sh, "Failed! Volume not removed.");
				ret = false;
				goto next;
			}
			wiped = true;
			if (text)
				shell_info(sh, "Done.");
		}
		if (hv_vol_delete(d[i].vol, flags) < 0) {
			shell_error(sh, "Failed to remove storage volume "
			    "'%s'(%s)", d[i].target, d[i].source);
			ret = false;
		} else {
			removed = true;
			if (text)
				shell_info(sh, "Volume '%s'(%s) removed.",
				    d[i].target, d[i].source);
		}
next:
		if (t != NULL)
			table_add_cells(t, (struct table_cell[]){
			    { d[i].target, OV_STR(d[i].target) },
			    { d[i].source, OV_STR(d[i].source) },
			    { wiped ? "yes" : "no", OV_BOOL(wiped) },
			    { removed ? "yes" : "no", OV_BOOL(removed) } });
	}
	if (t != NULL) {
		out_table(sh, "volumes", t);
		table_free(t);
	}
	return ret;
}

static bool
cmd_undefine_exec(struct shell *sh, const struct cmd_args *a)
{
	bool managed = opt_bool(a, O_UNDEF_MANAGED_SAVE);
	bool all = opt_bool(a, O_UNDEF_REMOVE_ALL_STORAGE);
	bool nvram = opt_bool(a, O_UNDEF_NVRAM);
	/* read quietly by virsh: "" is as if not given */
	const char *vols = opt_str(a, O_UNDEF_STORAGE);
	struct doomed *doomed = NULL;
	unsigned int flags = 0;
	struct hv_domain *dom;
	size_t ndoomed = 0;
	const char *name;
	bool ret = false;
	int running, saved = 0, rc, code;

	if (vols != NULL && *vols == '\0')
		vols = NULL;

	if (!require(sh, opt_bool(a, O_UNDEF_DELETE_SNAPSHOTS), all,
	    "delete-storage-volume-snapshots", "remove-all-storage") ||
	    !opt_check_exclusive(sh, nvram, opt_bool(a, O_UNDEF_KEEP_NVRAM),
	    "nvram", "keep-nvram") ||
	    !opt_check_exclusive(sh, opt_bool(a, O_UNDEF_TPM),
	    opt_bool(a, O_UNDEF_KEEP_TPM), "tpm", "keep-tpm"))
		return false;
	if (vols == NULL && !all && opt_bool(a, O_UNDEF_WIPE_STORAGE)) {
		shell_error(sh, "'--wipe-storage' requires '--storage "
		    "<string>' or '--remove-all-storage'");
		return false;
	}
	if (managed)
		flags |= HV_DOMAIN_UNDEFINE_MANAGED_SAVE;
	if (opt_bool(a, O_UNDEF_SNAPSHOTS_METADATA))
		flags |= HV_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
	if (opt_bool(a, O_UNDEF_CHECKPOINTS_METADATA))
		flags |= HV_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA;
	if (nvram)
		flags |= HV_DOMAIN_UNDEFINE_NVRAM;
	if (opt_bool(a, O_UNDEF_KEEP_NVRAM))
		flags |= HV_DOMAIN_UNDEFINE_KEEP_NVRAM;
	if (opt_bool(a, O_UNDEF_TPM))
		flags |= HV_DOMAIN_UNDEFINE_TPM;
	if (opt_bool(a, O_UNDEF_KEEP_TPM))
		flags |= HV_DOMAIN_UNDEFINE_KEEP_TPM;

	dom = shell_domain(sh, a, O_UNDEF_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if ((running = hv_domain_is_active(dom)) < 0)
		goto out;
	if ((vols != NULL || all) && running) {
		shell_error(sh, "Storage volume deletion is supported only "
		    "on stopped domains");
		goto out;
	}
	if (vols != NULL && all) {
		shell_error(sh, "Specified both --storage and "
		    "--remove-all-storage");
		goto out;
	}
	if (!managed) {
		saved = hv_domain_has_managed_save(dom, 0);
		if (saved < 0) {
			if (hv_error_last() != NULL &&
			    hv_error_last()->code != HV_ERR_NO_SUPPORT)
				goto out;
			hv_error_reset();
			saved = 0;
		}
	}
	if ((vols != NULL || all) &&
	    !undefine_storage(sh, dom, vols, &doomed, &ndoomed))
		goto out;
	/* An image the user did not ask to remove stops it here. */
	if (saved > 0) {
		shell_error(sh, "Refusing to undefine while domain managed "
		    "save image exists");
		goto out;
	}

	/* Flags first; a driver that refuses them gets the plain call. */
	rc = hv_domain_undefine(dom, flags);
	if (rc < 0 && !nvram) {
		code = hv_error_last() != NULL ? hv_error_last()->code : 0;
		if (code == HV_ERR_NO_SUPPORT || code == HV_ERR_INVALID_ARG) {
			hv_error_reset();
			if (managed && hv_domain_has_managed_save(dom, 0) > 0 &&
			    hv_domain_managed_save_remove(dom, 0) < 0)
				goto out;
			rc = hv_domain_undefine(dom, 0);
		}
	}
	if (rc < 0) {
		shell_error(sh, "Failed to undefine domain '%s'", name);
		goto out;
	}
	out_done(sh, "undefine", "domain", dom->name,
	    "Domain '%s' has been undefined", name);
	/* VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS */
	ret = vols == NULL && !all ? true : remove_volumes(sh, doomed,
	    ndoomed, opt_bool(a, O_UNDEF_WIPE_STORAGE),
	    opt_bool(a, O_UNDEF_DELETE_SNAPSHOTS) ? 1U << 1 : 0);
out:
	doomed_free(doomed, ndoomed);
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_undefine = {
	"undefine", NULL, GRP_DOMAIN,
	"remove the definition of a domain",
	"Remove an inactive domain, or make a running persistent domain "
	"transient.",
	undefine_opts, cmd_undefine_exec, 0
};

/* ---- destroy, shutdown, reboot, reset, suspend, resume -------------- */

enum {
	O_DESTROY_DOMAIN, O_DESTROY_GRACEFUL, O_DESTROY_REMOVE_LOGS,
	O_DESTROY_WAIT, O_DESTROY_TIMEOUT,
};
static const struct cmd_opt destroy_opts[] = {
	[O_DESTROY_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE, 0 },
	[O_DESTROY_GRACEFUL] = { "graceful", OPT_BOOL, 0,
	    "ask the process to end rather than killing it" },
	[O_DESTROY_REMOVE_LOGS] = { "remove-logs", OPT_BOOL, 0,
	    "also remove the domain's log files" },
	[O_DESTROY_WAIT] = { "wait", OPT_BOOL, 0,
	    "wait until the domain is shut off" },
	[O_DESTROY_TIMEOUT] = { "timeout", OPT_INT, OPT_NAMED,
	    "with --wait: give up after this many seconds",
	    COMPLETE_EMPTY },
	{ NULL }
};

static bool
cmd_destroy_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0, timeout;
	struct hv_domain *dom;
	const char *name;
	bool ret = false;

	if (!wait_timeout(sh, a, O_DESTROY_WAIT, O_DESTROY_TIMEOUT, &timeout))
		return false;
	dom = shell_domain(sh, a, O_DESTROY_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if (opt_bool(a, O_DESTROY_GRACEFUL))
		flags |= HV_DOMAIN_DESTROY_GRACEFUL;
	if (opt_bool(a, O_DESTROY_REMOVE_LOGS))
		flags |= HV_DOMAIN_DESTROY_REMOVE_LOGS;
	if (hv_domain_destroy(dom, flags) < 0) {
		shell_error(sh, "Failed to destroy domain '%s'", name);
		goto out;
	}
	out_done(sh, "destroy", "domain", dom->name, "Domain '%s' destroyed", name);
	ret = !opt_bool(a, O_DESTROY_WAIT) || wait_state(sh, dom, name,
	    HV_DOMAIN_SHUTOFF, "shut off", timeout);
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_destroy = {
	"destroy", NULL, GRP_DOMAIN,
	"stop a domain at once",
	"Stop a domain immediately, as by pulling the plug; its definition "
	"and storage stay.",
	destroy_opts, cmd_destroy_exec, 0
};

enum { O_MODE_DOMAIN, O_MODE_MODE, O_MODE_WAIT, O_MODE_TIMEOUT };
static const struct cmd_opt shutdown_opts[] = {
	[O_MODE_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE, 0 },
	[O_MODE_MODE] = { "mode", OPT_STRING, 0,
	    "how to ask: acpi|agent|initctl|signal|paravirt",
	    COMPLETE_SHUTDOWN_MODE },
	[O_MODE_WAIT] = { "wait", OPT_BOOL, 0,
	    "wait until the domain is shut off" },
	[O_MODE_TIMEOUT] = { "timeout", OPT_INT, OPT_NAMED,
	    "with --wait: give up after this many seconds",
	    COMPLETE_EMPTY },
	{ NULL }
};
static const struct cmd_opt reboot_opts[] = {
	[O_MODE_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE, 0 },
	[O_MODE_MODE] = { "mode", OPT_STRING, 0,
	    "how to ask: acpi|agent|initctl|signal|paravirt",
	    COMPLETE_SHUTDOWN_MODE },
	[O_MODE_WAIT] = { "wait", OPT_BOOL, 0,
	    "wait until the domain runs again" },
	[O_MODE_TIMEOUT] = { "timeout", OPT_INT, OPT_NAMED,
	    "with --wait: give up after this many seconds",
	    COMPLETE_EMPTY },
	{ NULL }
};

/* --mode's comma-separated words as flags; the two commands word the
 * error slightly differently, as virsh does. */
static bool
parse_mode(struct shell *sh, const char *mode, const char *expect,
    unsigned int *flags)
{
	static const struct {
		const char *name;
		unsigned int flag;
	} modes[] = {
		{ "acpi", HV_DOMAIN_SHUTDOWN_ACPI },
		{ "agent", HV_DOMAIN_SHUTDOWN_GUEST_AGENT },
		{ "initctl", HV_DOMAIN_SHUTDOWN_INITCTL },
		{ "signal", HV_DOMAIN_SHUTDOWN_SIGNAL },
		{ "paravirt", HV_DOMAIN_SHUTDOWN_PARAVIRT },
	};
	const char *end;
	size_t i, len;

	*flags = 0;
	if (mode == NULL)
		return true;
	for (;;) {
		end = strchr(mode, ',');
		len = end != NULL ? (size_t)(end - mode) : strlen(mode);
		for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
			if (strlen(modes[i].name) == len &&
			    strncmp(modes[i].name, mode, len) == 0)
				break;
		if (i == sizeof(modes) / sizeof(modes[0])) {
			shell_error(sh, "Unknown mode %.*s value, expecting %s",
			    (int)len, mode, expect);
			return false;
		}
		*flags |= modes[i].flag;
		if (end == NULL)
			return true;
		mode = end + 1;
	}
}

static bool
cmd_shutdown_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;
	unsigned int flags, timeout;
	const char *name, *mode;
	bool ret = false;

	if (!opt_string(sh, a, O_MODE_MODE, &mode) ||
	    !parse_mode(sh, mode, "'acpi', 'agent', "
	    "'initctl', 'signal', or 'paravirt'", &flags) ||
	    !wait_timeout(sh, a, O_MODE_WAIT, O_MODE_TIMEOUT, &timeout))
		return false;
	dom = shell_domain(sh, a, O_MODE_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if (hv_domain_shutdown(dom, flags) < 0) {
		shell_error(sh, "Failed to shutdown domain '%s'", name);
		goto out;
	}
	out_done(sh, "shutdown", "domain", dom->name,
	    "Domain '%s' is being shutdown", name);
	ret = !opt_bool(a, O_MODE_WAIT) || wait_state(sh, dom, name,
	    HV_DOMAIN_SHUTOFF, "shut off", timeout);
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_shutdown = {
	"shutdown", NULL, GRP_DOMAIN,
	"ask a domain to shut down",
	"Ask the guest to shut itself down.",
	shutdown_opts, cmd_shutdown_exec, 0
};

static bool
cmd_reboot_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;
	unsigned int flags, timeout;
	const char *name, *mode;
	bool ret = false;

	if (!opt_string(sh, a, O_MODE_MODE, &mode) ||
	    !parse_mode(sh, mode, "'acpi', 'agent', "
	    "'initctl', 'signal' or 'paravirt'", &flags) ||
	    !wait_timeout(sh, a, O_MODE_WAIT, O_MODE_TIMEOUT, &timeout))
		return false;
	dom = shell_domain(sh, a, O_MODE_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if (hv_domain_reboot(dom, flags) < 0) {
		shell_error(sh, "Failed to reboot domain '%s'", name);
		goto out;
	}
	out_done(sh, "reboot", "domain", dom->name,
	    "Domain '%s' is being rebooted", name);
	ret = !opt_bool(a, O_MODE_WAIT) || wait_state(sh, dom, name,
	    HV_DOMAIN_RUNNING, "reboot", timeout);
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_reboot = {
	"reboot", NULL, GRP_DOMAIN,
	"ask a domain to reboot",
	"Ask the guest to restart itself.",
	reboot_opts, cmd_reboot_exec, 0
};

/* reset, suspend, resume: the domain alone, of the state each acts on. */
static const struct cmd_opt reset_opts[] = {
	{ "domain", OPT_STRING, OPT_REQUIRED, "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE, 0 },
	{ NULL }
};
static const struct cmd_opt suspend_opts[] = {
	{ "domain", OPT_STRING, OPT_REQUIRED, "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_RUNNING, 0 },
	{ NULL }
};
static const struct cmd_opt resume_opts[] = {
	{ "domain", OPT_STRING, OPT_REQUIRED, "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_PAUSED, 0 },
	{ NULL }
};

enum { ACT_RESET, ACT_SUSPEND, ACT_RESUME };

/* The three one-call commands: act, then say so. */
static bool
simple_action(struct shell *sh, const struct cmd_args *a, int act)
{
	static const char *const failed[] = {
		[ACT_RESET] = "Failed to reset domain '%s'",
		[ACT_SUSPEND] = "Failed to suspend domain '%s'",
		[ACT_RESUME] = "Failed to resume domain '%s'",
	};
	static const char *const actions[] = {
		[ACT_RESET] = "reset",
		[ACT_SUSPEND] = "suspend",
		[ACT_RESUME] = "resume",
	};
	static const char *const said[] = {
		[ACT_RESET] = "Domain '%s' was reset",
		[ACT_SUSPEND] = "Domain '%s' suspended",
		[ACT_RESUME] = "Domain '%s' resumed",
	};
	struct hv_domain *dom;
	const char *name;
	bool ret = false;
	int rc;

	if ((dom = shell_domain(sh, a, 0, BY_ANY, &name)) == NULL)
		return false;
	if (act == ACT_RESET)
		rc = hv_domain_reset(dom, 0);
	else if (act == ACT_SUSPEND)
		rc = hv_domain_suspend(dom);
	else
		rc = hv_domain_resume(dom);
	if (rc < 0) {
		shell_error(sh, failed[act], name);
		goto out;
	}
	out_done(sh, actions[act], "domain", dom->name, said[act], name);
	ret = true;
out:
	hv_domain_free(dom);
	return ret;
}

static bool
cmd_reset_exec(struct shell *sh, const struct cmd_args *a)
{
	return simple_action(sh, a, ACT_RESET);
}

static bool
cmd_suspend_exec(struct shell *sh, const struct cmd_args *a)
{
	return simple_action(sh, a, ACT_SUSPEND);
}

static bool
cmd_resume_exec(struct shell *sh, const struct cmd_args *a)
{
	return simple_action(sh, a, ACT_RESUME);
}

const struct cmd_entry cmd_reset = {
	"reset", NULL, GRP_DOMAIN,
	"reset a domain",
	"Reset the domain at once, as a hardware reset button would.",
	reset_opts, cmd_reset_exec, 0
};

const struct cmd_entry cmd_suspend = {
	"suspend", NULL, GRP_DOMAIN,
	"pause a domain",
	"Pause a running domain: it keeps its memory but gets no CPU time.",
	suspend_opts, cmd_suspend_exec, 0
};

const struct cmd_entry cmd_resume = {
	"resume", NULL, GRP_DOMAIN,
	"continue a paused domain",
	"Let a suspended domain run again.",
	resume_opts, cmd_resume_exec, 0
};

/* ---- autostart ------------------------------------------------------ */

enum { O_AUTOSTART_DOMAIN, O_AUTOSTART_DISABLE };
static const struct cmd_opt autostart_opts[] = {
	[O_AUTOSTART_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_PERSISTENT },
	[O_AUTOSTART_DISABLE] = { "disable", OPT_BOOL, 0,
	    "stop starting it with the host" },
	{ NULL }
};

static bool
cmd_autostart_exec(struct shell *sh, const struct cmd_args *a)
{
	bool on = !opt_bool(a, O_AUTOSTART_DISABLE);
	struct hv_domain *dom;
	const char *name;
	bool ret = false;

	dom = shell_domain(sh, a, O_AUTOSTART_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if (hv_domain_set_autostart(dom, on) < 0) {
		if (on)
			shell_error(sh, "Failed to mark domain '%s' as "
			    "autostarted", name);
		else
			shell_error(sh, "Failed to unmark domain '%s' as "
			    "autostarted", name);
		goto out;
	}
	if (on)
		out_done(sh, "autostart", "domain", dom->name,
		    "Domain '%s' marked as autostarted", name);
	else
		out_done(sh, "autostart", "domain", dom->name,
		    "Domain '%s' unmarked as autostarted", name);
	record(sh, "autostart", OV_BOOL(on));
	ret = true;
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_autostart = {
	"autostart", NULL, GRP_DOMAIN,
	"start a domain with the host",
	"Have the domain start whenever the host does, or no longer.",
	autostart_opts, cmd_autostart_exec, 0
};

/* ---- setmem, setmaxmem ---------------------------------------------- */

enum {
	O_MEM_DOMAIN, O_MEM_SIZE, O_MEM_KILOBYTES, O_MEM_CONFIG, O_MEM_LIVE,
	O_MEM_CURRENT,
};
static const struct cmd_opt setmem_opts[] = {
	[O_MEM_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_MEM_SIZE] = { "size", OPT_SCALED, OPT_REQUIRED,
	    "the new memory size, a scaled integer (KiB by default)",
	    COMPLETE_EMPTY, .unit = 1024 },
	[O_MEM_KILOBYTES] = { "kilobytes", OPT_ALIAS, 0, "size" },
	[O_MEM_CONFIG] = { "config", OPT_BOOL, 0,
	    "change the definition for the next boot" },
	[O_MEM_LIVE] = { "live", OPT_BOOL, 0,
	    "change the running domain" },
	[O_MEM_CURRENT] = { "current", OPT_BOOL, 0,
	    "change whichever the domain's state selects" },
	{ NULL }
};

static const struct cmd_opt setmaxmem_opts[] = {
	[O_MEM_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_MEM_SIZE] = { "size", OPT_SCALED, OPT_REQUIRED,
	    "the new memory limit, a scaled integer (KiB by default)",
	    COMPLETE_EMPTY, .unit = 1024 },
	[O_MEM_KILOBYTES] = { "kilobytes", OPT_ALIAS, 0, "size" },
	[O_MEM_CONFIG] = { "config", OPT_BOOL, 0,
	    "change the definition for the next boot" },
	[O_MEM_LIVE] = { "live", OPT_BOOL, 0,
	    "change the running domain" },
	[O_MEM_CURRENT] = { "current", OPT_BOOL, 0,
	    "change whichever the domain's state selects" },
	{ NULL }
};

static bool
set_memory(struct shell *sh, const struct cmd_args *a, bool maximum)
{
	bool config = opt_bool(a, O_MEM_CONFIG), live = opt_bool(a, O_MEM_LIVE);
	bool current = opt_bool(a, O_MEM_CURRENT);
	unsigned long long bytes = 0, kib;
	unsigned int flags = 0;
	struct hv_domain *dom;
	bool ret = false;

	if (!opt_check_exclusive(sh, current, live, "current", "live") ||
	    !opt_check_exclusive(sh, current, config, "current", "config"))
		return false;
	if (config)
		flags |= HV_DOMAIN_AFFECT_CONFIG;
	if (live)
		flags |= HV_DOMAIN_AFFECT_LIVE;
	if ((dom = shell_domain(sh, a, O_MEM_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	/* the API counts in KiB in an unsigned long */
	if (opt_scaled(sh, a, O_MEM_SIZE, ULONG_MAX, &bytes) < 0)
		goto out;
	/* Round up to whole KiB, as virsh does. */
	kib = bytes / 1024 + (bytes % 1024 != 0);
	/* With no choice given, setmem changes the running domain only,
	 * setmaxmem the current state. */
	if (!maximum && !current && !live && !config)
		flags |= HV_DOMAIN_AFFECT_LIVE;
	if (maximum)
		flags |= HV_DOMAIN_MEM_MAXIMUM;
	if (hv_domain_set_memory(dom, kib, flags) < 0) {
		if (maximum)
			shell_error(sh, "Unable to change MaxMemorySize");
		goto out;
	}
	/* text says nothing, as virsh */
	record(sh, "action", OV_ENUM(maximum ? "setmaxmem" : "setmem"));
	record(sh, "domain", OV_STR(dom->name));
	record(sh, maximum ? "max_memory_bytes" : "memory_bytes",
	    OV_UINT(kib * 1024));
	ret = true;
out:
	hv_domain_free(dom);
	return ret;
}

static bool
cmd_setmem_exec(struct shell *sh, const struct cmd_args *a)
{
	return set_memory(sh, a, false);
}

static bool
cmd_setmaxmem_exec(struct shell *sh, const struct cmd_args *a)
{
	return set_memory(sh, a, true);
}

const struct cmd_entry cmd_setmem = {
	"setmem", NULL, GRP_DOMAIN,
	"change the memory of a domain",
	"Change how much memory the guest domain has now.",
	setmem_opts, cmd_setmem_exec, 0
};

const struct cmd_entry cmd_setmaxmem = {
	"setmaxmem", NULL, GRP_DOMAIN,
	"change the memory limit of a domain",
	"Change the most memory the guest domain may have.",
	setmaxmem_opts, cmd_setmaxmem_exec, 0
};

/* ---- setvcpus ------------------------------------------------------- */

enum {
	O_VCPUS_DOMAIN, O_VCPUS_COUNT, O_VCPUS_MAXIMUM, O_VCPUS_CONFIG,
	O_VCPUS_LIVE, O_VCPUS_CURRENT, O_VCPUS_GUEST, O_VCPUS_HOTPLUGGABLE,
};
static const struct cmd_opt setvcpus_opts[] = {
	[O_VCPUS_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_VCPUS_COUNT] = { "count", OPT_INT, OPT_REQUIRED,
	    "how many virtual CPUs",
	    COMPLETE_EMPTY },
	[O_VCPUS_MAXIMUM] = { "maximum", OPT_BOOL, 0,
	    "change the limit for the next boot" },
	[O_VCPUS_CONFIG] = { "config", OPT_BOOL, 0,
	    "change the definition for the next boot" },
	[O_VCPUS_LIVE] = { "live", OPT_BOOL, 0,
	    "change the running domain" },
	[O_VCPUS_CURRENT] = { "current", OPT_BOOL, 0,
	    "change whichever the domain's state selects" },
	[O_VCPUS_GUEST] = { "guest", OPT_BOOL, 0,
	    "change the CPUs inside the guest" },
	[O_VCPUS_HOTPLUGGABLE] = { "hotpluggable", OPT_BOOL, 0,
	    "make the added vCPUs hot-(un)pluggable" },
	{ NULL }
};

static bool
cmd_setvcpus_exec(struct shell *sh, const struct cmd_args *a)
{
	bool config = opt_bool(a, O_VCPUS_CONFIG);
	bool live = opt_bool(a, O_VCPUS_LIVE);
	bool current = opt_bool(a, O_VCPUS_CURRENT);
	bool maximum = opt_bool(a, O_VCPUS_MAXIMUM);
	unsigned int flags = 0, count = 0;
	struct hv_domain *dom;
	bool ret = false;

	if (!opt_check_exclusive(sh, current, live, "current", "live") ||
	    !opt_check_exclusive(sh, current, config, "current", "config") ||
	    !require(sh, maximum, config, "maximum", "config"))
		return false;
	if (config)
		flags |= HV_DOMAIN_AFFECT_CONFIG;
	if (live)
		flags |= HV_DOMAIN_AFFECT_LIVE;
	if (opt_bool(a, O_VCPUS_GUEST))
		flags |= HV_DOMAIN_VCPU_GUEST;
	if (maximum)
		flags |= HV_DOMAIN_VCPU_MAXIMUM;
	if (opt_bool(a, O_VCPUS_HOTPLUGGABLE))
		flags |= HV_DOMAIN_VCPU_HOTPLUGGABLE;
	if ((dom = shell_domain(sh, a, O_VCPUS_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	if (opt_uint(sh, a, O_VCPUS_COUNT, &count) < 0)
		goto out;
	if (count == 0) {
		shell_error(sh, "Can't set 0 processors for a VM");
		goto out;
	}
	/* No flag at all is virsh's virDomainSetVcpus: the live domain. */
	if (flags == 0 && !current) {
		if (hv_domain_set_vcpus(dom, count) < 0)
			goto out;
	} else if (hv_domain_set_vcpus_flags(dom, count, flags) < 0) {
		goto out;
	}
	/* text says nothing, as virsh */
	record(sh, "action", OV_ENUM("setvcpus"));
	record(sh, "domain", OV_STR(dom->name));
	record(sh, maximum ? "max_vcpus" : "vcpus", OV_UINT(count));
	ret = true;
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_setvcpus = {
	"setvcpus", NULL, GRP_DOMAIN,
	"change the number of virtual CPUs of a domain",
	"Change how many virtual CPUs the guest domain has.",
	setvcpus_opts, cmd_setvcpus_exec, 0
};
