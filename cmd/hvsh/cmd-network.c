/*
 * Virtual network commands: net-list, net-info, net-dumpxml, net-define,
 * net-undefine, net-create, net-start, net-destroy, net-autostart,
 * net-name, net-uuid.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "complete-network.h"
#include "shell.h"
#include "util-xml.h"
#include "util/file.h"
#include "util/strv.h"

/* ---- shared helpers ------------------------------------------------- */

struct hv_network *
shell_network(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned int by, const char **name)
{
	const char *word;
	struct hv_network *net = NULL;

	if (name)
		*name = NULL;
	if (!opt_string(sh, a, i, &word) || word == NULL)
		return NULL;
	if (name)
		*name = word;
	hv_error_reset();
	/* virsh tries any 36-character word as a UUID first */
	if ((by & BY_UUID) && strlen(word) == HV_UUID_STRLEN - 1)
		net = hv_network_lookup_by_uuid_string(shell_conn(sh), word);
	if (net == NULL && (by & BY_NAME))
		net = hv_network_lookup_by_name(shell_conn(sh), word);
	if (net == NULL)
		shell_error(sh, "failed to get network '%s'", word);
	return net;
}

static int
by_name(const void *x, const void *y)
{
	const struct hv_network *const *p = x, *const *q = y;

	return strcasecmp((*p)->name, (*q)->name);
}

/* ---- net-list ------------------------------------------------------- */

enum {
	O_LIST_INACTIVE, O_LIST_ALL, O_LIST_PERSISTENT, O_LIST_TRANSIENT,
	O_LIST_AUTOSTART, O_LIST_NO_AUTOSTART, O_LIST_UUID, O_LIST_NAME,
	O_LIST_TABLE,
};
static const struct cmd_opt list_opts[] = {
	[O_LIST_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "only networks that are not running" },
	[O_LIST_ALL] = { "all", OPT_BOOL, 0,
	    "running and stopped networks alike" },
	[O_LIST_PERSISTENT] = { "persistent", OPT_BOOL, 0,
	    "only networks with a saved definition" },
	[O_LIST_TRANSIENT] = { "transient", OPT_BOOL, 0,
	    "only networks without a saved definition" },
	[O_LIST_AUTOSTART] = { "autostart", OPT_BOOL, 0,
	    "only networks started at boot" },
	[O_LIST_NO_AUTOSTART] = { "no-autostart", OPT_BOOL, 0,
	    "only networks not started at boot" },
	[O_LIST_UUID] = { "uuid", OPT_BOOL, 0, "print UUIDs only" },
	[O_LIST_NAME] = { "name", OPT_BOOL, 0, "print names only" },
	[O_LIST_TABLE] = { "table", OPT_BOOL, 0,
	    "print a table (the default)" },
	{ NULL }
};

static bool
cmd_net_list_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = HV_LIST_NETWORKS_ACTIVE;
	bool table = opt_bool(a, O_LIST_TABLE);
	bool uuid = opt_bool(a, O_LIST_UUID);
	bool name = opt_bool(a, O_LIST_NAME);
	struct hv_network **nets = NULL;
	char buf[HV_UUID_STRLEN];
	int n;

	if (opt_bool(a, O_LIST_INACTIVE))
		flags = HV_LIST_NETWORKS_INACTIVE;
	if (opt_bool(a, O_LIST_ALL))
		flags = HV_LIST_NETWORKS_ACTIVE | HV_LIST_NETWORKS_INACTIVE;
	if (opt_bool(a, O_LIST_PERSISTENT))
		flags |= HV_LIST_NETWORKS_PERSISTENT;
	if (opt_bool(a, O_LIST_TRANSIENT))
		flags |= HV_LIST_NETWORKS_TRANSIENT;
	if (opt_bool(a, O_LIST_AUTOSTART))
		flags |= HV_LIST_NETWORKS_AUTOSTART;
	if (opt_bool(a, O_LIST_NO_AUTOSTART))
		flags |= HV_LIST_NETWORKS_NO_AUTOSTART;
	if (table + uuid + name > 1) {
		shell_error(sh, "Only one argument from --table, --name and "
		    "--uuid may be specified.");
		return false;
	}
	if ((n = hv_conn_list_all_networks(shell_conn(sh), &nets,
	    flags)) < 0) {
		shell_error(sh, "Failed to list networks");
		return false;
	}
	if (n > 1)
		qsort(nets, (size_t)n, sizeof(*nets), by_name);
	if (uuid || name) {
		/* the words alone in text; their column for scripts */
		struct table *t = table_new(name ? "Name" : "UUID", NULL);
		const char *w;

		for (int i = 0; i < n; i++) {
			w = name ? nets[i]->name :
			    hv_uuid_format(nets[i]->uuid, buf);
			if (out_is_text())
				out_line(sh, NULL, OV_NULL, "%s", w);
			else
				table_add_cells(t, (struct table_cell[]){
				    { w, OV_STR(w) } });
		}
		if (!out_is_text())
			out_table(sh, "networks", t);
		table_free(t);
	} else {
		struct table *t = table_new("Name", "State", "Autostart",
		    "Persistent", NULL);

		for (int i = 0; i < n; i++) {
			int autostart, active, persistent;
			struct out_val asv;
			const char *as, *st;

			/* virsh's order of calls */
			if (hv_network_get_autostart(nets[i], &autostart) < 0) {
				as = "no autostart";
				asv = OV_NULL;
			} else {
				as = autostart ? "yes" : "no";
				asv = OV_BOOL(autostart);
			}
			persistent = hv_network_is_persistent(nets[i]);
			active = hv_network_is_active(nets[i]);
			st = active > 0 ? "active" : "inactive";
			table_add_cells(t, (struct table_cell[]){
			    { nets[i]->name, OV_STR(nets[i]->name) },
			    { st, active < 0 ? OV_NULL : OV_ENUM(st) },
			    { as, asv },
			    { persistent > 0 ? "yes" : "no", persistent < 0 ?
			      OV_NULL : OV_BOOL(persistent) } });
		}
		hv_error_reset();
		out_table(sh, "networks", t);
		table_free(t);
	}
	hv_network_list_free(nets, n);
	return true;
}

const struct cmd_entry cmd_net_list = {
	"net-list", NULL, GRP_NETWORK,
	"list virtual networks",
	"Print the virtual networks: by default the running ones, as a "
	"table.",
	list_opts, cmd_net_list_exec, 0
};

/* ---- commands on one network ------------------------------------------ */

enum { O_NET };
static const struct cmd_opt net_opts[] = {
	[O_NET] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid", COMPLETE_NETWORK },
	{ NULL }
};

static bool
cmd_net_info_exec(struct shell *sh, const struct cmd_args *a)
{
	char uuid[HV_UUID_STRLEN];
	struct hv_network *net;
	int r, autostart;
	char *bridge;

	if ((net = shell_network(sh, a, O_NET, BY_UUID | BY_NAME,
	    NULL)) == NULL)
		return false;
	out_field(sh, 15, "Name:", "name", OV_STR(net->name), NULL);
	out_field(sh, 15, "UUID:", "uuid",
	    OV_STR(hv_uuid_format(net->uuid, uuid)), NULL);
	if ((r = hv_network_is_active(net)) >= 0)
		out_field(sh, 15, "Active:", "active", OV_BOOL(r), "%s",
		    r ? "yes" : "no");
	else
		out_field(sh, 0, NULL, "active", OV_NULL, NULL);
	r = hv_network_is_persistent(net);
	out_field(sh, 15, "Persistent:", "persistent",
	    r < 0 ? OV_NULL : OV_BOOL(r), "%s",
	    r < 0 ? "unknown" : r ? "yes" : "no");
	if (hv_network_get_autostart(net, &autostart) < 0)
		out_field(sh, 15, "Autostart:", "autostart", OV_NULL, "%s",
		    "no autostart");
	else
		out_field(sh, 15, "Autostart:", "autostart",
		    OV_BOOL(autostart), "%s", autostart ? "yes" : "no");
	/* a network without a bridge simply has no such line */
	if ((bridge = hv_network_get_bridge_name(net)) != NULL)
		out_field(sh, 15, "Bridge:", "bridge", OV_STR(bridge), NULL);
	else
		out_field(sh, 0, NULL, "bridge", OV_NULL, NULL);
	free(bridge);
	hv_error_reset();
	hv_network_free(net);
	return true;
}

const struct cmd_entry cmd_net_info = {
	"net-info", NULL, GRP_NETWORK,
	"show a virtual network's state",
	"Print the name, UUID, state, persistence, autostart setting and "
	"bridge of a virtual network.",
	net_opts, cmd_net_info_exec, 0
};

enum { O_DUMP_NET, O_DUMP_INACTIVE, O_DUMP_XPATH, O_DUMP_WRAP };
static const struct cmd_opt dump_opts[] = {
	[O_DUMP_NET] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid", COMPLETE_NETWORK },
	[O_DUMP_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "the definition used at the next start" },
	[O_DUMP_XPATH] = { "xpath", OPT_STRING, OPT_NAMED,
	    "print only what this XPath expression selects",
	    COMPLETE_EMPTY },
	[O_DUMP_WRAP] = { "wrap", OPT_BOOL, 0,
	    "put the XPath results inside one root element" },
	{ NULL }
};

static bool
cmd_net_dumpxml_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_network *net;
	bool ret;

	out_raw(sh);
	if ((net = shell_network(sh, a, O_DUMP_NET, BY_UUID | BY_NAME,
	    NULL)) == NULL)
		return false;
	ret = util_xml_print_desc(hv_network_get_xml_desc(net,
	    opt_bool(a, O_DUMP_INACTIVE) ? HV_NETWORK_XML_INACTIVE : 0),
	    opt_str(a, O_DUMP_XPATH), opt_bool(a, O_DUMP_WRAP));
	hv_network_free(net);
	return ret;
}

const struct cmd_entry cmd_net_dumpxml = {
	"net-dumpxml", NULL, GRP_NETWORK,
	"print the XML description of a virtual network",
	"Print a virtual network's XML description on standard output.",
	dump_opts, cmd_net_dumpxml_exec, 0
};

/* ---- define and create ------------------------------------------------ */

enum { O_FILE, O_VALIDATE };
static const struct cmd_opt file_opts[] = {
	[O_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "file holding the network's XML description",
	    COMPLETE_FILE },
	[O_VALIDATE] = { "validate", OPT_BOOL, 0,
	    "check the XML against the schema first" },
	{ NULL }
};

static bool
define_or_create(struct shell *sh, const struct cmd_args *a, bool define)
{
	struct hv_network *net;
	unsigned int flags = 0;
	const char *file;
	char *xml;

	if (!opt_string(sh, a, O_FILE, &file) ||
	    (xml = hv_file_read(file, HV_FILE_MAX_XML, NULL)) == NULL)
		return false;
	if (opt_bool(a, O_VALIDATE))
		flags = define ? HV_NETWORK_DEFINE_VALIDATE :
		    HV_NETWORK_CREATE_VALIDATE;
	if (define)
		net = hv_network_define_xml(shell_conn(sh), xml, flags);
	else
		net = hv_network_create_xml(shell_conn(sh), xml, flags);
	free(xml);
	if (net == NULL) {
		shell_error(sh, "Failed to %s network from %s",
		    define ? "define" : "create", file);
		return false;
	}
	out_done(sh, define ? "define" : "create", "network", net->name,
	    "Network %s %s from %s", net->name,
	    define ? "defined" : "created", file);
	out_field(sh, 0, NULL, "file", OV_STR(file), NULL);
	hv_network_free(net);
	return true;
}

static bool
cmd_net_define_exec(struct shell *sh, const struct cmd_args *a)
{
	return define_or_create(sh, a, true);
}

static bool
cmd_net_create_exec(struct shell *sh, const struct cmd_args *a)
{
	return define_or_create(sh, a, false);
}

const struct cmd_entry cmd_net_define = {
	"net-define", NULL, GRP_NETWORK,
	"define or update a persistent virtual network from an XML file",
	"Add a persistent, inactive virtual network, or change the "
	"definition of an existing one.",
	file_opts, cmd_net_define_exec, 0
};

const struct cmd_entry cmd_net_create = {
	"net-create", NULL, GRP_NETWORK,
	"start a transient virtual network from an XML file",
	"Start a virtual network that lasts until it is stopped.",
	file_opts, cmd_net_create_exec, 0
};

/* ---- state changes ---------------------------------------------------- */

static const struct cmd_opt undefine_opts[] = {
	[O_NET] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid",
	    COMPLETE_NETWORK, HV_LIST_NETWORKS_PERSISTENT },
	{ NULL }
};
static const struct cmd_opt start_opts[] = {
	[O_NET] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid",
	    COMPLETE_NETWORK, HV_LIST_NETWORKS_INACTIVE },
	{ NULL }
};
static const struct cmd_opt destroy_opts[] = {
	[O_NET] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid", COMPLETE_NETWORK, HV_LIST_NETWORKS_ACTIVE },
	{ NULL }
};

enum net_action { ACT_UNDEFINE, ACT_START, ACT_DESTROY };

static bool
act(struct shell *sh, const struct cmd_args *a, enum net_action what)
{
	static const char *const verb[] = { "undefine", "start", "destroy" };
	static const char *const done[] = {
		"has been undefined", "started", "destroyed"
	};
	struct hv_network *net;
	const char *name;
	int r;

	if ((net = shell_network(sh, a, O_NET, BY_UUID | BY_NAME,
	    &name)) == NULL)
		return false;
	if (what == ACT_UNDEFINE)
		r = hv_network_undefine(net);
	else if (what == ACT_START)
		r = hv_network_create(net);
	else
		r = hv_network_destroy(net);
	if (r < 0) {
		hv_network_free(net);
		shell_error(sh, "Failed to %s network %s", verb[what], name);
		return false;
	}
	/* text names the network as typed (a UUID maybe), scripts by name */
	out_done(sh, verb[what], "network", net->name, "Network %s %s", name,
	    done[what]);
	hv_network_free(net);
	return true;
}

static bool
cmd_net_undefine_exec(struct shell *sh, const struct cmd_args *a)
{
	return act(sh, a, ACT_UNDEFINE);
}

static bool
cmd_net_start_exec(struct shell *sh, const struct cmd_args *a)
{
	return act(sh, a, ACT_START);
}

static bool
cmd_net_destroy_exec(struct shell *sh, const struct cmd_args *a)
{
	return act(sh, a, ACT_DESTROY);
}

const struct cmd_entry cmd_net_undefine = {
	"net-undefine", NULL, GRP_NETWORK,
	"remove the saved definition of a virtual network",
	"Forget a persistent virtual network; it must not be running.",
	undefine_opts, cmd_net_undefine_exec, 0
};

const struct cmd_entry cmd_net_start = {
	"net-start", NULL, GRP_NETWORK,
	"start a defined virtual network",
	"Start a virtual network that is defined but not running.",
	start_opts, cmd_net_start_exec, 0
};

const struct cmd_entry cmd_net_destroy = {
	"net-destroy", NULL, GRP_NETWORK,
	"stop a virtual network",
	"Stop a running virtual network at once; a transient one is then "
	"gone.",
	destroy_opts, cmd_net_destroy_exec, 0
};

enum { O_AUTO_NET, O_AUTO_DISABLE };
static const struct cmd_opt autostart_opts[] = {
	[O_AUTO_NET] = { "network", OPT_STRING, OPT_REQUIRED,
	    "network name or uuid",
	    COMPLETE_NETWORK, HV_LIST_NETWORKS_PERSISTENT },
	[O_AUTO_DISABLE] = { "disable", OPT_BOOL, 0,
	    "do not start the network at boot" },
	{ NULL }
};

static bool
cmd_net_autostart_exec(struct shell *sh, const struct cmd_args *a)
{
	bool on = !opt_bool(a, O_AUTO_DISABLE);
	struct hv_network *net;
	const char *name;
	int r;

	if ((net = shell_network(sh, a, O_AUTO_NET, BY_UUID | BY_NAME,
	    &name)) == NULL)
		return false;
	if ((r = hv_network_set_autostart(net, on)) < 0) {
		hv_network_free(net);
		shell_error(sh, "failed to %smark network %s as autostarted",
		    on ? "" : "un", name);
		return false;
	}
	out_done(sh, "autostart", "network", net->name,
	    "Network %s %smarked as autostarted", name, on ? "" : "un");
	out_field(sh, 0, NULL, "autostart", OV_BOOL(on), NULL);
	hv_network_free(net);
	return true;
}

const struct cmd_entry cmd_net_autostart = {
	"net-autostart", NULL, GRP_NETWORK,
	"choose whether a virtual network starts at boot",
	"Mark a virtual network to be started when the host boots, or with "
	"--disable stop doing so.",
	autostart_opts, cmd_net_autostart_exec, 0
};

/* ---- name <-> uuid ---------------------------------------------------- */

static const struct cmd_opt name_opts[] = {
	[O_NET] = { "network", OPT_STRING, OPT_REQUIRED, "network uuid",
	    COMPLETE_NETWORK_UUID },
	{ NULL }
};

static const struct cmd_opt uuid_opts[] = {
	[O_NET] = { "network", OPT_STRING, OPT_REQUIRED, "network name",
	    COMPLETE_NETWORK },
	{ NULL }
};

static bool
cmd_net_name_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_network *net;

	if ((net = shell_network(sh, a, O_NET, BY_UUID, NULL)) == NULL)
		return false;
	out_line(sh, "name", OV_STR(net->name), "%s", net->name);
	hv_network_free(net);
	return true;
}

static bool
cmd_net_uuid_exec(struct shell *sh, const struct cmd_args *a)
{
	char uuid[HV_UUID_STRLEN];
	struct hv_network *net;

	if ((net = shell_network(sh, a, O_NET, BY_NAME, NULL)) == NULL)
		return false;
	hv_uuid_format(net->uuid, uuid);
	out_line(sh, "uuid", OV_STR(uuid), "%s", uuid);
	hv_network_free(net);
	return true;
}

const struct cmd_entry cmd_net_name = {
	"net-name", NULL, GRP_NETWORK,
	"print the name of the virtual network with a given UUID",
	NULL, name_opts, cmd_net_name_exec, 0
};

const struct cmd_entry cmd_net_uuid = {
	"net-uuid", NULL, GRP_NETWORK,
	"print the UUID of the virtual network with a given name",
	NULL, uuid_opts, cmd_net_uuid_exec, 0
};
