/*
 * Domain information commands: list, dominfo, domstate, domid, domname,
 * domuuid, dumpxml, vcpucount, domblklist, domiflist.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd.h"
#include "util-xml.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

static const char *const state_names[HV_DOMAIN_LAST] = {
	[HV_DOMAIN_NOSTATE] = "no state",
	[HV_DOMAIN_RUNNING] = "running",
	[HV_DOMAIN_BLOCKED] = "idle",
	[HV_DOMAIN_PAUSED] = "paused",
	[HV_DOMAIN_SHUTDOWN] = "in shutdown",
	[HV_DOMAIN_SHUTOFF] = "shut off",
	[HV_DOMAIN_CRASHED] = "crashed",
	[HV_DOMAIN_PMSUSPENDED] = "pmsuspended",
};

static const char *
state_name(int state)
{
	if (state < 0 || state >= HV_DOMAIN_LAST)
		return "no state";
	return state_names[state];
}

/* The machine words of the states (man/hvsh-json.7), libvirt's names. */
static const char *const state_keys[HV_DOMAIN_LAST] = {
	[HV_DOMAIN_NOSTATE] = "nostate",
	[HV_DOMAIN_RUNNING] = "running",
	[HV_DOMAIN_BLOCKED] = "blocked",
	[HV_DOMAIN_PAUSED] = "paused",
	[HV_DOMAIN_SHUTDOWN] = "shutdown",
	[HV_DOMAIN_SHUTOFF] = "shutoff",
	[HV_DOMAIN_CRASHED] = "crashed",
	[HV_DOMAIN_PMSUSPENDED] = "pmsuspended",
};

const char *
domain_state_key(int state)
{
	if (state < 0 || state >= HV_DOMAIN_LAST)
		return "nostate";
	return state_keys[state];
}

/* Reasons per state, in libvirt's numbering. */
static const char *const reasons_running[] = {
	"unknown", "booted", "migrated", "restored", "from snapshot",
	"unpaused", "migration canceled", "save canceled", "event wakeup",
	"crashed", "post-copy", "post-copy failed", NULL
};
static const char *const reasons_paused[] = {
	"unknown", "user", "migrating", "saving", "dumping", "I/O error",
	"watchdog", "from snapshot", "shutting down", "creating snapshot",
	"crashed", "starting up", "post-copy", "post-copy failed",
	"api error", NULL
};
static const char *const reasons_shutdown[] = {
	"unknown", "user", NULL
};
static const char *const reasons_shutoff[] = {
	"unknown", "shutdown", "destroyed", "crashed", "migrated", "saved",
	"failed", "from snapshot", "daemon", NULL
};
static const char *const reasons_crashed[] = {
	"unknown", "panicked", NULL
};

static const char *
reason_name(int state, int reason)
{
	const char *const *names = NULL;
	int i;

	switch (state) {
	case HV_DOMAIN_RUNNING:
		names = reasons_running;
		break;
	case HV_DOMAIN_PAUSED:
		names = reasons_paused;
		break;
	case HV_DOMAIN_SHUTDOWN:
		names = reasons_shutdown;
		break;
	case HV_DOMAIN_SHUTOFF:
		names = reasons_shutoff;
		break;
	case HV_DOMAIN_CRASHED:
		names = reasons_crashed;
		break;
	default:
		return "unknown";
	}
	for (i = 0; names[i] != NULL; i++)
		if (i == reason)
			return names[i];
	return "unknown";
}

const char *
domain_reason_key(int state, int reason)
{
	static char key[32];
	const char *p = reason_name(state, reason);
	size_t n = 0;

	/* "migration canceled": migration_canceled; "I/O error": io_error */
	for (; *p != '\0' && n + 1 < sizeof(key); p++) {
		if (*p >= 'A' && *p <= 'Z')
			key[n++] = (char)(*p - 'A' + 'a');
		else if (*p == ' ' || *p == '-')
			key[n++] = '_';
		else if (*p != '/')
			key[n++] = *p;
	}
	key[n] = '\0';
	return key;
}

static bool
domain_state(struct hv_domain *dom, int *state, int *reason)
{
	struct hv_domain_info info;

	if (hv_domain_get_state(dom, state, reason, 0) == 0)
		return true;
	/* Drivers without the call still answer through the info call. */
	if (hv_error_last() == NULL ||
	    hv_error_last()->code != HV_ERR_NO_SUPPORT ||
	    hv_domain_get_info(dom, &info) < 0)
		return false;
	*state = info.state;
	*reason = 0;
	return true;
}

/* ---- list ----------------------------------------------------------- */

enum {
	O_LIST_INACTIVE, O_LIST_ALL, O_LIST_TRANSIENT, O_LIST_PERSISTENT,
	O_LIST_WITH_SNAPSHOT, O_LIST_WITHOUT_SNAPSHOT,
	O_LIST_WITH_CHECKPOINT, O_LIST_WITHOUT_CHECKPOINT,
	O_LIST_STATE_RUNNING, O_LIST_STATE_PAUSED, O_LIST_STATE_SHUTOFF,
	O_LIST_STATE_OTHER, O_LIST_AUTOSTART, O_LIST_NO_AUTOSTART,
	O_LIST_WITH_MANAGED_SAVE, O_LIST_WITHOUT_MANAGED_SAVE,
	O_LIST_UUID, O_LIST_NAME, O_LIST_ID, O_LIST_TABLE,
	O_LIST_MANAGED_SAVE, O_LIST_TITLE,
};
static const struct cmd_opt list_opts[] = {
	[O_LIST_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "only domains that are not running" },
	[O_LIST_ALL] = { "all", OPT_BOOL, 0,
	    "running and not running domains" },
	[O_LIST_TRANSIENT] = { "transient", OPT_BOOL, 0,
	    "only transient domains" },
	[O_LIST_PERSISTENT] = { "persistent", OPT_BOOL, 0,
	    "only persistent domains" },
	[O_LIST_WITH_SNAPSHOT] = { "with-snapshot", OPT_BOOL, 0,
	    "only domains that have a snapshot" },
	[O_LIST_WITHOUT_SNAPSHOT] = { "without-snapshot", OPT_BOOL, 0,
	    "only domains that have no snapshot" },
	[O_LIST_WITH_CHECKPOINT] = { "with-checkpoint", OPT_BOOL, 0,
	    "only domains that have a checkpoint" },
	[O_LIST_WITHOUT_CHECKPOINT] = { "without-checkpoint", OPT_BOOL, 0,
	    "only domains that have no checkpoint" },
	[O_LIST_STATE_RUNNING] = { "state-running", OPT_BOOL, 0,
	    "only running domains" },
	[O_LIST_STATE_PAUSED] = { "state-paused", OPT_BOOL, 0,
	    "only paused domains" },
	[O_LIST_STATE_SHUTOFF] = { "state-shutoff", OPT_BOOL, 0,
	    "only shut off domains" },
	[O_LIST_STATE_OTHER] = { "state-other", OPT_BOOL, 0,
	    "only domains in any other state" },
	[O_LIST_AUTOSTART] = { "autostart", OPT_BOOL, 0,
	    "only domains that start with the host" },
	[O_LIST_NO_AUTOSTART] = { "no-autostart", OPT_BOOL, 0,
	    "only domains that do not start with the host" },
	[O_LIST_WITH_MANAGED_SAVE] = { "with-managed-save", OPT_BOOL, 0,
	    "only domains with a managed save image" },
	[O_LIST_WITHOUT_MANAGED_SAVE] = { "without-managed-save", OPT_BOOL,
	    0, "only domains without a managed save image" },
	[O_LIST_UUID] = { "uuid", OPT_BOOL, 0, "print UUIDs only" },
	[O_LIST_NAME] = { "name", OPT_BOOL, 0, "print names only" },
	[O_LIST_ID] = { "id", OPT_BOOL, 0, "print IDs only" },
	[O_LIST_TABLE] = { "table", OPT_BOOL, 0,
	    "print a table (the default)" },
	[O_LIST_MANAGED_SAVE] = { "managed-save", OPT_BOOL, 0,
	    "show 'saved' for domains with a managed save image" },
	[O_LIST_TITLE] = { "title", OPT_BOOL, 0,
	    "add a column with each domain's title" },
	{ NULL }
};

/* Running domains by ID, then the others by name, ignoring case. */
static int
compare_domains(const void *pa, const void *pb)
{
	const struct hv_domain *a = *(struct hv_domain *const *)pa;
	const struct hv_domain *b = *(struct hv_domain *const *)pb;

	if (a->id >= 0 && b->id >= 0)
		return a->id < b->id ? -1 : a->id > b->id;
	if (a->id >= 0)
		return -1;
	if (b->id >= 0)
		return 1;
	return strcasecmp(a->name, b->name);
}

/* The domain's title, "" when it has none; NULL on failure. */
static char *
domain_title(struct hv_domain *dom)
{
	xmlXPathContextPtr ctxt = NULL;
	xmlDocPtr doc;
	char *title, *xml;

	title = hv_domain_get_metadata(dom, HV_DOMAIN_METADATA_TITLE, NULL,
	    0);
	if (title != NULL)
		return title;
	/* No title, or no metadata call: the XML has the answer. */
	if ((xml = hv_domain_get_xml_desc(dom, 0)) == NULL)
		return NULL;
	doc = util_xml_parse(xml, &ctxt);
	free(xml);
	if (doc == NULL)
		return NULL;
	title = util_xpath_string(ctxt, "string(./title[1])");
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	hv_error_reset();
	return title != NULL ? title : xstrdup("");
}

static const struct {
	unsigned int opt;
	unsigned int flag;
} list_filters[] = {
	{ O_LIST_PERSISTENT, HV_LIST_DOMAINS_PERSISTENT },
	{ O_LIST_TRANSIENT, HV_LIST_DOMAINS_TRANSIENT },
	{ O_LIST_WITH_MANAGED_SAVE, HV_LIST_DOMAINS_MANAGEDSAVE },
	{ O_LIST_WITHOUT_MANAGED_SAVE, HV_LIST_DOMAINS_NO_MANAGEDSAVE },
	{ O_LIST_AUTOSTART, HV_LIST_DOMAINS_AUTOSTART },
	{ O_LIST_NO_AUTOSTART, HV_LIST_DOMAINS_NO_AUTOSTART },
	{ O_LIST_WITH_SNAPSHOT, HV_LIST_DOMAINS_HAS_SNAPSHOT },
	{ O_LIST_WITHOUT_SNAPSHOT, HV_LIST_DOMAINS_NO_SNAPSHOT },
	{ O_LIST_WITH_CHECKPOINT, HV_LIST_DOMAINS_HAS_CHECKPOINT },
	{ O_LIST_WITHOUT_CHECKPOINT, HV_LIST_DOMAINS_NO_CHECKPOINT },
	{ O_LIST_STATE_RUNNING, HV_LIST_DOMAINS_RUNNING },
	{ O_LIST_STATE_PAUSED, HV_LIST_DOMAINS_PAUSED },
	{ O_LIST_STATE_SHUTOFF, HV_LIST_DOMAINS_SHUTOFF },
	{ O_LIST_STATE_OTHER, HV_LIST_DOMAINS_OTHER },
};

/*
 * list --uuid/--id/--name: the chosen words of each domain on one line,
 * in the order uuid, id, name; for scripts, a table of those columns.
 */
static struct table *
plain_list_table(bool uuid, bool id, bool name)
{
	if (uuid && id && name)
		return table_new("UUID", "Id", "Name", NULL);
	if (uuid && id)
		return table_new("UUID", "Id", NULL);
	if (uuid && name)
		return table_new("UUID", "Name", NULL);
	if (id && name)
		return table_new("Id", "Name", NULL);
	return table_new(uuid ? "UUID" : id ? "Id" : "Name", NULL);
}

/* cells: uuid, id, name, each with a NULL text when not asked for. */
static void
plain_list_row(struct shell *sh, struct table *t,
    const struct table_cell *cells)
{
	struct table_cell row[3];
	const char *sep = "";
	struct hv_buf line = HV_BUF_INIT;
	size_t i, n = 0;

	for (i = 0; i < 3; i++) {
		if (cells[i].text == NULL)
			continue;
		hv_buf_add(&line, sep);
		hv_buf_add(&line, cells[i].text);
		sep = " ";
		row[n++] = cells[i];
	}
	if (out_is_text())
		out_line(sh, NULL, OV_NULL, "%s", hv_buf_str(&line));
	else
		table_add_cells(t, row);
	hv_buf_release(&line);
}

static bool
cmd_list_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = HV_LIST_DOMAINS_ACTIVE;
	bool uuid = opt_bool(a, O_LIST_UUID), name = opt_bool(a, O_LIST_NAME);
	bool id = opt_bool(a, O_LIST_ID), title = opt_bool(a, O_LIST_TITLE);
	bool managed = opt_bool(a, O_LIST_MANAGED_SAVE);
	struct hv_domain **doms = NULL;
	struct table *t = NULL;
	bool ret = false;
	char idbuf[16];
	size_t i;
	int n, state, reason;

	if (opt_bool(a, O_LIST_INACTIVE) || opt_bool(a, O_LIST_STATE_SHUTOFF))
		flags = HV_LIST_DOMAINS_INACTIVE;
	if (opt_bool(a, O_LIST_ALL))
		flags = HV_LIST_DOMAINS_INACTIVE | HV_LIST_DOMAINS_ACTIVE;
	for (i = 0; i < sizeof(list_filters) / sizeof(list_filters[0]); i++)
		if (opt_bool(a, list_filters[i].opt))
			flags |= list_filters[i].flag;
	if (!opt_exclusive(sh, a, O_LIST_TABLE, O_LIST_NAME) ||
	    !opt_exclusive(sh, a, O_LIST_TABLE, O_LIST_UUID) ||
	    !opt_exclusive(sh, a, O_LIST_TABLE, O_LIST_ID))
		return false;

	if ((n = hv_conn_list_all_domains(shell_conn(sh), &doms, flags)) < 0) {
		shell_error(sh, "Failed to list domains");
		return false;
	}
	qsort(doms, (size_t)n, sizeof(*doms), compare_domains);

	if (!uuid && !name && !id) {
		if (title)
			t = table_new("Id", "Name", "State", "Title", NULL);
		else
			t = table_new("Id", "Name", "State", NULL);
	} else {
		/* the words alone in text; their columns for scripts */
		t = plain_list_table(uuid, id, name);
	}
	for (i = 0; i < (size_t)n; i++) {
		struct hv_domain *dom = doms[i];
		char ustr[HV_UUID_STRLEN];
		struct out_val idv = dom->id >= 0 ? OV_INT(dom->id) : OV_NULL;

		if (dom->id >= 0)
			snprintf(idbuf, sizeof(idbuf), "%d", dom->id);
		else
			snprintf(idbuf, sizeof(idbuf), "-");
		if (!uuid && !name && !id) {
			const char *sname, *skey;
			char *ttl;

			/* A domain that vanished meanwhile is skipped. */
			if (!domain_state(dom, &state, &reason)) {
				hv_error_reset();
				continue;
			}
			sname = state_name(state);
			skey = domain_state_key(state);
			if (managed && state == HV_DOMAIN_SHUTOFF &&
			    hv_domain_has_managed_save(dom, 0) > 0)
				sname = skey = "saved";
			if (!title) {
				table_add_cells(t, (struct table_cell[]){
				    { idbuf, idv },
				    { dom->name, OV_STR(dom->name) },
				    { sname, OV_ENUM(skey) } });
				continue;
			}
			if ((ttl = domain_title(dom)) == NULL)
				goto out;
			table_add_cells(t, (struct table_cell[]){
			    { idbuf, idv },
			    { dom->name, OV_STR(dom->name) },
			    { sname, OV_ENUM(skey) },
			    { ttl, OV_STR(ttl) } });
			free(ttl);
			continue;
		}
		/* IDs alone leave out the domains that have none. */
		if (id && !uuid && !name && dom->id < 0)
			continue;
		hv_uuid_format(dom->uuid, ustr);
		plain_list_row(sh, t, (struct table_cell[]){
		    { uuid ? ustr : NULL, OV_STR(ustr) },
		    { id ? idbuf : NULL, idv },
		    { name ? dom->name : NULL, OV_STR(dom->name) } });
	}
	if (!uuid && !name && !id)
		out_table(sh, "domains", t);
	else if (!out_is_text())
		out_table(sh, "domains", t);
	ret = true;
out:
	table_free(t);
	hv_domain_list_free(doms, n);
	return ret;
}

const struct cmd_entry cmd_list = {
	"list", NULL, GRP_MONITOR,
	"list domains",
	"Print the domains of the connection: by default the running ones.",
	list_opts, cmd_list_exec, 0
};

/* ---- dominfo -------------------------------------------------------- */

enum { O_DOMAIN };

static const struct cmd_opt domain_only_opts[] = {
	[O_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	{ NULL }
};

static bool
cmd_dominfo_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain_info info;
	struct hv_secmodel model;
	struct hv_seclabel label;
	struct hv_domain *dom;
	char ustr[HV_UUID_STRLEN], cpu[32];
	bool ret = true;
	char *ostype;
	int persistent, autostart, saved, nmsgs;
	char **msgs = NULL;

	if ((dom = shell_domain(sh, a, O_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	hv_domain_prefetch(dom, HV_PREFETCH_DOMINFO);
	out_field(sh, 15, "Id:", "id", dom->id >= 0 ? OV_INT(dom->id) :
	    OV_NULL, dom->id >= 0 ? "%d" : "-", dom->id);
	out_field(sh, 15, "Name:", "name", OV_STR(dom->name), NULL);
	out_field(sh, 15, "UUID:", "uuid",
	    OV_STR(hv_uuid_format(dom->uuid, ustr)), NULL);
	if ((ostype = hv_domain_get_os_type(dom)) != NULL) {
		out_field(sh, 15, "OS Type:", "os_type", OV_STR(ostype), NULL);
		free(ostype);
	}
	if (hv_domain_get_info(dom, &info) == 0) {
		out_field(sh, 15, "State:", "state",
		    OV_ENUM(domain_state_key(info.state)), "%s",
		    state_name(info.state));
		out_field(sh, 15, "CPU(s):", "vcpus",
		    OV_UINT(info.nr_virt_cpu), NULL);
		if (info.cpu_time != 0)
			out_field(sh, 15, "CPU time:", "cpu_time_ns",
			    OV_UINT(info.cpu_time), "%s",
			    format_cpu_time(info.cpu_time, cpu));
		else
			out_field(sh, 0, NULL, "cpu_time_ns", OV_UINT(0),
			    NULL);
		if (info.max_mem != UINT_MAX)
			out_field(sh, 15, "Max memory:", "max_memory_bytes",
			    OV_UINT(info.max_mem * 1024), "%llu KiB",
			    info.max_mem);
		else
			out_field(sh, 15, "Max memory:", "max_memory_bytes",
			    OV_NULL, "%s", "no limit");
		out_field(sh, 15, "Used memory:", "used_memory_bytes",
		    OV_UINT(info.memory * 1024), "%llu KiB", info.memory);
	} else {
		ret = false;
	}
	persistent = hv_domain_is_persistent(dom);
	out_field(sh, 15, "Persistent:", "persistent", persistent < 0 ?
	    OV_NULL : OV_BOOL(persistent), "%s", persistent < 0 ? "unknown" :
	    persistent ? "yes" : "no");
	if (hv_domain_get_autostart(dom, &autostart) == 0)
		out_field(sh, 15, "Autostart:", "autostart",
		    OV_BOOL(autostart), "%s", autostart ? "enable" : "disable");
	saved = hv_domain_has_managed_save(dom, 0);
	out_field(sh, 15, "Managed save:", "managed_save", saved < 0 ?
	    OV_NULL : OV_BOOL(saved), "%s", saved < 0 ? "unknown" :
	    saved ? "yes" : "no");

	memset(&model, 0, sizeof(model));
	if (hv_node_get_security_model(dom->conn, &model) < 0) {
		if (hv_error_last() != NULL &&
		    hv_error_last()->code != HV_ERR_NO_SUPPORT) {
			ret = false;
			goto out;
		}
		hv_error_reset();
	} else if (model.model[0] != '\0') {
		out_field(sh, 15, "Security model:", "security_model",
		    OV_STR(model.model), NULL);
		out_field(sh, 15, "Security DOI:", "security_doi",
		    OV_STR(model.doi), NULL);
		/* Only a running domain has a label. */
		label.label[0] = '\0';
		label.enforcing = 0;
		if (hv_domain_get_security_label(dom, &label) < 0) {
			ret = false;
			goto out;
		}
		if (label.label[0] != '\0') {
			out_field(sh, 15, "Security label:", "security_label",
			    OV_STR(label.label), "%s (%s)", label.label,
			    label.enforcing ? "enforcing" : "permissive");
			out_field(sh, 0, NULL, "security_enforcing",
			    OV_BOOL(label.enforcing), NULL);
		}
	}
	/* Warnings are extra: a driver without them is no failure. */
	if ((nmsgs = hv_domain_get_messages(dom, &msgs, 0)) < 0)
		hv_error_reset();
	for (int i = 0; i < nmsgs; i++)
		out_field(sh, 15, i == 0 ? "Messages:" : "", NULL,
		    OV_NULL, "%s", msgs[i]);
	out_field(sh, 0, NULL, "messages", OV_LIST(msgs), NULL);
	hv_strv_free(msgs);
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_dominfo = {
	"dominfo", NULL, GRP_MONITOR,
	"show information about a domain",
	"Print the basic facts about a domain: state, CPUs, memory, "
	"persistence and security.",
	domain_only_opts, cmd_dominfo_exec, 0
};

/* ---- domstate ------------------------------------------------------- */

enum { O_DOMSTATE_DOMAIN, O_DOMSTATE_REASON };
static const struct cmd_opt domstate_opts[] = {
	[O_DOMSTATE_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_DOMSTATE_REASON] = { "reason", OPT_BOOL, 0,
	    "also show why the domain is in that state" },
	{ NULL }
};

static bool
cmd_domstate_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;
	int state, reason;
	bool ret = false;

	dom = shell_domain(sh, a, O_DOMSTATE_DOMAIN, BY_ANY, NULL);
	if (dom == NULL)
		return false;
	if (!domain_state(dom, &state, &reason))
		goto out;
	if (opt_bool(a, O_DOMSTATE_REASON)) {
		out_line(sh, "state", OV_ENUM(domain_state_key(state)),
		    "%s (%s)", state_name(state), reason_name(state, reason));
		out_field(sh, 0, NULL, "reason",
		    OV_ENUM(domain_reason_key(state, reason)), NULL);
	} else {
		out_line(sh, "state", OV_ENUM(domain_state_key(state)), "%s",
		    state_name(state));
	}
	ret = true;
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_domstate = {
	"domstate", NULL, GRP_MONITOR,
	"show the state of a domain",
	"Print the state of a domain and, on request, its reason.",
	domstate_opts, cmd_domstate_exec, 0
};

/* ---- domid, domname, domuuid ---------------------------------------- */

static const struct cmd_opt domid_opts[] = {
	[O_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name or uuid", COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE },
	{ NULL }
};

static bool
cmd_domid_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;

	dom = shell_domain(sh, a, O_DOMAIN, BY_NAME | BY_UUID, NULL);
	if (dom == NULL)
		return false;
	out_line(sh, "id", dom->id >= 0 ? OV_INT(dom->id) : OV_NULL,
	    dom->id >= 0 ? "%d" : "-", dom->id);
	hv_domain_free(dom);
	return true;
}

const struct cmd_entry cmd_domid = {
	"domid", NULL, GRP_DOMAIN,
	"print the id of a domain given its name or UUID",
	NULL,
	domid_opts, cmd_domid_exec, 0
};

static const struct cmd_opt domname_opts[] = {
	[O_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain id or uuid", COMPLETE_DOMAIN_UUID },
	{ NULL }
};

static bool
cmd_domname_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;

	dom = shell_domain(sh, a, O_DOMAIN, BY_ID | BY_UUID, NULL);
	if (dom == NULL)
		return false;
	out_line(sh, "name", OV_STR(dom->name), "%s", dom->name);
	hv_domain_free(dom);
	return true;
}

const struct cmd_entry cmd_domname = {
	"domname", NULL, GRP_DOMAIN,
	"print the name of a domain given its id or UUID",
	NULL,
	domname_opts, cmd_domname_exec, 0
};

static const struct cmd_opt domuuid_opts[] = {
	[O_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain id or name", COMPLETE_DOMAIN },
	{ NULL }
};

static bool
cmd_domuuid_exec(struct shell *sh, const struct cmd_args *a)
{
	char ustr[HV_UUID_STRLEN];
	struct hv_domain *dom;

	dom = shell_domain(sh, a, O_DOMAIN, BY_ID | BY_NAME, NULL);
	if (dom == NULL)
		return false;
	hv_uuid_format(dom->uuid, ustr);
	out_line(sh, "uuid", OV_STR(ustr), "%s", ustr);
	hv_domain_free(dom);
	return true;
}

const struct cmd_entry cmd_domuuid = {
	"domuuid", NULL, GRP_DOMAIN,
	"print the UUID of a domain given its id or name",
	NULL,
	domuuid_opts, cmd_domuuid_exec, 0
};

/* ---- dumpxml -------------------------------------------------------- */

enum {
	O_DUMPXML_DOMAIN, O_DUMPXML_INACTIVE, O_DUMPXML_SECURITY_INFO,
	O_DUMPXML_UPDATE_CPU, O_DUMPXML_MIGRATABLE, O_DUMPXML_XPATH,
	O_DUMPXML_WRAP,
};
static const struct cmd_opt dumpxml_opts[] = {
	[O_DUMPXML_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_DUMPXML_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "the definition used at the next boot" },
	[O_DUMPXML_SECURITY_INFO] = { "security-info", OPT_BOOL, 0,
	    "include security sensitive data" },
	[O_DUMPXML_UPDATE_CPU] = { "update-cpu", OPT_BOOL, 0,
	    "fill in the guest CPU from the host CPU" },
	[O_DUMPXML_MIGRATABLE] = { "migratable", OPT_BOOL, 0,
	    "XML fit for migrating the domain" },
	[O_DUMPXML_XPATH] = { "xpath", OPT_STRING, OPT_NAMED,
	    "print only what this XPath expression selects",
	    COMPLETE_EMPTY },
	[O_DUMPXML_WRAP] = { "wrap", OPT_BOOL, 0,
	    "put the XPath results inside one root element" },
	{ NULL }
};

static bool
cmd_dumpxml_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_domain *dom;
	bool ret;

	/* XML is its own format: the same bytes in every output format */
	out_raw(sh);
	dom = shell_domain(sh, a, O_DUMPXML_DOMAIN, BY_ANY, NULL);
	if (dom == NULL)
		return false;
	if (opt_bool(a, O_DUMPXML_INACTIVE))
		flags |= HV_DOMAIN_XML_INACTIVE;
	if (opt_bool(a, O_DUMPXML_SECURITY_INFO))
		flags |= HV_DOMAIN_XML_SECURE;
	if (opt_bool(a, O_DUMPXML_UPDATE_CPU))
		flags |= HV_DOMAIN_XML_UPDATE_CPU;
	if (opt_bool(a, O_DUMPXML_MIGRATABLE))
		flags |= HV_DOMAIN_XML_MIGRATABLE;
	ret = util_xml_print_desc(hv_domain_get_xml_desc(dom, flags),
	    opt_str(a, O_DUMPXML_XPATH), opt_bool(a, O_DUMPXML_WRAP));
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_dumpxml = {
	"dumpxml", NULL, GRP_DOMAIN,
	"print the XML description of a domain",
	"Print a domain's XML description on standard output.",
	dumpxml_opts, cmd_dumpxml_exec, 0
};

/* ---- vcpucount ------------------------------------------------------ */

enum {
	O_VCPUCOUNT_DOMAIN, O_VCPUCOUNT_MAXIMUM, O_VCPUCOUNT_ACTIVE,
	O_VCPUCOUNT_LIVE, O_VCPUCOUNT_CONFIG, O_VCPUCOUNT_CURRENT,
	O_VCPUCOUNT_GUEST,
};
static const struct cmd_opt vcpucount_opts[] = {
	[O_VCPUCOUNT_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_VCPUCOUNT_MAXIMUM] = { "maximum", OPT_BOOL, 0,
	    "the largest number of vCPUs" },
	[O_VCPUCOUNT_ACTIVE] = { "active", OPT_BOOL, 0,
	    "the number of vCPUs in use" },
	[O_VCPUCOUNT_LIVE] = { "live", OPT_BOOL, 0,
	    "ask the running domain" },
	[O_VCPUCOUNT_CONFIG] = { "config", OPT_BOOL, 0,
	    "ask the definition for the next boot" },
	[O_VCPUCOUNT_CURRENT] = { "current", OPT_BOOL, 0,
	    "ask whichever the domain's state selects" },
	[O_VCPUCOUNT_GUEST] = { "guest", OPT_BOOL, 0,
	    "ask the guest agent rather than the hypervisor" },
	{ NULL }
};

/*
 * One count; with check set, a count that does not apply (live of an
 * inactive domain, config of a transient one) is 0 rather than an error.
 */
static int
vcpu_count(struct hv_domain *dom, unsigned int flags, bool check)
{
	if (check && (((flags & HV_DOMAIN_AFFECT_LIVE) &&
	    hv_domain_is_active(dom) < 1) ||
	    ((flags & HV_DOMAIN_AFFECT_CONFIG) &&
	    hv_domain_is_persistent(dom) < 1))) {
		hv_error_reset();
		return 0;
	}
	return hv_domain_get_vcpus(dom, flags);
}

static bool
cmd_vcpucount_exec(struct shell *sh, const struct cmd_args *a)
{
	bool maximum = opt_bool(a, O_VCPUCOUNT_MAXIMUM);
	bool active = opt_bool(a, O_VCPUCOUNT_ACTIVE);
	bool live = opt_bool(a, O_VCPUCOUNT_LIVE);
	bool config = opt_bool(a, O_VCPUCOUNT_CONFIG);
	bool current = opt_bool(a, O_VCPUCOUNT_CURRENT);
	bool guest = opt_bool(a, O_VCPUCOUNT_GUEST);
	bool all = !maximum && !active && !live && !config && !current &&
	    !guest;
	static const struct {
		const char *which, *state, *key;
		unsigned int flags;
	} rows[] = {
		{ "maximum", "config", "maximum_config",
		    HV_DOMAIN_AFFECT_CONFIG | HV_DOMAIN_VCPU_MAXIMUM },
		{ "maximum", "live", "maximum_live",
		    HV_DOMAIN_AFFECT_LIVE | HV_DOMAIN_VCPU_MAXIMUM },
		{ "current", "config", "current_config",
		    HV_DOMAIN_AFFECT_CONFIG },
		{ "current", "live", "current_live", HV_DOMAIN_AFFECT_LIVE },
	};
	unsigned int flags = 0;
	struct hv_domain *dom;
	bool ret = false;
	int counts[4], count;
	size_t i;

	/* Before 0.9.4 --current meant "not --maximum"; --current alone
	 * with --live or --config keeps that old meaning. */
	if (!maximum && !active && current)
		current = false;
	if (!opt_check_exclusive(sh, live, config, "live", "config") ||
	    !opt_check_exclusive(sh, current, live, "current", "live") ||
	    !opt_check_exclusive(sh, current, config, "current", "config") ||
	    !opt_check_exclusive(sh, active, maximum, "active", "maximum") ||
	    !opt_check_exclusive(sh, guest, config, "guest", "config"))
		return false;
	if (live)
		flags |= HV_DOMAIN_AFFECT_LIVE;
	if (config)
		flags |= HV_DOMAIN_AFFECT_CONFIG;
	if (maximum)
		flags |= HV_DOMAIN_VCPU_MAXIMUM;
	if (guest)
		flags |= HV_DOMAIN_VCPU_GUEST;

	dom = shell_domain(sh, a, O_VCPUCOUNT_DOMAIN, BY_ANY, NULL);
	if (dom == NULL)
		return false;
	if (all) {
		/* virsh asks all four, config first, then fails if one
		 * failed */
		static const size_t order[] = { 0, 2, 1, 3 };

		for (i = 0; i < 4; i++)
			counts[order[i]] = vcpu_count(dom,
			    rows[order[i]].flags, true);
		for (i = 0; i < 4; i++)
			if (counts[i] < 0)
				goto out;
		/* A count that does not apply has no line; for scripts,
		 * null, so that every record has the four keys. */
		for (i = 0; i < 4; i++) {
			if (counts[i] > 0)
				out_field(sh, 12, rows[i].which, rows[i].key,
				    OV_INT(counts[i]), "%-12s %3d",
				    rows[i].state, counts[i]);
			else
				out_field(sh, 0, NULL, rows[i].key, OV_NULL,
				    NULL);
		}
	} else {
		if ((count = vcpu_count(dom, flags, false)) < 0) {
			if (guest)
				shell_error(sh, "Failed to retrieve vCPU "
				    "count from the guest");
			goto out;
		}
		out_line(sh, "vcpus", OV_INT(count), "%d", count);
	}
	ret = true;
out:
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_vcpucount = {
	"vcpucount", NULL, GRP_DOMAIN,
	"show the vCPU counts of a domain",
	"Print how many virtual CPUs a domain has and may have, live and "
	"in its definition.",
	vcpucount_opts, cmd_vcpucount_exec, 0
};

/* ---- domblklist, domiflist ------------------------------------------ */

/*
 * The domain's XML parsed, with *nodes the elements that path selects
 * (relative to the root).  Returns NULL on failure.
 */
static xmlDocPtr
domain_devices(struct hv_domain *dom, bool inactive, const char *path,
    xmlXPathContextPtr *ctxt, xmlXPathObjectPtr *nodes)
{
	xmlDocPtr doc;
	char *xml;

	*nodes = NULL;
	xml = hv_domain_get_xml_desc(dom,
	    inactive ? HV_DOMAIN_XML_INACTIVE : 0);
	if (xml == NULL)
		return NULL;
	doc = util_xml_parse(xml, ctxt);
	free(xml);
	if (doc == NULL)
		return NULL;
	*nodes = xmlXPathEval((const xmlChar *)path, *ctxt);
	return doc;
}

static int
node_count(xmlXPathObjectPtr obj)
{
	if (obj == NULL || obj->type != XPATH_NODESET ||
	    obj->nodesetval == NULL)
		return 0;
	return obj->nodesetval->nodeNr;
}

enum { O_BLK_DOMAIN, O_BLK_INACTIVE, O_BLK_DETAILS };
static const struct cmd_opt domblklist_opts[] = {
	[O_BLK_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_BLK_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "read the definition for the next boot" },
	[O_BLK_DETAILS] = { "details", OPT_BOOL, 0,
	    "add the disk type and device columns" },
	{ NULL }
};

static bool
cmd_domblklist_exec(struct shell *sh, const struct cmd_args *a)
{
	bool details = opt_bool(a, O_BLK_DETAILS);
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr disks = NULL;
	struct hv_domain *dom;
	struct table *t = NULL;
	xmlDocPtr doc;
	bool ret = false;
	int i, n;

	if ((dom = shell_domain(sh, a, O_BLK_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	doc = domain_devices(dom, opt_bool(a, O_BLK_INACTIVE),
	    "./devices/disk", &ctxt, &disks);
	if (doc == NULL)
		goto out;
	if (details)
		t = table_new("Type", "Device", "Target", "Source", NULL);
	else
		t = table_new("Target", "Source", NULL);
	n = node_count(disks);
	for (i = 0; i < n; i++) {
		char *type, *device = NULL, *target, *source;

		ctxt->node = disks->nodesetval->nodeTab[i];
		type = util_xpath_string(ctxt, "string(./@type)");
		if (details)
			device = util_xpath_string(ctxt, "string(./@device)");
		target = util_xpath_string(ctxt, "string(./target/@dev)");
		source = util_xpath_string(ctxt, "string(./source/@file|"
		    "./source/@dev|./source/@dir|./source/@name|"
		    "./source/@volume)");
		if (details && (type == NULL || device == NULL)) {
			/* virsh prints this one on stdout, without a
			 * newline; for scripts it is the error it is */
			if (out_is_text())
				out_text(sh, "unable to query block list "
				    "details");
			else
				shell_error(sh, "unable to query block list "
				    "details");
		} else if (target == NULL) {
			shell_error(sh, "unable to query block list");
		} else if (details) {
			table_add_cells(t, (struct table_cell[]){
			    { type, OV_STR(type) },
			    { device, OV_STR(device) },
			    { target, OV_STR(target) },
			    { source != NULL ? source : "-",
				OV_STR_OR_NULL(source) } });
		} else {
			table_add_cells(t, (struct table_cell[]){
			    { target, OV_STR(target) },
			    { source != NULL ? source : "-",
				OV_STR_OR_NULL(source) } });
		}
		free(type);
		free(device);
		free(source);
		if (target == NULL || (details && (type == NULL ||
		    device == NULL))) {
			free(target);
			goto out;
		}
		free(target);
	}
	out_table(sh, "disks", t);
	ret = true;
out:
	table_free(t);
	xmlXPathFreeObject(disks);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_domblklist = {
	"domblklist", NULL, GRP_MONITOR,
	"list the block devices of a domain",
	"Print a table of a domain's disks: target and source.",
	domblklist_opts, cmd_domblklist_exec, 0
};

enum { O_IF_DOMAIN, O_IF_INACTIVE };
static const struct cmd_opt domiflist_opts[] = {
	[O_IF_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_IF_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "read the definition for the next boot" },
	{ NULL }
};

static bool
cmd_domiflist_exec(struct shell *sh, const struct cmd_args *a)
{
	static const char *const exprs[] = {
		"string(./target/@dev)",
		"string(./@type)",
		("string(./source/@bridge|./source/@dev|./source/@network|"
		    "./source/@name|./source/@path)"),
		"string(./model/@type)",
		"string(./mac/@address)",
	};
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr ifaces = NULL;
	struct hv_domain *dom;
	struct table *t = NULL;
	xmlDocPtr doc;
	bool ret = false;
	char *v[5];
	int i, j, n;

	if ((dom = shell_domain(sh, a, O_IF_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	doc = domain_devices(dom, opt_bool(a, O_IF_INACTIVE),
	    "./devices/interface", &ctxt, &ifaces);
	if (doc == NULL)
		goto out;
	t = table_new("Interface", "Type", "Source", "Model", "MAC", NULL);
	n = node_count(ifaces);
	for (i = 0; i < n; i++) {
		ctxt->node = ifaces->nodesetval->nodeTab[i];
		for (j = 0; j < 5; j++)
			v[j] = util_xpath_string(ctxt, exprs[j]);
		/* The type column is always filled, even if empty; the
		 * dashes of the others are nulls for scripts. */
		table_add_cells(t, (struct table_cell[]){
		    { v[0] ? v[0] : "-", OV_STR_OR_NULL(v[0]) },
		    { v[1] ? v[1] : "", OV_STR_OR_NULL(v[1]) },
		    { v[2] ? v[2] : "-", OV_STR_OR_NULL(v[2]) },
		    { v[3] ? v[3] : "-", OV_STR_OR_NULL(v[3]) },
		    { v[4] ? v[4] : "-", OV_STR_OR_NULL(v[4]) } });
		for (j = 0; j < 5; j++)
			free(v[j]);
	}
	out_table(sh, "interfaces", t);
	ret = true;
out:
	table_free(t);
	xmlXPathFreeObject(ifaces);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	hv_domain_free(dom);
	return ret;
}

const struct cmd_entry cmd_domiflist = {
	"domiflist", NULL, GRP_MONITOR,
	"list the network interfaces of a domain",
	"Print a table of a domain's network interfaces.",
	domiflist_opts, cmd_domiflist_exec, 0
};
