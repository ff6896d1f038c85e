/*
 * The completion engine, shared by the line editor's TAB and the hidden
 * "complete" command, and the completers that the option tables name
 * (enum cmd_complete).
 *
 * What is offered follows virsh: the line up to the cursor is parsed
 * as far as it parses; when the word under the cursor is the value of
 * an option (a data word filling it, or the word after "--name "), that
 * option's completer answers, and an option without one offers nothing;
 * otherwise the command's options not given yet are offered, or the
 * command names when there is no known command yet.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "conf/nodedev.h"
#include "conf/storage.h"
#include "hv-iface.h"
#include "hv-network.h"
#include "hv-nodedev.h"
#include "hv-storage.h"
#include "lexer.h"
#include "shell.h"
#include "util-xml.h"
#include "util/buf.h"
#include "util/hash.h"
#include "util/strv.h"
#include "util/xalloc.h"

struct shell *complete_shell;

/*
 * The connection for a completer, opened quietly when no command has
 * connected yet; NULL when that fails.
 */
static struct hv_conn *
complete_conn(struct shell *sh)
{
	bool ok;

	if (sh->conn != NULL)
		return sh->conn;
	sh->silent++;
	ok = shell_connect(sh);
	sh->silent--;
	hv_error_reset();
	return ok ? sh->conn : NULL;
}

/* ---- the completers --------------------------------------------------- */

static char **
domains(struct shell *sh, unsigned int flags, bool uuids)
{
	struct hv_conn *conn = complete_conn(sh);
	struct hv_domain **doms = NULL;
	char uuid[HV_UUID_STRLEN];
	char **words = NULL;
	size_t n = 0;
	int i, count;

	if (conn == NULL)
		return NULL;
	if ((count = hv_conn_list_all_domains(conn, &doms, flags)) < 0)
		return NULL;
	for (i = 0; i < count; i++)
		hv_strv_add(&words, &n, uuids ?
		    hv_uuid_format(doms[i]->uuid, uuid) : doms[i]->name);
	hv_domain_list_free(doms, count);
	return words;
}

static char **
networks(struct shell *sh, unsigned int flags, bool uuids)
{
	struct hv_conn *conn = complete_conn(sh);
	struct hv_network **nets = NULL;
	char uuid[HV_UUID_STRLEN];
	char **words = NULL;
	size_t n = 0;
	int i, count;

	if (conn == NULL)
		return NULL;
	if ((count = hv_conn_list_all_networks(conn, &nets, flags)) < 0)
		return NULL;
	for (i = 0; i < count; i++)
		hv_strv_add(&words, &n, uuids ?
		    hv_uuid_format(nets[i]->uuid, uuid) : nets[i]->name);
	hv_network_list_free(nets, count);
	return words;
}

/* Names, or with macs the MAC addresses (of those that have one). */
static char **
ifaces(struct shell *sh, unsigned int flags, bool macs)
{
	struct hv_conn *conn = complete_conn(sh);
	struct hv_iface **list = NULL;
	char **words = NULL;
	size_t n = 0;
	int i, count;

	if (conn == NULL)
		return NULL;
	if (flags == 0)
		flags = HV_LIST_IFACES_ACTIVE | HV_LIST_IFACES_INACTIVE;
	if ((count = hv_conn_list_all_ifaces(conn, &list, flags)) < 0)
		return NULL;
	for (i = 0; i < count; i++) {
		if (!macs)
			hv_strv_add(&words, &n, list[i]->name);
		else if (list[i]->mac[0] != '\0')
			hv_strv_add(&words, &n, list[i]->mac);
	}
	hv_iface_list_free(list, count);
	return words;
}

static char **
pools(struct shell *sh, unsigned int flags)
{
	struct hv_conn *conn = complete_conn(sh);
	struct hv_pool **list = NULL;
	char **words = NULL;
	size_t n = 0;
	int i, count;

	if (conn == NULL)
		return NULL;
	if ((count = hv_conn_list_all_storage_pools(conn, &list, flags)) < 0)
		return NULL;
	for (i = 0; i < count; i++)
		hv_strv_add(&words, &n, list[i]->name);
	hv_pool_list_free(list, count);
	return words;
}

/* The volumes of the pool that --pool names: without it, none. */
static char **
vols(struct shell *sh, const struct cmd_args *a)
{
	struct hv_conn *conn;
	struct hv_pool *pool;
	struct hv_vol **list = NULL;
	const char *name;
	char **words = NULL;
	size_t n = 0;
	int i, count;

	if ((i = cmd_opt_index(a->cmd, "pool")) < 0 ||
	    (name = opt_str(a, i)) == NULL)
		return NULL;
	if ((conn = complete_conn(sh)) == NULL)
		return NULL;
	if ((pool = hv_pool_lookup_by_name(conn, name)) == NULL)
		return NULL;
	count = hv_pool_list_all_volumes(pool, &list, 0);
	for (i = 0; i < count; i++)
		hv_strv_add(&words, &n, list[i]->name);
	if (count >= 0)
		hv_vol_list_free(list, count);
	hv_pool_free(pool);
	return words;
}

static char **
nodedevs(struct shell *sh)
{
	struct hv_conn *conn = complete_conn(sh);
	struct hv_nodedev **devs = NULL;
	char **words = NULL;
	size_t n = 0;
	int i, count;

	if (conn == NULL)
		return NULL;
	count = hv_conn_list_all_nodedevs(conn, &devs,
	    HV_LIST_NODEDEVS_ACTIVE | HV_LIST_NODEDEVS_INACTIVE);
	if (count < 0)
		return NULL;
	for (i = 0; i < count; i++)
		hv_strv_add(&words, &n, devs[i]->name);
	hv_nodedev_list_free(devs, count);
	return words;
}

/* The text of the nodes that expr selects in xml (NULL: none). */
static char **
xpath_words(const char *xml, const char *expr)
{
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr obj = NULL;
	xmlDocPtr doc;
	char **words = NULL;
	size_t n = 0;
	int i;

	if (xml == NULL || (doc = util_xml_parse(xml, &ctxt)) == NULL)
		return NULL;
	obj = xmlXPathEval((const xmlChar *)expr, ctxt);
	for (i = 0; obj != NULL && obj->type == XPATH_NODESET &&
	    obj->nodesetval != NULL && i < obj->nodesetval->nodeNr; i++) {
		xmlChar *v = xmlNodeGetContent(obj->nodesetval->nodeTab[i]);

		if (v != NULL)
			hv_strv_add(&words, &n, (const char *)v);
		xmlFree(v);
	}
	xmlXPathFreeObject(obj);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	return words;
}

/* The ids of the NUMA cells the host's capabilities list. */
static char **
cells(struct shell *sh)
{
	struct hv_conn *conn = complete_conn(sh);
	char *caps;
	char **words;

	if (conn == NULL)
		return NULL;
	caps = hv_conn_get_capabilities(conn);
	words = xpath_words(caps,
	    "/capabilities/host/topology/cells/cell/@id");
	free(caps);
	return words;
}

/* The disk targets of the domain that --domain names. */
static char **
disk_targets(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;
	char **words;
	char *xml;
	int i;

	if ((i = cmd_opt_index(a->cmd, "domain")) < 0 ||
	    opt_str(a, i) == NULL || complete_conn(sh) == NULL)
		return NULL;
	sh->silent++;
	dom = shell_domain(sh, a, i, BY_ANY, NULL);
	sh->silent--;
	if (dom == NULL)
		return NULL;
	xml = hv_domain_get_xml_desc(dom, 0);
	words = xpath_words(xml, "/domain/devices/disk/target/@dev");
	free(xml);
	hv_domain_free(dom);
	return words;
}

static char **
commands(void)
{
	const struct cmd_entry *const *c;
	char **words = NULL;
	size_t n = 0;

	for (c = cmd_table; *c != NULL; c++)
		if (!((*c)->flags & CMD_HIDDEN))
			hv_strv_add(&words, &n, (*c)->name);
	return words;
}

static const char *const shutdown_modes[] = {
	"acpi", "agent", "initctl", "signal", "paravirt", NULL
};
static const char *const hostname_sources[] = { "agent", "lease", NULL };
static const char *const virt_types[] = {
	"none", "qemu", "kqemu", "kvm", "xen", "lxc", "uml", "openvz", "test",
	"vmware", "hyperv", "vbox", "phyp", "parallels", "bhyve", "vz", "hvf",
	NULL
};

/* The words of a fixed kind. */
static char **
fixed_words(enum cmd_complete kind)
{
	const char *const *list = NULL;
	const char *(*name)(int) = NULL;
	char **words = NULL;
	size_t n = 0;
	int i;

	if (kind == COMPLETE_SHUTDOWN_MODE)
		list = shutdown_modes;
	else if (kind == COMPLETE_HOSTNAME_SOURCE)
		list = hostname_sources;
	else if (kind == COMPLETE_VIRT_TYPE)
		list = virt_types;
	else if (kind == COMPLETE_NODEDEV_CAP)
		name = hv_nodedev_cap_name;
	else
		name = hv_pool_type_name;
	for (i = 0; list != NULL ? list[i] != NULL : name(i) != NULL; i++)
		hv_strv_add(&words, &n, list != NULL ? list[i] : name(i));
	return words;
}

/* The forms of connection URI (hvsh-uri(7)) a name may start as. */
static const char *const uri_forms[] = {
	"test:///default", "qemu:///system", "qemu:///session",
	"xen:///system", "lxc:///", "remote:///", "qemu+ssh://",
	"qemu+libssh://", "qemu+libssh2://", "qemu+tls://", "qemu+tcp://",
	"qemu+unix:///system?socket=", "qemu+ext:///system?command=",
	"test+unix:///default?socket=", NULL
};
/* The parameters the remote driver takes, after '?' or '&'. */
static const char *const uri_params[] = {
	"auth=", "authfile=", "command=", "keyfile=", "known_hosts=",
	"known_hosts_verify=", "mode=", "name=", "netcat=", "no_sanity=1",
	"no_tty=1", "no_verify=1", "pkipath=", "proxy=", "socket=", "sshauth=",
	"tls_priority=", NULL
};

/*
 * URIs for connect --name: the forms while no query is typed, then the
 * parameters after what is typed up to the last '?' or '&'.  virsh
 * offers nothing here.
 */
static char **
uris(const char *typed)
{
	const char *cut = typed ? strrchr(typed, '&') : NULL;
	char **words = NULL;
	size_t n = 0;

	if (typed && cut == NULL)
		cut = strchr(typed, '?');
	for (size_t i = 0; cut == NULL && uri_forms[i]; i++)
		hv_strv_add(&words, &n, uri_forms[i]);
	for (size_t i = 0; cut != NULL && uri_params[i]; i++)
		hv_strv_add_take(&words, &n, xasprintf("%.*s%s",
		    (int)(cut + 1 - typed), typed, uri_params[i]));
	return words;
}

/*
 * A comma-separated list of the words all (freed here), as virsh
 * completes one: what is typed up to the last comma stays, followed by
 * each word not in it yet.
 */
static char **
comma_list(char **all, const char *typed)
{
	const char *cut, *p, *e;
	char **done = NULL, **words = NULL;
	size_t ndone = 0, n = 0, plen = 0, i, j;

	if (typed != NULL && (cut = strrchr(typed, ',')) != NULL) {
		plen = cut + 1 - typed;
		for (p = typed; p <= cut; p = e + 1) {
			e = strchr(p, ',');
			hv_strv_add_take(&done, &ndone, xstrndup(p, e - p));
		}
	}
	for (i = 0; all != NULL && all[i] != NULL; i++) {
		for (j = 0; j < ndone && strcmp(done[j], all[i]) != 0; j++)
			;
		if (j < ndone)
			continue;
		hv_strv_add_take(&words, &n,
		    xasprintf("%.*s%s", (int)plen, typed ? typed : "", all[i]));
	}
	hv_strv_free(done);
	hv_strv_free(all);
	return words;
}

/*
 * The candidates of option i's completer, typed being the value so far
 * (NULL: none yet).  Errors of the look-ups are dropped: completion
 * offers nothing then.
 */
static char **
run_completer(struct shell *sh, const struct cmd_args *a, int i,
    const char *typed)
{
	const struct cmd_opt *o = &a->cmd->opts[i];
	char **words = NULL;

	switch (o->complete) {
	case COMPLETE_NONE:
	case COMPLETE_EMPTY:
	case COMPLETE_FILE:
		break;
	case COMPLETE_COMMAND:
		words = commands();
		break;
	case COMPLETE_DOMAIN:
	case COMPLETE_DOMAIN_UUID:
		words = domains(sh, o->cflags,
		    o->complete == COMPLETE_DOMAIN_UUID);
		break;
	case COMPLETE_NETWORK:
	case COMPLETE_NETWORK_UUID:
		words = networks(sh, o->cflags,
		    o->complete == COMPLETE_NETWORK_UUID);
		break;
	case COMPLETE_IFACE:
	case COMPLETE_IFACE_MAC:
		words = ifaces(sh, o->cflags,
		    o->complete == COMPLETE_IFACE_MAC);
		break;
	case COMPLETE_POOL:
		words = pools(sh, o->cflags);
		break;
	case COMPLETE_VOL:
		words = vols(sh, a);
		break;
	case COMPLETE_NODEDEV:
		words = nodedevs(sh);
		break;
	case COMPLETE_SHUTDOWN_MODE:
	case COMPLETE_NODEDEV_CAP:
	case COMPLETE_POOL_TYPE:
		words = comma_list(fixed_words(o->complete), typed);
		break;
	case COMPLETE_HOSTNAME_SOURCE:
	case COMPLETE_VIRT_TYPE:
		words = fixed_words(o->complete);
		break;
	case COMPLETE_CELLNO:
		words = cells(sh);
		break;
	case COMPLETE_DISK_TARGET:
		words = disk_targets(sh, a);
		break;
	case COMPLETE_DISK_TARGETS:
		words = comma_list(disk_targets(sh, a), typed);
		break;
	case COMPLETE_URI:
		words = uris(typed);
		break;
	}
	hv_error_reset();
	return words;
}

/* ---- the engine ------------------------------------------------------- */

/* What the walk over the words found. */
struct walk {
	const struct cmd_entry *cmd;
	size_t nopts;
	bool *given;		/* per option: seen before the cursor */
	int target;		/* option valued at the cursor, or -1 */
	bool help;		/* --help given: the line means "help CMD" */
	const char *value;	/* the target's value so far, or NULL */
};

/* The first option a data word fills, or -1. */
static int
next_positional(const struct walk *w)
{
	const struct cmd_opt *o;
	size_t i;

	for (i = 0; i < w->nopts; i++) {
		o = &w->cmd->opts[i];
		if (o->type == OPT_BOOL || o->type == OPT_ALIAS ||
		    (o->flags & OPT_NAMED))
			continue;
		if (o->type == OPT_ARGV || !w->given[i])
			return (int)i;
	}
	return -1;
}

/*
 * words[1..n) are the command's, the last one under the cursor when
 * open.  Parses as virsh does and stops at the first error: what
 * follows it is neither completed nor counted as given.
 */
static void
walk_words(struct walk *w, char *const *words, size_t n, bool open)
{
	bool data_only = false;
	size_t k;

	w->target = -1;
	w->value = NULL;
	w->help = false;
	for (k = 1; k < n; k++) {
		const char *t = words[k], *eq, *forced = NULL;
		bool at_cursor = open && k == n - 1;
		const struct cmd_opt *o;
		char *name;
		int i;

		if (!data_only && strcmp(t, "--") == 0) {
			data_only = true;
			continue;
		}
		if (data_only || t[0] != '-' || t[1] != '-' ||
		    !isalnum((unsigned char)t[2])) {
			if ((i = next_positional(w)) < 0 &&
			    strcmp(w->cmd->name, "help") != 0)
				break;
			if (i >= 0)
				w->given[i] = true;
			if (at_cursor && i >= 0) {
				w->target = i;
				w->value = t;
			}
			continue;
		}
		eq = strchr(t + 2, '=');
		name = eq != NULL ? xstrndup(t + 2, eq - (t + 2)) :
		    xstrdup(t + 2);
		i = cmd_opt_index(w->cmd, name);
		if (i >= 0 && w->cmd->opts[i].type == OPT_ALIAS) {
			const char *target = w->cmd->opts[i].help;
			const char *teq = strchr(target, '=');
			char *tname = teq != NULL ?
			    xstrndup(target, teq - target) : xstrdup(target);

			forced = teq != NULL ? teq + 1 : NULL;
			i = cmd_opt_index(w->cmd, tname);
			free(tname);
		}
		if (i < 0 && strcmp(name, "help") == 0 && eq == NULL) {
			/* --help is a bool of every command */
			free(name);
			w->help = true;
			continue;
		}
		free(name);
		if (i < 0) {
			if (strcmp(w->cmd->name, "help") == 0)
				continue;
			break;
		}
		o = &w->cmd->opts[i];
		if (w->given[i] && o->type != OPT_ARGV)
			break;
		if (o->type == OPT_BOOL || (forced != NULL && eq != NULL)) {
			if (eq != NULL)
				break;
			w->given[i] = true;
			continue;
		}
		if (forced != NULL || eq != NULL) {
			w->given[i] = true;
			if (at_cursor) {
				w->target = i;
				w->value = forced != NULL ? forced : eq + 1;
			}
			continue;
		}
		if (k + 1 < n) {
			w->given[i] = true;
			k++;
			if (open && k == n - 1) {
				w->target = i;
				w->value = words[k];
			}
			continue;
		}
		/*
		 * "--name " at the end: its value comes next, still empty;
		 * "--name" under the cursor is complete as it is.
		 */
		w->given[i] = true;
		if (!open)
			w->target = i;
		break;
	}
	/* Only a line that parses becomes "help CMD": nothing to add. */
	if (k < n)
		w->help = false;
}

static char **
option_names(const struct walk *w)
{
	const struct cmd_opt *o;
	char **names = NULL;
	size_t n = 0, i;

	for (i = 0; i < w->nopts; i++) {
		o = &w->cmd->opts[i];
		if (o->type == OPT_ALIAS)
			continue;
		if (w->given[i] && o->type != OPT_ARGV)
			continue;
		hv_strv_add_take(&names, &n, xasprintf("--%s", o->name));
	}
	return names;
}

/*
 * Those of all that start with text, spaces escaped unless the word is
 * quoted, each once (a hash keeps this linear in the number of
 * candidates).
 */
static char **
filter(char *const *all, const char *text, bool escape)
{
	size_t tlen = strlen(text), n = 0;
	struct hv_hash *seen = NULL;
	struct hv_buf b = HV_BUF_INIT;
	char **out = NULL;
	const char *s;
	size_t i;

	for (i = 0; all != NULL && all[i] != NULL; i++) {
		hv_buf_reset(&b);
		for (s = all[i]; *s != '\0'; s++) {
			if (escape && *s == ' ')
				hv_buf_addc(&b, '\\');
			hv_buf_addc(&b, *s);
		}
		if (strncmp(hv_buf_str(&b), text, tlen) != 0)
			continue;
		if (seen == NULL)
			seen = hv_hash_new(NULL);
		if (hv_hash_lookup(seen, hv_buf_str(&b)) != NULL)
			continue;
		hv_hash_set(seen, hv_buf_str(&b), (void *)1);
		hv_strv_add(&out, &n, hv_buf_str(&b));
	}
	hv_hash_free(seen);
	hv_buf_release(&b);
	return out;
}

char **
complete_line(struct shell *sh, const char *line, const char *text,
    bool editor, bool *files)
{
	struct lex_result r;
	const char *err = NULL;
	struct walk w = { 0 };
	struct cmd_args *a = NULL;
	char **words = NULL, **all = NULL, **out = NULL;
	size_t nwords = 0;
	bool escape = true;

	*files = false;
	if (text == NULL)
		text = "";
	if (lex_split(line, LEX_LENIENT, &r, &err) < 0 || r.in_comment)
		goto cleanup;
	if (editor && r.quote != 0)
		escape = false;
	if (r.n > 0 && !r.ended) {
		words = r.cmds[r.n - 1].words;
		nwords = r.cmds[r.n - 1].n;
	}
	/* "dump" under the cursor may still become "dumpxml" */
	if (nwords == 0 || (w.cmd = cmd_lookup(words[0])) == NULL ||
	    (nwords == 1 && r.open) || strcmp(w.cmd->name, text) == 0) {
		all = commands();
		goto done;
	}
	w.nopts = 0;
	while (w.cmd->opts[w.nopts].name != NULL)
		w.nopts++;
	w.given = xcalloc(w.nopts + 1, sizeof(*w.given));
	walk_words(&w, words, nwords, r.open);

	if (w.help)
		goto cleanup;
	if (w.target < 0) {
		all = option_names(&w);
		goto done;
	}
	if (w.cmd->opts[w.target].complete == COMPLETE_FILE) {
		*files = true;
		goto cleanup;
	}
	a = parse_command_lenient(words, nwords);
	if (a != NULL)
		all = run_completer(sh, a, w.target, w.value);

done:
	out = filter(all, text, escape);
cleanup:
	hv_strv_free(all);
	free(w.given);
	cmd_args_free(a);
	lex_result_release(&r);
	return out;
}
